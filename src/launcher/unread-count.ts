import { useState } from 'react'
import { useStoreSelector } from '../hooks/session-context'
import { getItem } from '../store/reducer'
import type { SessionState } from '../store/session-state'
import type { SessionStore } from '../store/session-store'

/** Assistant bubbles from `from` on (a growing text bubble counts once; separators and debug data do not count). */
export function countAssistantItems(state: SessionState, from: number): number {
  let count = 0
  for (let index = Math.max(0, from); index < state.itemCount; index++) {
    const item = getItem(state, index)
    if (!item || item.kind === 'user') continue
    if (item.kind === 'chunk' && (item.chunk.chunkType === 'SEPARATOR' || item.chunk.chunkType === 'DEBUG')) continue
    count++
  }
  return count
}

/**
 * How many assistant bubbles arrived while the launcher was closed: counted
 * from the moment it closed, or from when it mounted (a conversation restored
 * after a reload was already read), and zero while it is open. Walks only the
 * unread items.
 */
export function useUnreadCount(store: SessionStore, open: boolean): number {
  const [since, setSince] = useState(() => ({ open, from: store.getState().itemCount }))
  if (since.open !== open) {
    // Closed just now: what is there was seen. Opened: nothing is unread.
    setSince({ open, from: store.getState().itemCount })
  }
  // A reset empties the transcript: count from its start again.
  return useStoreSelector(store, (state) => (open ? 0 : countAssistantItems(state, since.from > state.itemCount ? 0 : since.from)))
}
