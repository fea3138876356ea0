// @vitest-environment jsdom
/**
 * `persist` end to end: the hook, the real client and the real Node emulator
 * (which keeps the session across the "reload"). A remount with a fresh store
 * stands in for a page reload; storage is jsdom's `sessionStorage` or a test
 * double that fails the way browsers do.
 */
import { act, render, renderHook, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { InteractiveFormError } from '../../src/api/errors'
import { SAMPLE_FORM_IDS } from '../../src/emulator/sample-forms'
import { createFormtalkQueryClient, createSessionPersistence, useInteractiveFormSession } from '../../src/hooks'
import type { UseInteractiveFormSessionOptions } from '../../src/hooks'
import type { SessionErrorInfo } from '../../src/hooks/session-controller'
import { readPersistedSubmission } from '../../src/persist/create-session-persistence'
import type { PersistStorage } from '../../src/persist/persist-options'
import { selectTranscript } from '../../src/store/reducer'
import { SECRET_TOKEN, startHarness } from '../faults/emulator-harness'
import type { Harness } from '../faults/emulator-harness'
import { failOnConsoleErrors } from '../support/no-console-errors'

const FORM_ID = SAMPLE_FORM_IDS.contact
const KEY = `formtalk:${FORM_ID}`

let harness: Harness

failOnConsoleErrors()

beforeEach(async () => {
  sessionStorage.clear()
  harness = await startHarness()
})

afterEach(async () => {
  await harness.close()
})

function mount(options: Partial<UseInteractiveFormSessionOptions> = {}, wrapper?: (props: { children: ReactNode }) => ReactNode) {
  const onError = vi.fn<(error: InteractiveFormError, info: SessionErrorInfo) => void>()
  // A fresh QueryClient per mount, as after a real reload.
  const queryClient = createFormtalkQueryClient()
  const persist = createSessionPersistence()
  const rendered = renderHook(
    () => useInteractiveFormSession({ formId: FORM_ID, client: harness.client, queryClient, persist, onError, ...options }),
    wrapper ? { wrapper } : {},
  )
  return { ...rendered, onError, transcript: () => selectTranscript(rendered.result.current.store.getState()) }
}

async function sendAndWait(view: ReturnType<typeof mount>, text: string) {
  await act(async () => {
    expect(await view.result.current.send(text)).toBe(true)
  })
}

function stored(): Record<string, unknown> | null {
  const text = sessionStorage.getItem(KEY)
  return text === null ? null : (JSON.parse(text) as Record<string, unknown>)
}

describe('persist: a reload resumes the conversation', () => {
  it('restores transcript, values and session id, creates no new session, and the next message continues it', async () => {
    const first = mount()
    await waitFor(() => expect(first.result.current.status).toBe('ready'))
    expect(first.result.current.resumed).toBe(false)
    await sendAndWait(first, "Hi, I'm Ada Lovelace, ada@example.com")
    const sessionId = first.result.current.sessionId
    const transcript = first.transcript()
    first.unmount()
    const createsBefore = harness.sessionCalls().filter((call) => call.kind === 'create').length

    const second = mount()
    // Already there on the first render: no flash of an empty chat, no greeting again.
    expect(second.result.current.resumed).toBe(true)
    expect(second.result.current.restoredAt).toBeInstanceOf(Date)
    expect(second.result.current.sessionId).toBe(sessionId)
    expect(second.result.current.status).toBe('ready')
    expect(second.transcript()).toEqual(transcript)
    expect(second.result.current.values.email?.value).toBe('ada@example.com')

    await sendAndWait(second, 'billing')
    // Still no create since the reload: one sent on mount would have gone out before this message.
    expect(harness.sessionCalls().filter((call) => call.kind === 'create')).toHaveLength(createsBefore)
    expect(harness.server.emulator.getSession(sessionId ?? '')?.turns).toBe(2)
    expect(harness.server.emulator.getSession(sessionId ?? '')?.values.topic).toBe('billing')
    expect(second.result.current.values.topic?.value).toBe('billing')
    expect(second.onError).not.toHaveBeenCalled()
  })

  it('keeps the draft, written 300 ms after typing stops (not per keystroke)', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    const first = mount()
    await waitFor(() => expect(first.result.current.status).toBe('ready'))
    setItem.mockClear()
    act(() => {
      for (const draft of ['m', 'my', 'my na', 'my name is']) first.result.current.setDraft(draft)
    })
    expect(setItem).not.toHaveBeenCalled()
    await waitFor(() => expect(setItem).toHaveBeenCalledTimes(1), { timeout: 1_000 })
    first.unmount()
    setItem.mockRestore()

    const second = mount()
    expect(second.result.current.draft).toBe('my name is')
  })

  it('a widget remounted in the same render (a new key) gets back the draft typed within the last 300 ms', async () => {
    const persist = createSessionPersistence()
    const queryClient = createFormtalkQueryClient()
    const seen: Array<ReturnType<typeof useInteractiveFormSession>> = []
    function Chat() {
      seen.push(useInteractiveFormSession({ formId: FORM_ID, client: harness.client, queryClient, persist }))
      return null
    }
    function Page({ generation }: { generation: number }) {
      return <Chat key={generation} />
    }
    const page = render(<Page generation={1} />)
    await waitFor(() => expect(seen.at(-1)?.status).toBe('ready'))
    const first = seen.at(-1)!
    act(() => first.setDraft('my name is Ada'))
    // No wait: the debounced write is still pending when the new copy reads storage during its first render.
    page.rerender(<Page generation={2} />)
    const second = seen.at(-1)!
    expect(second.store).not.toBe(first.store)
    expect(second.draft).toBe('my name is Ada')
    expect(second.sessionId).toBe(first.sessionId)
    page.unmount()
  })

  it('writes at turn boundaries, never per chunk', async () => {
    const storage = memoryStorage()
    const first = mount({ persist: createSessionPersistence({ storage }) })
    await waitFor(() => expect(first.result.current.status).toBe('ready'))
    storage.writes = 0
    await sendAndWait(first, "Hi, I'm Ada Lovelace, ada@example.com")
    const itemsAfter = first.result.current.store.getState().itemCount
    expect(itemsAfter).toBeGreaterThan(3)
    // Turn start and turn end (plus at most the debounced draft clear), whatever the number of chunks.
    expect(storage.writes).toBeGreaterThanOrEqual(1)
    expect(storage.writes).toBeLessThanOrEqual(3)
  })

  it('restores the message of a reply cut by the reload, with Retry', async () => {
    const slow = await startHarness({ chunkDelayMs: 80 })
    try {
      const first = mount({ client: slow.client })
      await waitFor(() => expect(first.result.current.status).toBe('ready'), { timeout: 5_000 })
      act(() => {
        void first.result.current.send("Hi, I'm Ada Lovelace, ada@example.com")
      })
      await waitFor(() => expect(first.result.current.status).toBe('streaming'))
      first.unmount()

      const second = mount({ client: slow.client })
      expect(second.result.current.resumed).toBe(true)
      expect(second.result.current.status).toBe('ready')
      expect(second.result.current.failedMessage?.text).toBe("Hi, I'm Ada Lovelace, ada@example.com")
      const sessionId = second.result.current.sessionId ?? ''
      await act(async () => {
        expect(await second.result.current.retry()).toBe(true)
      })
      expect(second.result.current.status).toBe('ready')
      expect(second.result.current.failedMessage).toBeNull()
      expect(second.transcript().filter((item) => item.kind === 'user')).toEqual([expect.objectContaining({ delivery: 'sent' })])
      // Same session on the server: the first attempt and the retry both reached it.
      expect(slow.server.emulator.getSession(sessionId)?.turns).toBe(2)
      expect(slow.server.emulator.getSession(sessionId)?.values.email).toBe('ada@example.com')
    } finally {
      await slow.close()
    }
  })

  it('restores once under StrictMode and sends no create', async () => {
    const first = mount()
    await waitFor(() => expect(first.result.current.status).toBe('ready'))
    first.unmount()
    const calls = harness.sessionCalls().length
    const second = mount({}, ({ children }) => <StrictMode>{children}</StrictMode>)
    expect(second.result.current.resumed).toBe(true)
    await sendAndWait(second, 'Ada Lovelace')
    // The user's message is the only request this mount made: a create on (double) mount would have gone out before it.
    expect(harness.sessionCalls().slice(calls).map((call) => call.kind)).toEqual(['send'])
  })
})

describe('persist: one conversation per form', () => {
  it('each formId keeps and restores its own conversation, also when one mounted hook switches forms', async () => {
    const other = SAMPLE_FORM_IDS.feedbackSurvey
    const first = mount()
    await waitFor(() => expect(first.result.current.status).toBe('ready'))
    await sendAndWait(first, "Hi, I'm Ada Lovelace, ada@example.com")
    const contactSession = first.result.current.sessionId
    first.unmount()

    // Another form on the same storage: nothing of the contact conversation, a session of its own.
    const second = mount({ formId: other })
    expect(second.result.current.resumed).toBe(false)
    await waitFor(() => expect(second.result.current.status).toBe('ready'))
    const otherSession = second.result.current.sessionId
    expect(otherSession).not.toBe(contactSession)
    expect(second.result.current.values).toEqual({})
    expect(harness.server.emulator.getSession(otherSession ?? '')?.formId).toBe(other)
    await waitFor(() => expect(sessionStorage.getItem(`formtalk:${other}`)).not.toBeNull())
    // The contact conversation is still there, untouched.
    expect(stored()).toMatchObject({ formId: FORM_ID, conversation: { session: { id: contactSession } } })

    second.unmount()

    // One mounted hook whose formId changes: each form's own conversation comes back, and no session is created.
    const createsBefore = harness.sessionCalls().filter((call) => call.kind === 'create').length
    const persist = createSessionPersistence()
    const switching = renderHook(({ formId }) => useInteractiveFormSession({ formId, client: harness.client, queryClient: createFormtalkQueryClient(), persist }), {
      initialProps: { formId: FORM_ID },
    })
    expect(switching.result.current.resumed).toBe(true)
    expect(switching.result.current.sessionId).toBe(contactSession)
    expect(switching.result.current.values.email?.value).toBe('ada@example.com')
    switching.rerender({ formId: other })
    await waitFor(() => expect(switching.result.current.sessionId).toBe(otherSession))
    expect(switching.result.current.resumed).toBe(true)
    expect(switching.result.current.values).toEqual({})
    switching.rerender({ formId: FORM_ID })
    await waitFor(() => expect(switching.result.current.sessionId).toBe(contactSession))
    expect(switching.result.current.values.email?.value).toBe('ada@example.com')
    switching.unmount()
    expect(harness.sessionCalls().filter((call) => call.kind === 'create')).toHaveLength(createsBefore)
  })
})

describe('persist: what is not resumed', () => {
  it('a conversation idle for longer than maxIdleMs starts fresh', async () => {
    const first = mount({ persist: createSessionPersistence({ maxIdleMs: 60_000 }) })
    await waitFor(() => expect(first.result.current.status).toBe('ready'))
    const oldSession = first.result.current.sessionId
    first.unmount()
    const record = stored()
    sessionStorage.setItem(KEY, JSON.stringify({ ...record, savedAt: Date.now() - 61_000 }))

    const second = mount({ persist: createSessionPersistence({ maxIdleMs: 60_000 }) })
    expect(second.result.current.resumed).toBe(false)
    await waitFor(() => expect(second.result.current.status).toBe('ready'))
    expect(second.result.current.sessionId).not.toBe(oldSession)
    expect(second.onError).not.toHaveBeenCalled()
  })

  it('maxIdleMs: Infinity keeps a conversation however long it was idle; NaN or a negative value means the 30 minutes', async () => {
    const first = mount({ persist: createSessionPersistence({ maxIdleMs: Infinity }) })
    await waitFor(() => expect(first.result.current.status).toBe('ready'))
    const oldSession = first.result.current.sessionId
    first.unmount()
    const yearsAgo = { ...stored(), savedAt: Date.now() - 3 * 365 * 24 * 3_600_000 }
    sessionStorage.setItem(KEY, JSON.stringify(yearsAgo))
    const kept = mount({ persist: createSessionPersistence({ maxIdleMs: Infinity }) })
    expect(kept.result.current.resumed).toBe(true)
    expect(kept.result.current.sessionId).toBe(oldSession)
    kept.unmount()

    for (const maxIdleMs of [Number.NaN, -1]) {
      sessionStorage.setItem(KEY, JSON.stringify({ ...yearsAgo, savedAt: Date.now() - 29 * 60_000 }))
      const recent = mount({ persist: createSessionPersistence({ maxIdleMs }) })
      expect(recent.result.current.resumed).toBe(true)
      recent.unmount()
      sessionStorage.setItem(KEY, JSON.stringify({ ...yearsAgo, savedAt: Date.now() - 31 * 60_000 }))
      const stale = mount({ persist: createSessionPersistence({ maxIdleMs }) })
      expect(stale.result.current.resumed).toBe(false)
      stale.unmount()
    }
  })

  it('startOver forgets the restored conversation, in storage too, and starts a new session', async () => {
    const first = mount()
    await waitFor(() => expect(first.result.current.status).toBe('ready'))
    await sendAndWait(first, 'Ada Lovelace')
    const oldSession = first.result.current.sessionId
    first.unmount()

    const second = mount()
    expect(second.result.current.resumed).toBe(true)
    await act(async () => {
      await second.result.current.startOver()
    })
    expect(second.result.current.resumed).toBe(false)
    expect(second.result.current.restoredAt).toBeNull()
    expect(second.result.current.sessionId).not.toBe(oldSession)
    expect(second.transcript().some((item) => item.kind === 'user')).toBe(false)
    second.unmount()

    const third = mount()
    expect(third.result.current.sessionId).not.toBe(oldSession)
  })

  it('a submitted session is not resumed; only its ids are kept, for an "order completed" page', async () => {
    const first = mount()
    await waitFor(() => expect(first.result.current.status).toBe('ready'))
    await sendAndWait(first, "Hi, I'm Ada Lovelace, ada@example.com")
    await sendAndWait(first, 'billing')
    await sendAndWait(first, 'My invoice shows the wrong address.')
    await sendAndWait(first, "that's all")
    expect(first.result.current.status).toBe('submitted')
    const submissionId = first.result.current.submission?.submissionId
    expect(stored()).toEqual({ version: 1, formId: FORM_ID, savedAt: expect.any(Number), submission: { submissionId } })
    expect(JSON.stringify(stored())).not.toContain('Lovelace')
    first.unmount()

    // The same shape, and the same time, as the hook's previousSubmission.
    const savedAt = (stored() as { savedAt: number }).savedAt
    expect(readPersistedSubmission(FORM_ID)).toEqual({ submissionId, submittedAt: new Date(savedAt) })
    // It takes the hook's own `persist` value, so another storage or key is read where the hook wrote.
    expect(readPersistedSubmission(FORM_ID, createSessionPersistence())).toMatchObject({ submissionId })
    expect(readPersistedSubmission(FORM_ID, createSessionPersistence({ key: 'formtalk:elsewhere' }))).toBeNull()
    const second = mount({ autoStart: false })
    expect(second.result.current.resumed).toBe(false)
    expect(second.result.current.status).toBe('idle')
    expect(second.result.current.previousSubmission).toEqual(readPersistedSubmission(FORM_ID))
    expect(second.result.current.previousSubmission).toMatchObject({ submissionId, submittedAt: expect.any(Date) })
  })
})

describe('persist: storage that fails never breaks the chat', () => {
  it('corrupt JSON: a warning through onError, a fresh session, and the bad value replaced', async () => {
    sessionStorage.setItem(KEY, '{"version":1,"formId":')
    const view = mount()
    expect(view.result.current.resumed).toBe(false)
    await waitFor(() => expect(view.result.current.status).toBe('ready'))
    expect(view.onError).toHaveBeenCalledTimes(1)
    expect(view.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'STORAGE_CORRUPT' }), { operation: 'persist', fatal: false })
    expect(stored()).toMatchObject({ version: 1, conversation: expect.any(Object) })
  })

  it('a full storage: the conversation goes on, one warning, no crash', async () => {
    const storage = memoryStorage()
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    const view = mount({ persist: createSessionPersistence({ storage }) })
    await waitFor(() => expect(view.result.current.status).toBe('ready'))
    await sendAndWait(view, "Hi, I'm Ada Lovelace, ada@example.com")
    expect(view.result.current.values.email?.value).toBe('ada@example.com')
    expect(view.onError.mock.calls).toEqual([[expect.objectContaining({ code: 'STORAGE_WRITE_FAILED' }), { operation: 'persist', fatal: false }]])
  })

  it('storage the browser refuses (disabled cookies): a warning and a fresh session', async () => {
    const refuse = () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError')
    }
    const storage: PersistStorage = { getItem: refuse, setItem: refuse, removeItem: refuse }
    const view = mount({ persist: createSessionPersistence({ storage }) })
    await waitFor(() => expect(view.result.current.status).toBe('ready'))
    await sendAndWait(view, 'Ada Lovelace')
    expect(view.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'STORAGE_UNAVAILABLE' }), { operation: 'persist', fatal: false })
    expect(view.onError.mock.calls.every(([, info]) => !info.fatal)).toBe(true)
  })
})

describe('persist: no secrets in storage', () => {
  it('the stored JSON never holds the Authorization header value, nor errors', async () => {
    const view = mount()
    await waitFor(() => expect(view.result.current.status).toBe('ready'))
    await sendAndWait(view, "Hi, I'm Ada Lovelace, ada@example.com")
    harness.server.emulator.queueFault('http-500')
    await sendAndWait(view, 'billing')
    expect(view.result.current.error).not.toBeNull()
    await waitFor(() => expect(stored()).not.toBeNull())
    const text = sessionStorage.getItem(KEY) ?? ''
    expect(text).toContain('ada@example.com')
    expect(text).not.toContain(SECRET_TOKEN)
    expect(text).not.toContain(SECRET_TOKEN.replace('Bearer ', ''))
    expect(text.toLowerCase()).not.toContain('authorization')
    expect(text).not.toContain('Internal server error')
    expect(text).not.toMatch(/"(error|stack|headers)"/)
  })
})

interface MemoryStorage extends PersistStorage {
  writes: number
}

function memoryStorage(): MemoryStorage {
  const values = new Map<string, string>()
  const storage: MemoryStorage = {
    writes: 0,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => {
      storage.writes += 1
      values.set(key, value)
    },
    removeItem: (key) => {
      values.delete(key)
    },
  }
  return storage
}
