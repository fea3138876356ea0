/**
 * The protocol inspector's view of a session store: every chunk grouped by
 * turn, stamped with `performance.now()` when the store reported it. Only
 * what the store keeps can be shown: consecutive `TEXT` chunks are merged
 * there, so each is rebuilt from the text added; `END_OF_RESPONSE` shows as
 * the turn's end. For the bytes on the wire use a recorder. No React here.
 */
import { getItem } from '../store/reducer'
import type { SessionStore } from '../store/session-store'
import type { SessionState, TranscriptItem } from '../store/session-state'
import type { InspectorEntry, InspectorTurn } from './inspector-turn'

/** What `createStoreChunkLog` returns: a `useSyncExternalStore` source of inspector turns. */
export interface StoreChunkLog {
  /** Starts following the store with the first listener; stops with the last. */
  subscribe(listener: () => void): () => void
  /** The turns so far; a new array after each change, unchanged turns shared. */
  getSnapshot(): readonly InspectorTurn[]
}

interface TextProgress {
  index: number
  item: TranscriptItem
  length: number
}

/**
 * Follows a session store as the protocol inspector's turns (see the module comment).
 *
 * @param now The clock. Default: `performance.now`.
 */
export function createStoreChunkLog(store: SessionStore, now: () => number = () => performance.now()): StoreChunkLog {
  let turns: readonly InspectorTurn[] = []
  const startedAt = new Map<string, number | null>()
  const listeners = new Set<() => void>()
  let unsubscribeStore: (() => void) | null = null
  let seen: SessionState | null = null
  let seenCount = 0
  let text: TextProgress | null = null
  let generation = 0

  // Items already there when the log is made have no timing.
  sync(store.getState(), false)

  function turnKey(turnId: string): string {
    return `${generation}:${turnId}`
  }

  function updateTurn(turnId: string, change: (turn: InspectorTurn) => InspectorTurn): void {
    const key = turnKey(turnId)
    const index = turns.findIndex((turn) => turn.key === key)
    if (index === -1) {
      turns = [...turns, change({ key, title: `Turn ${turnId}`, entries: [] })]
      return
    }
    const next = turns.slice()
    next[index] = change(turns[index] as InspectorTurn)
    turns = next
  }

  function stamp(turnId: string, timed: boolean): number | null {
    const key = turnKey(turnId)
    if (!startedAt.has(key)) startedAt.set(key, timed ? now() : null)
    const start = startedAt.get(key)
    return timed && start !== null && start !== undefined ? Math.round(now() - start) : null
  }

  function addEntry(turnId: string, entry: Omit<InspectorEntry, 'key' | 'atMs'>, timed: boolean): void {
    const atMs = stamp(turnId, timed)
    updateTurn(turnId, (turn) => ({ ...turn, entries: [...turn.entries, { ...entry, key: String(turn.entries.length), atMs }] }))
  }

  /** Assistant items go to the turn they belong to; a user message opens the reply turn it asks for. */
  function replyTurnOf(state: SessionState, item: TranscriptItem): string {
    if (item.kind !== 'user') return item.turnId
    const number = Number(item.turnId.slice(1))
    return Number.isFinite(number) ? `t${number + 1}` : (state.lastTurn?.id ?? item.turnId)
  }

  function sync(state: SessionState, timed: boolean): void {
    if (seen && (state.itemCount < seenCount || state.turnCount < seen.turnCount)) {
      // A reset: what follows is a new conversation, listed after the old one.
      generation++
      seenCount = 0
      text = null
    }
    const previousTurn = seen?.lastTurn ?? null
    if (state.lastTurn && (state.lastTurn.id !== previousTurn?.id || !seen)) stamp(state.lastTurn.id, timed)

    // The newest text item grew: the difference is the TEXT chunk that arrived.
    if (text) {
      const current = getItem(state, text.index)
      if (current && current !== text.item && current.kind === 'text') {
        const full = current.segments.map((segment) => segment.text).join('')
        if (full.length > text.length) {
          const style = current.segments[current.segments.length - 1]?.style ?? 'NORMAL'
          addEntry(current.turnId, { kind: 'chunk', label: 'TEXT', value: { chunkType: 'TEXT', textDetails: { text: full.slice(text.length), style } } }, timed)
        }
        text = { index: text.index, item: current, length: full.length }
      }
    }

    for (let index = seenCount; index < state.itemCount; index++) {
      const item = getItem(state, index)
      if (!item) continue
      if (item.kind === 'user') {
        const turnId = replyTurnOf(state, item)
        stamp(turnId, timed)
        updateTurn(turnId, (turn) => ({
          ...turn,
          request: { input: item.text, ...(item.currentValues ? { currentValues: item.currentValues } : {}) },
        }))
      } else if (item.kind === 'text') {
        // Each segment is at least one chunk; a new item shows its text so far as one.
        for (const segment of item.segments) {
          addEntry(item.turnId, { kind: 'chunk', label: 'TEXT', value: { chunkType: 'TEXT', textDetails: { text: segment.text, style: segment.style } } }, timed)
        }
        text = { index, item, length: item.segments.reduce((sum, segment) => sum + segment.text.length, 0) }
      } else {
        addEntry(item.turnId, { kind: 'chunk', label: item.chunk.chunkType, value: item.chunk }, timed)
      }
    }
    seenCount = state.itemCount

    const turn = state.lastTurn
    if (turn && turn.status !== 'streaming' && (previousTurn?.id !== turn.id || previousTurn.status !== turn.status || !seen)) {
      const value: Record<string, unknown> = { status: turn.status }
      if (state.error) value.error = { kind: state.error.kind, message: state.error.message, ...(state.error.status ? { status: state.error.status } : {}) }
      addEntry(turn.id, { kind: state.error && turn.status !== 'complete' ? 'error' : 'status', label: `Turn ${turn.status}`, value }, timed)
      updateTurn(turn.id, (current) => ({ ...current, status: turn.status }))
    }
    seen = state
  }

  function onStore(): void {
    const before = turns
    sync(store.getState(), true)
    if (turns !== before) for (const listener of [...listeners]) listener()
  }

  return {
    subscribe(listener) {
      listeners.add(listener)
      if (!unsubscribeStore) {
        unsubscribeStore = store.subscribe(onStore)
        // Catch up with changes made between creation and subscription.
        onStore()
      }
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0 && unsubscribeStore) {
          unsubscribeStore()
          unsubscribeStore = null
        }
      }
    },
    getSnapshot: () => turns,
  }
}
