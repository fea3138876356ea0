import { useCallback, useSyncExternalStore } from 'react'

/**
 * Listeners grouped by key (a bubble's item id): a tracker with one store
 * subscription wakes only the keys a change concerns, so a chunk costs O(1)
 * however many bubbles are mounted.
 */
export interface KeyedListeners {
  /** Calls `listener` whenever `key` is woken; returns the unsubscribe. */
  add: (key: string, listener: () => void) => () => void
  /** Wakes each key's listeners once (repeated keys and `null` are skipped). */
  wake: (keys: Iterable<string | null>) => void
}

export function createKeyedListeners(): KeyedListeners {
  const byKey = new Map<string, Set<() => void>>()
  return {
    add(key, listener) {
      let set = byKey.get(key)
      if (!set) {
        set = new Set()
        byKey.set(key, set)
      }
      set.add(listener)
      return () => {
        set.delete(listener)
        if (set.size === 0) byKey.delete(key)
      }
    },
    wake(keys) {
      for (const key of new Set(keys)) {
        if (key === null) continue
        for (const listener of byKey.get(key) ?? []) listener()
      }
    },
  }
}

/** `getSnapshot()`, read again whenever `listeners` wakes `key`. */
export function useKeyedSnapshot<T>(listeners: KeyedListeners, key: string, getSnapshot: () => T): T {
  const subscribe = useCallback((listener: () => void) => listeners.add(key, listener), [listeners, key])
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}
