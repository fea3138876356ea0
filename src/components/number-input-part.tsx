import { useId, useState } from 'react'
import type { FormEvent, KeyboardEvent } from 'react'
import type { NumberInputChunk } from '../api/wire-types'
import { fieldLabel } from '../form-schema/field-label'
import { checkNumber, describeNumberProblem, formatNumberInput, numberRulesOf, parseNumber, stepNumber } from './number-rules'
import type { NumberProblem } from './number-rules'
import type { ChunkPartProps } from './part-props'
import { keepsForm } from './prompt-form'
import { useGuardedAnswer } from './use-answer'
import { promptDataState, usePromptState } from './use-prompt-state'
import { useFormSchema, useLabels } from './widget-config'

/**
 * A number with a stepper (step = `multipleOf` or 1). The range and the
 * multiple are checked before sending, and a broken rule is said in words.
 */
export function NumberInputPart({ item, chunk }: ChunkPartProps<NumberInputChunk>) {
  const details = chunk.numberInputDetails
  const rules = numberRulesOf(details)
  const labels = useLabels()
  const form = useFormSchema()
  const state = usePromptState(item)
  const { submit, pending } = useGuardedAnswer(details.fieldTarget)
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<NumberProblem | null>(null)
  const inputId = useId()
  const hintId = useId()
  const problemId = useId()
  const enabled = state === 'open' && !pending
  const lang = labels.lang
  const current = parseNumber(text, lang)
  const hint = labels.numberRange({ min: rules.min, max: rules.max, maxExclusive: rules.maxExclusive, step: rules.multipleOf })
  const decreased = stepNumber(current, -1, rules)
  const increased = stepNumber(current, 1, rules)

  const change = (next: string) => {
    setText(next)
    setProblem(null)
  }
  const send = (event: FormEvent) => {
    event.preventDefault()
    if (!enabled) return
    const value = parseNumber(text, lang)
    const found = checkNumber(value, rules)
    setProblem(found)
    if (found || value === undefined) return
    void submit(value, formatNumberInput(value, lang))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const next = event.key === 'ArrowUp' ? increased : event.key === 'ArrowDown' ? decreased : null
    if (next === null) return
    event.preventDefault()
    if (next !== undefined) change(formatNumberInput(next, lang))
  }

  const describedBy = [hint ? hintId : null, problem ? problemId : null].filter(Boolean).join(' ')
  const fieldName = labels.numberField(fieldLabel(form, details.fieldTarget))
  if (!keepsForm(state)) {
    // Answered or superseded: words, not disabled controls (see `keepsForm`;
    // autofill reads disabled inputs even outside a form: ~10 → ~5 ms at 5,000 bubbles as text).
    return (
      <div className="formtalk-prompt formtalk-number" data-role="assistant" data-kind="number" data-state={promptDataState(state)}>
        <p className="formtalk-field-label">{fieldName}</p>
        {hint && <p className="formtalk-hint">{hint}</p>}
        {item.answer && <p className="formtalk-prompt-answer">{labels.yourAnswer(item.answer.label)}</p>}
      </div>
    )
  }
  return (
    <form
      className="formtalk-prompt formtalk-number"
      data-role="assistant"
      data-kind="number"
      data-state={promptDataState(state)}
      data-invalid={problem ? '' : undefined}
      noValidate
      onSubmit={send}
    >
      <label className="formtalk-field-label" htmlFor={inputId}>
        {fieldName}
      </label>
      <div className="formtalk-stepper">
        <StepButton label={labels.decrease} symbol="−" to={decreased} lang={lang} controls={inputId} enabled={enabled} onStep={change} />
        <input
          id={inputId}
         
          className="formtalk-input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          disabled={!enabled}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => change(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <StepButton label={labels.increase} symbol="+" to={increased} lang={lang} controls={inputId} enabled={enabled} onStep={change} />
        <button type="submit" className="formtalk-button formtalk-primary" disabled={!enabled}>
          {labels.confirm}
        </button>
      </div>
      {hint && (
        <p id={hintId} className="formtalk-hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={problemId} className="formtalk-field-error" role="alert">
          {describeNumberProblem(problem, labels)}
        </p>
      )}
    </form>
  )
}

interface StepButtonProps {
  label: string
  symbol: string
  /** The value one step away, or `undefined` when the range forbids the step. */
  to: number | undefined
  /** The language the value is written in ("2,5" in German). */
  lang: string
  controls: string
  enabled: boolean
  onStep: (text: string) => void
}

function StepButton({ label, symbol, to, lang, controls, enabled, onStep }: StepButtonProps) {
  return (
    <button
      type="button"
      className="formtalk-button formtalk-step"
      aria-label={label}
      aria-controls={controls}
      disabled={!enabled || to === undefined}
      onClick={() => to !== undefined && onStep(formatNumberInput(to, lang))}
    >
      {symbol}
    </button>
  )
}
