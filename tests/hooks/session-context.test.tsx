import { act, render, renderHook, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { SessionProvider, useSessionActions, useSessionHandle, useSessionStore, useStoreSelector, useTranscript } from '../../src/hooks'
import { createSessionStore } from '../../src/store'
import { createTestSession } from '../progress/session-handle'
import { text, textData } from '../store/chunk-builders'
import { FORM_ID, SESSION } from '../store/fold-events'
import { failOnConsoleErrors } from '../support/no-console-errors'

const consoleError = failOnConsoleErrors()

function startedSession() {
  const session = createTestSession({ formId: FORM_ID })
  session.store.dispatch({ type: 'session-starting', formId: FORM_ID })
  session.store.dispatch({ type: 'session-created', session: SESSION })
  return session
}

function providing(session: ReturnType<typeof createTestSession>) {
  return ({ children }: { children?: ReactNode }) => <SessionProvider session={session}>{children}</SessionProvider>
}

describe('the session hooks outside a session', () => {
  it.each<[string, () => unknown]>([
    ['useSessionHandle', () => useSessionHandle()],
    ['useSessionActions', () => useSessionActions()],
    ['useSessionStore', () => useSessionStore((state) => state.status)],
  ])('%s throws an error that names the providers to render it in', (_name, hook) => {
    // React logs the error a render throws; the assertion is on the error itself.
    consoleError().mockImplementation(() => {})
    expect(() => renderHook(hook)).toThrow(/must be rendered inside <InteractiveForm> or a <SessionProvider session=\{useInteractiveFormSession\(…\)\}>/)
    consoleError().mockReset()
  })
})

describe('SessionProvider', () => {
  it('hands its session to the components below: they read the store and call the actions', async () => {
    const session = startedSession()
    function Captured() {
      const count = useSessionStore((state) => Object.keys(state.values).length)
      const { send } = useSessionActions()
      return (
        <button type="button" onClick={() => void send('hello')}>
          Captured: {count}
        </button>
      )
    }
    render(
      <SessionProvider session={session}>
        <Captured />
      </SessionProvider>,
    )
    expect(screen.getByRole('button')).toHaveTextContent('Captured: 0')
    act(() => session.store.dispatch({ type: 'chunk', chunk: textData('firstName', 'Ada') }))
    expect(screen.getByRole('button')).toHaveTextContent('Captured: 1')
    await userEvent.click(screen.getByRole('button'))
    expect(session.calls).toEqual(['send'])
  })

  it('useSessionHandle returns the very handle given, store included', () => {
    const session = startedSession()
    const { result } = renderHook(() => useSessionHandle(), { wrapper: providing(session) })
    expect(result.current).toBe(session)
    expect(result.current.store).toBe(session.store)
  })
})

describe('useSessionStore', () => {
  it('re-renders only when the selected slice changes', () => {
    const session = startedSession()
    const renders = { count: 0 }
    const { result } = renderHook(
      () => {
        renders.count += 1
        return useSessionStore((state) => state.values['firstName']?.value)
      },
      { wrapper: providing(session) },
    )
    expect(result.current).toBeUndefined()
    const before = renders.count
    act(() => session.store.dispatch({ type: 'chunk', chunk: text('Hello, what is your name?') }))
    expect(renders.count).toBe(before)
    act(() => session.store.dispatch({ type: 'chunk', chunk: textData('firstName', 'Ada') }))
    expect(result.current).toBe('Ada')
    expect(renders.count).toBe(before + 1)
  })
})

describe('useStoreSelector', () => {
  it('follows a store held directly, with no provider', () => {
    const store = createSessionStore({ formId: FORM_ID })
    const { result } = renderHook(() => useStoreSelector(store, (state) => state.draft))
    expect(result.current).toBe('')
    act(() => store.dispatch({ type: 'draft-changed', draft: 'typing' }))
    expect(result.current).toBe('typing')
  })

  it('follows the store it is given now, after the caller switches stores', () => {
    const first = createSessionStore({ formId: FORM_ID })
    const second = createSessionStore({ formId: FORM_ID })
    second.dispatch({ type: 'draft-changed', draft: 'second' })
    const { result, rerender } = renderHook(({ store }) => useStoreSelector(store, (state) => state.draft), { initialProps: { store: first } })
    expect(result.current).toBe('')
    rerender({ store: second })
    expect(result.current).toBe('second')
    act(() => first.dispatch({ type: 'draft-changed', draft: 'stale' }))
    expect(result.current).toBe('second')
  })
})

describe('useTranscript', () => {
  it('lists every item in order and keeps the same list while the transcript does not change', () => {
    const { store } = startedSession()
    const { result } = renderHook(() => useTranscript(store))
    expect(result.current).toEqual([])
    act(() => store.dispatch({ type: 'chunk', chunk: text('Hi!') }))
    act(() => store.dispatch({ type: 'user-message', text: 'Ada' }))
    expect(result.current.map((item) => item.kind)).toEqual(['text', 'user'])
    const list = result.current
    act(() => store.dispatch({ type: 'draft-changed', draft: 'more' }))
    expect(result.current).toBe(list)
  })
})
