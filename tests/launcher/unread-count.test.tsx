import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useUnreadCount } from '../../src/launcher/unread-count'
import { createSessionStore } from '../../src/store'
import { endOfResponse, text } from '../store/chunk-builders'
import { FORM_ID, SESSION } from '../store/fold-events'

function greetedStore() {
  const store = createSessionStore({ formId: FORM_ID })
  store.dispatch({ type: 'session-starting', formId: FORM_ID })
  store.dispatch({ type: 'session-created', session: SESSION })
  return store
}

describe('useUnreadCount', () => {
  it('counts the greeting of a conversation that starts while the launcher is closed', () => {
    const store = greetedStore()
    const { result } = renderHook(() => useUnreadCount(store, false))
    act(() => store.dispatch({ type: 'chunk', chunk: text('Hi! What is your name?') }))
    expect(result.current).toBe(1)
  })

  it('does not count a conversation that was already there when the launcher mounted (restored after a reload)', () => {
    const store = greetedStore()
    store.dispatch({ type: 'chunk', chunk: text('Hi! What is your name?') })
    store.dispatch({ type: 'chunk', chunk: endOfResponse() })
    store.dispatch({ type: 'turn-ended' })
    const { result } = renderHook(() => useUnreadCount(store, false))
    expect(result.current).toBe(0)
    act(() => {
      store.dispatch({ type: 'user-message', text: 'Ada' })
      store.dispatch({ type: 'chunk', chunk: text('Thanks, Ada.') })
    })
    expect(result.current).toBe(1)
  })
})
