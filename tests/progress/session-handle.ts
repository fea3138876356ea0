/**
 * A session handle over a bare store, for rendering progress and devtools
 * components without a network: tests drive the store with `dispatch`. The
 * actions only record that they were called.
 */
import type { SessionHandle } from '../../src/hooks/session-context'
import { createSessionStore } from '../../src/store'
import type { SessionInit } from '../../src/store'

export function createTestSession(init: SessionInit = {}): SessionHandle & { calls: string[] } {
  const store = createSessionStore(init)
  const calls: string[] = []
  const record = (name: string) => {
    calls.push(name)
    return Promise.resolve(true)
  }
  return {
    store,
    calls,
    send: () => record('send'),
    answer: () => record('answer'),
    retry: () => record('retry'),
    stop: () => void calls.push('stop'),
    reset: async () => void calls.push('reset'),
    setDraft: () => void calls.push('setDraft'),
  }
}
