import type { SessionHandle } from '../../src/hooks/session-context'
import type { SessionStore } from '../../src/store'

/** A session handle over a store the benchmark fills itself; the actions are never called. */
export function benchSession(store: SessionStore): SessionHandle {
  return {
    store,
    send: () => Promise.resolve(false),
    answer: () => Promise.resolve(false),
    stop: () => {},
    retry: () => Promise.resolve(false),
    reset: () => Promise.resolve(),
    setDraft: () => {},
  }
}
