import { useState } from 'react'
import type { FormEvent } from 'react'
import { ToggleGroup } from 'radix-ui'
import type { SingleSelectInputChunk } from '../api/wire-types'
import { CustomValueField } from './custom-value-field'
import { fieldLabel } from '../form-schema/field-label'
import type { ChunkPartProps } from './part-props'
import { answeredOptionValues } from './prompt-answer'
import { useGuardedAnswer } from './use-answer'
import { promptDataState, usePromptState } from './use-prompt-state'
import { useFormSchema, useLabels } from './widget-config'

/**
 * One choice among options, as a Radix toggle group of chips: Tab enters the
 * group, arrows move, Space/Enter picks, and picking answers at once.
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
      <ToggleGroup.Root
        type="single"
        className="formtalk-options"
        aria-label={labels.chooseOne(fieldLabel(form, fieldTarget))}
        value={chosen}
        disabled={!enabled}
        onValueChange={(value) => {
          const option = options.find((candidate) => candidate.value === value)
          if (option) void pick(option.value, option.label)
        }}
      >
        {options.map((option) => (
          <ToggleGroup.Item key={option.value} value={option.value} className="formtalk-option">
            {option.label}
          </ToggleGroup.Item>
        ))}
      </ToggleGroup.Root>
      {allowedCustomValue && !item.answer && (
        <form className="formtalk-custom-form" onSubmit={submitCustom}>
          <CustomValueField allowed={allowedCustomValue} value={custom} onChange={setCustom} disabled={!enabled} />
          <button type="submit" className="formtalk-button" disabled={!enabled || custom.trim() === ''}>
            {labels.useCustomValue}
          </button>
        </form>
      )}
      {item.answer && <p className="formtalk-prompt-answer">{labels.yourAnswer(item.answer.label)}</p>}
    </div>
  )
}
