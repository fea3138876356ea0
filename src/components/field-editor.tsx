import { useId, useLayoutEffect, useRef, useState } from 'react'
import type { FormEvent, KeyboardEvent } from 'react'
import type { JsonValue } from '../api/wire-types'
import { findFieldInfo } from '../form-schema/list-input-fields'
import type { FormFieldInfo } from '../form-schema/list-input-fields'
import { useSessionHandle, useSessionStore } from '../hooks/session-context'
import type { SessionState } from '../store/session-state'
import { describeValue, editorChoicesOf, editorKindOf, editorTextOf, numberRulesOfField, sameValue, textInputTypeOf } from './correction'
import type { EditorKind } from './correction'
import { checkNumber, describeNumberProblem, formatNumberInput, parseNumber } from './number-rules'
import { isBusy } from '../store/session-state'
import { useFormSchema, useLabels } from './widget-config'

/** Whether edits may be sent now: not while a reply streams, not after submission. */
export const selectEditBlocked = (state: SessionState) => selectEditState(state) !== 'open'

/**
 * Whether values can be edited: `open`; `busy` for now (a reply is on its way,
 * so Edit shows but is disabled); `closed` for good (submitted, or no session),
 * so Edit is not offered at all.
 */
export const selectEditState = (state: SessionState): 'open' | 'busy' | 'closed' =>
  state.submission !== null || state.session === null ? 'closed' : isBusy(state) ? 'busy' : 'open'

/** The schema facts of an editable field, or `null` when the chat cannot edit it (unknown schema, read-only, unsupported type). */
export function useEditableField(target: string): { info: FormFieldInfo; kind: EditorKind } | null {
  const form = useFormSchema()
  const info = findFieldInfo(form, target)
  const kind = info ? editorKindOf(info) : null
  return info && kind ? { info, kind } : null
}

/** Props of `FieldEditor`. */
export interface FieldEditorProps {
  /** The field to edit (its `target`). Required. */
  target: string
  /** The value the server holds for it now: the editor starts from it. Required (`undefined` when none). */
  value: JsonValue | undefined
  /** Closes the editor (after Save, on Cancel or Escape); the caller puts focus back on its Edit button. Required. */
  onClose: () => void
}

/**
 * An inline editor for one captured value, fitted to the field: a text box,
 * a number box with the field's rules, a select of its options, checkboxes
 * for a list, or Yes / No. Save sends a correction turn — a short sentence as
 * `input` and the new value as `currentValues` — and closes; what the widget
 * shows next comes from the server's reply, never from this editor.
 * Escape or Cancel closes without sending.
 */
export function FieldEditor({ target, value, onClose }: FieldEditorProps) {
  const editable = useEditableField(target)
  if (!editable) return null
  return <FieldEditorForm info={editable.info} kind={editable.kind} value={value} onClose={onClose} />
}

function FieldEditorForm({ info, kind, value, onClose }: { info: FormFieldInfo; kind: EditorKind; value: JsonValue | undefined; onClose: () => void }) {
  const labels = useLabels()
  const { store, send } = useSessionHandle()
  const blocked = useSessionStore(selectEditBlocked)
  const [text, setText] = useState(() => {
    if (kind === 'boolean') return value === true ? 'true' : value === false ? 'false' : ''
    // In the locale's form: German shows 1.234 as "1,234", since it would read "1.234" as 1234.
    return kind === 'number' && typeof value === 'number' ? formatNumberInput(value, labels.lang) : editorTextOf(value)
  })
  const [choices, setChoices] = useState(() => editorChoicesOf(value))
  const [problem, setProblem] = useState<string | null>(null)
  const inputId = useId()
  const problemId = useId()
  const first = useRef<HTMLInputElement & HTMLSelectElement>(null)

  useLayoutEffect(() => {
    first.current?.focus()
  }, [])

  const next = (): { value: JsonValue } | { problem: string } | null => {
    switch (kind) {
      case 'text':
        return text.trim() === '' ? null : { value: text.trim() }
      case 'number': {
        const parsed = parseNumber(text, labels.lang)
        const found = checkNumber(parsed, numberRulesOfField(info))
        return found || parsed === undefined ? { problem: describeNumberProblem(found ?? { kind: 'required' }, labels) } : { value: parsed }
      }
      case 'one':
        return text === '' ? null : { value: text }
      case 'boolean':
        return text === '' ? null : { value: text === 'true' }
      case 'many':
        return { value: choices }
      default:
        return kind satisfies never
    }
  }

  const save = (event: FormEvent) => {
    event.preventDefault()
    if (blocked) return
    const result = next() ?? { problem: labels.valueRequired }
    if ('problem' in result) {
      setProblem(result.problem)
      return
    }
    if (sameValue(result.value, value)) {
      onClose()
      return
    }
    const words = labels.correction(info.label, describeValue(result.value, info.options, labels))
    const before = store.getState().itemCount
    const pending = send(words, { currentValues: { [info.target]: result.value } })
    // An accepted send shows the user's message at once; close then, not when the reply ends.
    if (store.getState().itemCount > before) onClose()
    else void pending.then((accepted) => accepted && onClose())
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    // Also keeps an enclosing dialog (the launcher) open: Escape closes the innermost thing only.
    event.preventDefault()
    event.stopPropagation()
    onClose()
  }

  const heading = labels.newValueFor(info.label)
  const describedBy = problem ? problemId : undefined
  return (
    <form className="formtalk-editor" data-formtalk-editor="" data-kind={kind} noValidate onSubmit={save} onKeyDown={onKeyDown}>
      {kind === 'many' ? (
        <fieldset className="formtalk-editor-choices">
          <legend className="formtalk-field-label">{heading}</legend>
          {(info.options ?? []).map((option, index) => (
            <label key={option.value} className="formtalk-editor-choice">
              <input
                ref={index === 0 ? first : undefined}
                type="checkbox"
                checked={choices.includes(option.value)}
                onChange={(event) =>
                  setChoices((current) => (event.target.checked ? [...current, option.value] : current.filter((entry) => entry !== option.value)))
                }
              />{' '}
              {option.label}
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          <label className="formtalk-field-label" htmlFor={inputId}>
            {heading}
          </label>
          {kind === 'one' || kind === 'boolean' ? (
            <select
              id={inputId}
              ref={first}
              className="formtalk-input"
              value={text}
              aria-invalid={problem ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => {
                setText(event.target.value)
                setProblem(null)
              }}
            >
              {text === '' ? <option value="">—</option> : null}
              {kind === 'boolean' ? (
                <>
                  <option value="true">{labels.yes}</option>
                  <option value="false">{labels.no}</option>
                </>
              ) : (
                <>
                  {(info.options ?? []).map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                  {/* A custom value the server accepted earlier stays choosable. */}
                  {text !== '' && !(info.options ?? []).some((option) => option.value === text) ? <option value={text}>{text}</option> : null}
                </>
              )}
            </select>
          ) : (
            <input
              id={inputId}
              ref={first}
              className="formtalk-input"
              type={kind === 'number' ? 'text' : textInputTypeOf(info)}
              inputMode={kind === 'number' ? 'decimal' : undefined}
              autoComplete="off"
              value={text}
              aria-invalid={problem ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => {
                setText(event.target.value)
                setProblem(null)
              }}
            />
          )}
        </>
      )}
      {problem ? (
        <p id={problemId} className="formtalk-field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="formtalk-editor-actions">
        <button type="submit" className="formtalk-button formtalk-primary" disabled={blocked}>
          {labels.save}
        </button>
        <button type="button" className="formtalk-button" onClick={onClose}>
          {labels.cancel}
        </button>
      </div>
    </form>
  )
}
