import { describe, expect, it, vi } from 'vitest'
import { createSessionStore, selectTranscript } from '../../src/store'
import { endOfResponse, text } from './chunk-builders'

describe('createSessionStore', () => {
  it('starts idle for its form and folds dispatched events in order', () => {
    const store = createSessionStore({ formId: 'form-1' })
    expect(store.getState()).toMatchObject({ formId: 'form-1', status: 'idle', itemCount: 0 })
    store.dispatch({ type: 'session-starting', formId: 'form-1' })
    store.dispatch({ type: 'session-created', session: { id: 's-1', formId: 'form-1' } })
    store.dispatch({ type: 'chunk', chunk: text('Hello') })
    store.dispatch({ type: 'chunk', chunk: text(', world') })
    store.dispatch({ type: 'chunk', chunk: endOfResponse() })
    const state = store.getState()
    expect(state.status).toBe('ready')
    expect(state.session?.id).toBe('s-1')
    expect(selectTranscript(state)).toHaveLength(1)
  })

  it('notifies subscribers on a change and not when an event changes nothing', () => {
    const store = createSessionStore({ formId: 'form-1' })
    const listener = vi.fn()
    store.subscribe(listener)
    store.dispatch({ type: 'draft-changed', draft: 'Hi' })
    expect(listener).toHaveBeenCalledTimes(1)
    store.dispatch({ type: 'draft-changed', draft: 'Hi' })
    store.dispatch({ type: 'turn-ended' })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(store.getState().draft).toBe('Hi')
  })

  it('keeps separate state per store', () => {
    const first = createSessionStore({ formId: 'a' })
    const second = createSessionStore({ formId: 'b' })
    first.dispatch({ type: 'draft-changed', draft: 'only here' })
    expect(second.getState().draft).toBe('')
    expect(second.getState().formId).toBe('b')
  })
})
