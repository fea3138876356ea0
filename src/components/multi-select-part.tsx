import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { Toggle } from 'radix-ui'
import type { MultiSelectInputChunk } from '../api/wire-types'
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
 * Several choices, as Radix toggle chips (arrows move, Space/Enter toggles),
 * plus an optional free-text value, sent together with Confirm.
 */
export function MultiSelectPart({ item, chunk }: ChunkPartProps<MultiSelectInputChunk>) {
  const { fieldTarget, options, allowedCustomValue } = chunk.multiSelectInputDetails
  const labels = useLabels()
  const form = useFormSchema()
  const state = usePromptState(item)
  const { submit, pending } = useGuardedAnswer(fieldTarget)
  const [selected, setSelected] = useState<string[]>([])
  const [custom, setCustom] = useState('')
  const [empty, setEmpty] = useState(false)
  const problemId = useId()
  const enabled = state === 'open' && !pending
  const shown = item.answer ? answeredOptionValues(item.answer, options) : selected
  const roving = useRovingFocus(options.map((option) => option.value), shown, !enabled)
  // Once it cannot be answered the prompt is no form at all (see `keepsForm`); its chips and field then belong to none.
  const Container = keepsForm(state) ? 'form' : 'div'

  const confirm = (event: FormEvent) => {
    event.preventDefault()
    if (!enabled) return
    const chosen = options.filter((option) => selected.includes(option.value))
    const values = chosen.map((option) => option.value)
    const words = chosen.map((option) => option.label)
    const text = allowedCustomValue ? custom.trim() : ''
    if (text) {
      values.push(text)
      words.push(text)
    }
    if (values.length === 0) {
      setEmpty(true)
      return
    }
    void submit(values, labels.joinList(words))
  }

  return (
    <Container
      className="formtalk-prompt"
      data-role="assistant"
      data-kind="multi-select"
      data-state={promptDataState(state)}
      data-invalid={empty ? '' : undefined}
      onSubmit={confirm}
    >
      <div
        role="toolbar"
        className="formtalk-options"
        aria-label={labels.chooseMany(fieldLabel(form, fieldTarget))}
        aria-describedby={empty ? problemId : undefined}
        {...roving.groupProps}
      >
        {options.map((option) => (
          <Toggle.Root
            key={option.value}
            className="formtalk-option"
            pressed={shown.includes(option.value)}
            disabled={!enabled}
            onPressedChange={(pressed) => {
              setSelected((values) => (pressed ? [...values, option.value] : values.filter((value) => value !== option.value)))
              setEmpty(false)
            }}
            {...roving.itemProps(option.value)}
          >
            {option.label}
          </Toggle.Root>
        ))}
      </div>
      {allowedCustomValue && !item.answer && (
        <CustomValueField
          allowed={allowedCustomValue}
          value={custom}
          disabled={!enabled}
          onChange={(value) => {
            setCustom(value)
            setEmpty(false)
          }}
        />
      )}
      {empty && (
        <p id={problemId} className="formtalk-field-error" role="alert">
          {labels.chooseAtLeastOne}
        </p>
      )}
      {!item.answer && (
        <button type="submit" className="formtalk-button formtalk-primary" disabled={!enabled}>
          {labels.confirm}
        </button>
      )}
      {item.answer && <p className="formtalk-prompt-answer">{labels.yourAnswer(item.answer.label)}</p>}
    </Container>
  )
}
