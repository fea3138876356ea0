import { useId } from 'react'
import type { AllowedCustomValue } from '../api/wire-types'
import { useLabels } from './widget-config'

/** Props of `CustomValueField`. */
export interface CustomValueFieldProps {
  /** The chunk's `allowedCustomValue`; its `description` shows as the help text. Required. */
  allowed: AllowedCustomValue
  /** The text typed so far (controlled). Required. */
  value: string
  /** Called with the new text on every change. Required. */
  onChange: (value: string) => void
  /** Disables the input (a prompt that is not open). Required. */
  disabled: boolean
}

/** The free-text entry of a select prompt whose chunk allows a custom value; the chunk's description is its help text. */
export function CustomValueField({ allowed, value, onChange, disabled }: CustomValueFieldProps) {
  const labels = useLabels()
  const inputId = useId()
  const descriptionId = useId()
  return (
    <div className="formtalk-custom">
      <label className="formtalk-field-label" htmlFor={inputId}>
        {labels.other}
      </label>
      <input
        id={inputId}
        className="formtalk-input"
        type="text"
        value={value}
        disabled={disabled}
        aria-describedby={allowed.description ? descriptionId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {allowed.description && (
        <p id={descriptionId} className="formtalk-hint">
          {allowed.description}
        </p>
      )}
    </div>
  )
}
