import { useEffect, useRef, useState } from 'react'
import { isKnownChunk } from '../api/wire-types'
import { fieldLabel } from '../form-schema/field-label'
import { useSessionHandle, useSessionStore } from '../hooks/session-context'
import { getItem } from '../store/reducer'
import type { SessionState } from '../store/session-state'
import type { Labels } from './labels'
import { useLabels } from './widget-config'

/** What one finished assistant turn has to say, by politeness. */
export interface TurnAnnouncements {
  /** Read when the reader is idle: the turn's text, "Captured: …" (once, fields in order, no repeats) and the submission. */
  polite: string
  /** Read at once: the turn's `IMPORTANT_TEXT` and `ERROR` messages. */
  assertive: string
}

/** The words of one assistant turn worth reading out, split by politeness. */
export function turnAnnouncements(state: SessionState, turnId: string, labels: Labels): TurnAnnouncements {
  let first = state.itemCount
  while (first > 0 && getItem(state, first - 1)?.turnId === turnId) first--
  const texts: string[] = []
  const captured: string[] = []
  const urgent: string[] = []
  let submitted = false
  for (let index = first; index < state.itemCount; index++) {
    const item = getItem(state, index)
    if (!item) continue
    if (item.kind === 'text') texts.push(item.segments.map((segment) => segment.text).join(''))
    if (item.kind !== 'chunk' || !isKnownChunk(item.chunk)) continue
    const chunk = item.chunk
    switch (chunk.chunkType) {
      case 'TEXT_DATA': {
        const label = fieldLabel(state.form, chunk.textDataDetails.fieldTarget)
        if (!captured.includes(label)) captured.push(label)
        break
      }
      case 'IMPORTANT_TEXT':
        urgent.push(chunk.importantTextDetails.text)
        break
      case 'ERROR':
        urgent.push(chunk.errorDetails.messageText)
        break
      case 'SUBMISSION':
        submitted = true
        break
      default:
        break
    }
  }
  // What was captured first and the reply's own words after, so the turn ends with its question.
  const polite = [captured.length > 0 ? `${labels.capturedAnnouncement(captured)}.` : '', texts.join(' ').trim(), submitted ? labels.submitted : '']
  return { polite: polite.filter(Boolean).join(' '), assertive: urgent.join(' ').trim() }
}

const EMPTY = { turnId: '', text: '' }

/**
 * Two visually hidden live regions that read each assistant turn once, when
 * it is over — never chunk by chunk, and never the history on mount: a polite
 * one for the text, the captured fields ("Captured: Email, Phone") and the
 * submission, and an assertive one for `IMPORTANT_TEXT` and `ERROR`.
 */
export function TurnAnnouncer() {
  const labels = useLabels()
  const { store } = useSessionHandle()
  const lastTurn = useSessionStore((state) => state.lastTurn)
  const announced = useRef<string | null | undefined>(undefined)
  const [polite, setPolite] = useState(EMPTY)
  const [assertive, setAssertive] = useState(EMPTY)

  useEffect(() => {
    const finished = lastTurn && (lastTurn.status === 'complete' || lastTurn.status === 'interrupted')
    if (announced.current === undefined) {
      // First run: whatever finished before mount is history, not news.
      announced.current = finished ? lastTurn.id : null
      return
    }
    if (!finished || announced.current === lastTurn.id) return
    announced.current = lastTurn.id
    const words = turnAnnouncements(store.getState(), lastTurn.id, labels)
    // Both regions move on to this turn, so neither keeps an older turn's words.
    setPolite({ turnId: lastTurn.id, text: words.polite })
    setAssertive({ turnId: lastTurn.id, text: words.assertive })
  }, [lastTurn, store, labels])

  return (
    <>
      <div className="formtalk-visually-hidden" aria-live="polite" aria-atomic="true" data-announcer="polite">
        {/* A fresh node per turn, so the same words twice are still read. */}
        <span key={polite.turnId}>{polite.text}</span>
      </div>
      <div className="formtalk-visually-hidden" aria-live="assertive" aria-atomic="true" data-announcer="assertive">
        <span key={assertive.turnId}>{assertive.text}</span>
      </div>
    </>
  )
}
