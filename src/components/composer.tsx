import { useId, useRef, useState } from 'react'
import type { FormEvent, KeyboardEvent } from 'react'
import { MAX_INPUT_LENGTH } from '../api/wire-types'
import { useSessionActions, useSessionHandle, useSessionStore } from '../hooks/session-context'
import { isBusy } from '../store/session-state'
import { useLabels } from './widget-config'

/** The counter shows from this many characters on. */
export const COUNTER_THRESHOLD = 9_000

/**
 * The message box: Enter sends, Shift+Enter breaks the line, nothing is sent
 * mid IME composition. While a reply streams the box stays editable (only
 * sending waits) and a Stop button shows. The text lives in the store's
 * `draft`, so a failure or a remount loses nothing; it is cleared only once
 * `send` accepted it.
 */
export function Composer() {
  const labels = useLabels()
  const { store } = useSessionHandle()
  const { send, stop, setDraft } = useSessionActions()
  const draft = useSessionStore((state) => state.draft)
  const busy = useSessionStore(isBusy)
  const submitted = useSessionStore((state) => state.submission !== null)
  const inputId = useId()
  const counterId = useId()
  const problemId = useId()
  const noteId = useId()
  const composing = useRef(false)
  const inFlight = useRef(false)
  const [sending, setSending] = useState(false)

  const length = draft.length
  const tooLong = length > MAX_INPUT_LENGTH
  const showCounter = length >= COUNTER_THRESHOLD
  const empty = draft.trim() === ''

  const submit = async () => {
    if (inFlight.current || busy || submitted || tooLong) return
    const text = store.getState().draft
    if (text.trim() === '') return
    inFlight.current = true
    setSending(true)
    try {
      // The hook clears the draft when it accepts the message and puts the
      // words back if the message never got a reply; text typed meanwhile stays.
      await send(text)
    } finally {
      inFlight.current = false
      setSending(false)
    }
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void submit()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey) return
    // 229: the key event of an IME that is still composing (Safari reports isComposing late).
    if (event.nativeEvent.isComposing || composing.current || event.keyCode === 229) return
    event.preventDefault()
    void submit()
  }

  const describedBy = [showCounter ? counterId : null, tooLong ? problemId : null, submitted ? noteId : null].filter(Boolean).join(' ')
  return (
    <form
      className="formtalk-composer"
      data-status={submitted ? 'submitted' : busy ? 'streaming' : 'ready'}
      data-invalid={tooLong ? '' : undefined}
      onSubmit={onSubmit}
    >
      <label className="formtalk-visually-hidden" htmlFor={inputId}>
        {labels.message}
      </label>
      <textarea
        id={inputId}
        className="formtalk-textarea"
        rows={2}
        value={draft}
        placeholder={submitted ? '' : labels.messagePlaceholder}
        disabled={submitted}
        aria-invalid={tooLong ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onCompositionStart={() => {
          composing.current = true
        }}
        onCompositionEnd={() => {
          composing.current = false
        }}
      />
      <div className="formtalk-composer-actions">
        {showCounter && (
          <span id={counterId} className="formtalk-counter" data-invalid={tooLong ? '' : undefined}>
            {labels.characterCount(length, MAX_INPUT_LENGTH)}
          </span>
        )}
        {/* Distinct keys: were the Stop node reused as Send, the click that stops would also submit. */}
        {busy && !submitted ? (
          <button
            key="stop"
            type="button"
            className="formtalk-button formtalk-stop"
            // The second click of a double click on Send lands here, as Stop has replaced Send under the pointer: not a stop.
            onClick={(event) => {
              if (event.detail < 2) stop()
            }}
          >
            {labels.stop}
          </button>
        ) : (
          <button key="send" type="submit" className="formtalk-button formtalk-primary formtalk-send" disabled={submitted || empty || tooLong || sending}>
            {labels.send}
          </button>
        )}
      </div>
      {tooLong && (
        <p id={problemId} className="formtalk-field-error" role="alert">
          {labels.messageTooLong(length - MAX_INPUT_LENGTH, MAX_INPUT_LENGTH)}
        </p>
      )}
      {submitted && (
        <p id={noteId} className="formtalk-note">
          {labels.formSubmitted}
        </p>
      )}
    </form>
  )
}
