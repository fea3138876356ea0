import { useState } from 'react'
import type { FormEvent } from 'react'
import { Toggle } from 'radix-ui'
import type { SingleSelectInputChunk } from '../api/wire-types'
import { CustomValueField } from './custom-value-field'
import { fieldLabel } from '../form-schema/field-label'
import type { ChunkPartProps } from './part-props'
import { keepsForm } from './prompt-form'
import { answeredOptionValues } from './prompt-answer'
import { useGuardedAnswer } from './use-answer'
import { promptDataState, usePromptState } from './use-prompt-state'
import { useRovingFocus } from './use-roving-focus'
import { useFormSchema, useLabels } from './widget-config'

/**
 * One choice among options, as a radio group of Radix toggle chips: Tab
 * enters the group, arrows move, Space/Enter picks, and picking answers at once.
 */
export function SingleSelectPart({ item, chunk }: ChunkPartProps<SingleSelectInputChunk>) {
  const { fieldTarget, options, allowedCustomValue } = chunk.singleSelectInputDetails
  const labels = useLabels()
  const form = useFormSchema()
  const state = usePromptState(item)
  const { submit, pending } = useGuardedAnswer(fieldTarget)
  const [picked, setPicked] = useState('')
  const [custom, setCustom] = useState('')
  const enabled = state === 'open' && !pending
  const chosen = item.answer ? (answeredOptionValues(item.answer, options)[0] ?? '') : picked
  const roving = useRovingFocus(options.map((option) => option.value), [chosen], !enabled)
  // A superseded prompt's "Other" box stays in view, disabled, but in no form (see `keepsForm`).
  const CustomContainer = keepsForm(state) ? 'form' : 'div'

  const pick = async (value: string, label: string) => {
    if (!enabled) return
    setPicked(value)
    if (!(await submit(value, label))) setPicked('')
  }
  const submitCustom = (event: FormEvent) => {
    event.preventDefault()
    const text = custom.trim()
    if (text) void pick(text, text)
  }

  return (
    <div className="formtalk-prompt" data-role="assistant" data-kind="single-select" data-state={promptDataState(state)}>
      <div role="radiogroup" className="formtalk-options" aria-label={labels.chooseOne(fieldLabel(form, fieldTarget))} {...roving.groupProps}>
        {options.map((option) => (
          <Toggle.Root
            key={option.value}
            className="formtalk-option"
            role="radio"
            aria-checked={option.value === chosen}
            aria-pressed={undefined}
            pressed={option.value === chosen}
            disabled={!enabled}
            // Pressing the checked chip again does not uncheck it: a radio stays chosen.
            onPressedChange={(pressed) => {
              if (pressed) void pick(option.value, option.label)
            }}
            {...roving.itemProps(option.value)}
          >
            {option.label}
          </Toggle.Root>
        ))}
      </div>
      {allowedCustomValue && !item.answer && (
        <CustomContainer className="formtalk-custom-form" onSubmit={submitCustom}>
          <CustomValueField allowed={allowedCustomValue} value={custom} onChange={setCustom} disabled={!enabled} />
          <button type="submit" className="formtalk-button" disabled={!enabled || custom.trim() === ''}>
            {labels.useCustomValue}
          </button>
        </CustomContainer>
      )}
      {item.answer && <p className="formtalk-prompt-answer">{labels.yourAnswer(item.answer.label)}</p>}
    </div>
  )
}
