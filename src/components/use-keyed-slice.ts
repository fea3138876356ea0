import { useSessionHandle } from '../hooks/session-context'
import type { SessionState } from '../store/session-state'
import type { SessionStore } from '../store/session-store'
import { createKeyedListeners, useKeyedSnapshot } from './keyed-listeners'
import type { KeyedListeners } from './keyed-listeners'

/**
 * A slice of state that concerns one bubble at a time: `keyOf` names the
 * bubble it concerns (the open prompt's item id, the latest turn's id…),
 * `valueOf` says how (a primitive).
 */
export interface KeyedSlice<V extends string | number | boolean> {
  keyOf: (state: SessionState) => string | null
  valueOf: (state: SessionState) => V
}

interface Registry {
  key: string | null
  value: unknown
  listeners: KeyedListeners
}

// One store subscription per (store, slice) instead of one per bubble: a chunk
// costs O(1) here however long the transcript is, and only the bubbles whose
// key was or becomes current are woken.
const registries = new WeakMap<SessionStore, Map<KeyedSlice<string | number | boolean>, Registry>>()

function registryFor<V extends string | number | boolean>(store: SessionStore, slice: KeyedSlice<V>): Registry {
  let perStore = registries.get(store)
  if (!perStore) {
    perStore = new Map()
    registries.set(store, perStore)
  }
  let registry = perStore.get(slice)
  if (!registry) {
    const state = store.getState()
    const created: Registry = { key: slice.keyOf(state), value: slice.valueOf(state), listeners: createKeyedListeners() }
    store.subscribe((next) => {
      const key = slice.keyOf(next)
      const value = slice.valueOf(next)
      if (key === created.key && Object.is(value, created.value)) return
      const woken = [created.key, key]
      created.key = key
      created.value = value
      created.listeners.wake(woken)
    })
    perStore.set(slice, created)
    registry = created
  }
  return registry
}

/**
 * `slice.valueOf(state)` while `slice.keyOf(state) === key`, else `null`.
 * `slice` must be a module-level constant.
 */
export function useKeyedSlice<V extends string | number | boolean>(slice: KeyedSlice<V>, key: string): V | null {
  const { store } = useSessionHandle()
  return useKeyedSnapshot(registryFor(store, slice).listeners, key, () => {
    const state = store.getState()
    return slice.keyOf(state) === key ? slice.valueOf(state) : null
  })
}
