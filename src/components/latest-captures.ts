import { isKnownChunk } from '../api/wire-types'
import { useSessionHandle } from '../hooks/session-context'
import { getItem } from '../store/reducer'
import type { SessionState } from '../store/session-state'
import type { SessionStore } from '../store/session-store'
import { createKeyedListeners, useKeyedSnapshot } from './keyed-listeners'
import type { KeyedListeners } from './keyed-listeners'

/**
 * Which `TEXT_DATA` chip is the newest for its field: only that one offers
 * Edit (older chips are history). One registry per store walks each new item
 * once and wakes only the chips that gain or lose the role, so a chunk costs
 * O(1) here however long the transcript is.
 */
interface Registry {
  walked: number
  sessionId: string | null
  /** Field target → item id of its newest chip. */
  latest: Map<string, string>
  /** Keyed by chip item id. */
  listeners: KeyedListeners
  /** Fields whose Edit button had focus when its chip stopped being the newest: the next one takes it. */
  focusPending: Set<string>
}

const registries = new WeakMap<SessionStore, Registry>()

/** Brings the registry up to date; returns the item ids whose role changed. */
function sync(registry: Registry, state: SessionState): string[] {
  const changed: string[] = []
  const sessionId = state.session?.id ?? null
  if (state.itemCount < registry.walked || sessionId !== registry.sessionId) {
    // A reset or another session: a new transcript.
    changed.push(...registry.latest.values())
    registry.latest.clear()
    registry.walked = 0
    registry.sessionId = sessionId
  }
  for (; registry.walked < state.itemCount; registry.walked++) {
    const item = getItem(state, registry.walked)
    if (item?.kind !== 'chunk' || !isKnownChunk(item.chunk) || item.chunk.chunkType !== 'TEXT_DATA') continue
    const target = item.chunk.textDataDetails.fieldTarget
    const previous = registry.latest.get(target)
    if (previous !== undefined) changed.push(previous)
    registry.latest.set(target, item.id)
    changed.push(item.id)
  }
  return changed
}

function registryOf(store: SessionStore): Registry {
  let registry = registries.get(store)
  if (!registry) {
    const created: Registry = { walked: 0, sessionId: null, latest: new Map(), listeners: createKeyedListeners(), focusPending: new Set() }
    sync(created, store.getState())
    store.subscribe((state) => created.listeners.wake(sync(created, state)))
    registries.set(store, created)
    registry = created
  }
  return registry
}

/** Whether the chip `itemId` is the newest capture of `target`. */
export function useIsLatestCapture(itemId: string, target: string): boolean {
  const { store } = useSessionHandle()
  const registry = registryOf(store)
  // The registry's own store subscription keeps it current (it runs during the dispatch, before React renders).
  return useKeyedSnapshot(registry.listeners, itemId, () => registry.latest.get(target) === itemId)
}

/** Hands keyboard focus from an outgoing chip's Edit button to the next chip of the same field. */
export function captureFocusHandoff(store: SessionStore, target: string) {
  const registry = registryOf(store)
  return {
    /** The Edit button with focus is going away. */
    leave: () => registry.focusPending.add(target),
    /** Whether the newly mounted Edit button should take focus. */
    take: () => registry.focusPending.delete(target),
  }
}
