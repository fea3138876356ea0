import { createContext, useContext, useSyncExternalStore } from 'react'
import type { ReactNode } from 'react'
import type { CurrentValues, JsonValue } from '../api/wire-types'
import type { SessionStore } from '../store/session-store'
import type { SessionState } from '../store/session-state'

/** What the session hook hands to components: the store plus the actions. */
export interface SessionActions {
  /**
   * Sends a user message (trimmed); resolves `true` once the reply has settled.
   * Refused (resolves `false`, sends nothing) while a reply is in flight,
   * after submission, before the session exists, with nothing to send, or
   * over 10,000 characters (also an `onError` warning).
   */
  send(text: string, options?: { currentValues?: CurrentValues }): Promise<boolean>
  /** Answers the open prompt: `label` goes as `input`, `value` as `currentValues[fieldTarget]`. */
  answer(fieldTarget: string, value: JsonValue, label: string): Promise<boolean>
  /** Aborts the reply in flight; chunks that arrived stay. */
  stop(): void
  /** Re-sends the failed or interrupted turn (or re-creates a session that failed to start). */
  retry(): Promise<boolean>
  /** Drops this session (aborting any request) and starts a new one for the same form; the draft stays. */
  reset(): Promise<void>
  /** Keeps the composer's text in the store. */
  setDraft(draft: string): void
}

/** A session as components take it: its store plus the actions (`useInteractiveFormSession(…).handle`). */
export interface SessionHandle extends SessionActions {
  /** The session's store (read it with `useStoreSelector`). */
  store: SessionStore
}

const SessionContext = createContext<SessionHandle | null>(null)

/** Makes one session available to the components below it. */
export function SessionProvider({
  session,
  children,
}: {
  /** The session to share: `useInteractiveFormSession(…).handle` (stable), or any `SessionHandle`. Required. */
  session: SessionHandle
  children?: ReactNode
}) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}

/** The session of the nearest `SessionProvider` (or `InteractiveForm`). */
export function useSessionHandle(): SessionHandle {
  const session = useContext(SessionContext)
  if (!session) {
    throw new Error(
      'formtalk: this component must be rendered inside <InteractiveForm> or a <SessionProvider session={useInteractiveFormSession(…)}>.',
    )
  }
  return session
}

/** The actions of the nearest session. */
export function useSessionActions(): SessionActions {
  return useSessionHandle()
}

/**
 * Reads a slice of the nearest session's state. The component re-renders only
 * when the selected value changes (`Object.is`); select narrowly, and return
 * existing objects rather than new ones.
 */
export function useSessionStore<T>(selector: (state: SessionState) => T): T {
  const { store } = useSessionHandle()
  return useStoreSelector(store, selector)
}

/** `useSyncExternalStore` over a session store, for a store you hold directly. */
export function useStoreSelector<T>(store: SessionStore, selector: (state: SessionState) => T): T {
  const getSnapshot = () => selector(store.getState())
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot)
}
