import { useEffect, useRef, useState } from 'react'
import { isKnownChunk } from '../api/wire-types'
import { useSessionHandle, useSessionStore } from '../hooks/session-context'
import { getItem } from '../store/reducer'
import type { SessionState } from '../store/session-state'
import type { Labels } from './labels'
import { useLabels } from './widget-config'

/** The words of one assistant turn worth reading out: its text, callouts and the submission. */
export function turnText(state: SessionState, turnId: string, labels: Labels): string {
  const parts: string[] = []
  for (let index = state.itemCount - 1; index >= 0; index--) {
    const item = getItem(state, index)
    if (!item || item.turnId !== turnId) break
    if (item.kind === 'text') parts.push(item.segments.map((segment) => segment.text).join(''))
    else if (item.kind === 'chunk' && isKnownChunk(item.chunk)) {
      if (item.chunk.chunkType === 'IMPORTANT_TEXT') parts.push(item.chunk.importantTextDetails.text)
      else if (item.chunk.chunkType === 'SUBMISSION') parts.push(labels.submitted)
    }
  }
  return parts.reverse().join(' ').trim()
}

/**
 * A visually hidden polite live region that reads each assistant turn once,
 * when it is complete; never chunk by chunk, and never the history on mount.
 */
export function TurnAnnouncer() {
  const labels = useLabels()
  const { store } = useSessionHandle()
  const lastTurn = useSessionStore((state) => state.lastTurn)
  const announced = useRef<string | null | undefined>(undefined)
  const [message, setMessage] = useState({ turnId: '', text: '' })

  useEffect(() => {
    const finished = lastTurn && (lastTurn.status === 'complete' || lastTurn.status === 'interrupted')
    if (announced.current === undefined) {
      // First run: whatever finished before mount is history, not news.
      announced.current = finished ? lastTurn.id : null
      return
    }
    if (!finished || announced.current === lastTurn.id) return
    announced.current = lastTurn.id
    const text = turnText(store.getState(), lastTurn.id, labels)
    if (text) setMessage({ turnId: lastTurn.id, text })
  }, [lastTurn, store, labels])

  return (
    <div className="formtalk-visually-hidden" aria-live="polite" aria-atomic="true" data-announcer="">
      {/* A fresh node per turn, so the same words twice are still read. */}
      <span key={message.turnId}>{message.text}</span>
    </div>
  )
}
