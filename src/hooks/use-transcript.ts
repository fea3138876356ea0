import { useMemo } from 'react'
import { selectTranscript } from '../store/reducer'
import type { SessionStore } from '../store/session-store'
import type { SessionState, TranscriptItem } from '../store/session-state'
import { useStoreSelector } from './session-context'

const selectBlocks = (state: SessionState) => state.blocks
const selectTail = (state: SessionState) => state.tail

/**
 * Every transcript item in order, re-read whenever any item changes. O(n) in
 * the transcript per change (each streamed chunk): fine for short chats and
 * headless tests. For long conversations render per block instead —
 * `useStoreSelector(store, (s) => s.blocks)` and `(s) => s.tail` — so a chunk
 * re-renders only the open tail.
 */
export function useTranscript(store: SessionStore): readonly TranscriptItem[] {
  const blocks = useStoreSelector(store, selectBlocks)
  const tail = useStoreSelector(store, selectTail)
  return useMemo(() => selectTranscript({ blocks, tail }), [blocks, tail])
}
