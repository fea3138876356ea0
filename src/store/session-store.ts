import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import { createInitialState, reduceSession } from './reducer'
import type { SessionInit } from './reducer'
import type { SessionEvent } from './session-events'
import type { SessionState } from './session-state'

/** A vanilla Zustand store holding one session, changed only through `dispatch`. */
export interface SessionStore extends StoreApi<SessionState> {
  /** Folds one event in through the pure reducer. */
  dispatch(event: SessionEvent): void
}

/** One store per session (per mounted form). No React. */
export function createSessionStore(init: SessionInit = {}): SessionStore {
  const store = createStore<SessionState>()(() => createInitialState(init))
  const dispatch = (event: SessionEvent) => {
    const current = store.getState()
    const next = reduceSession(current, event)
    if (next !== current) store.setState(next, true)
  }
  return Object.assign(store, { dispatch })
}
