import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { createInteractiveFormClient } from '../../src/api/client'
import type { InteractiveFormClient } from '../../src/api/client'
import type { InteractiveFormError } from '../../src/api/errors'
import type { ResponseChunk, WixForm } from '../../src/api/wire-types'
import {
  InteractiveFormProvider,
  createFormtalkQueryClient,
  useInteractiveFormClient,
  useInteractiveFormSession,
  useTranscript,
} from '../../src/hooks'
import type { UseInteractiveFormSessionOptions } from '../../src/hooks'
import { selectTranscript } from '../../src/store'
import type { SessionState, TranscriptItem } from '../../src/store'
import { endOfResponse, singleSelect, submission, text, textData } from '../store/chunk-builders'
import { BASE_URL, createFakeService, createGate } from './fake-service'
import type { FakeService } from './fake-service'
import { failOnConsoleErrors } from '../support/no-console-errors'

const FORM_ID = 'form-1'
const greeting: ResponseChunk[] = [text('Hi! '), text('What is your name?', 'BOLD'), endOfResponse()]

const consoleError = failOnConsoleErrors()

interface SetupOptions extends Partial<UseInteractiveFormSessionOptions> {
  strict?: boolean
}

function setup(options: SetupOptions = {}) {
  const { strict = false, ...hookOptions } = options
  const service = createFakeService({ session: { id: 'session-1', formId: FORM_ID } })
  const { client, signals } = recordSignals(createInteractiveFormClient({ baseUrl: BASE_URL, fetch: service.fetch, timeoutMs: 5_000 }))
  const queryClient = createFormtalkQueryClient()
  const renders = { count: 0 }
  const wrapper = ({ children }: { children: ReactNode }) => {
    const tree = (
      <InteractiveFormProvider client={client} queryClient={queryClient}>
        {children}
      </InteractiveFormProvider>
    )
    return strict ? <StrictMode>{tree}</StrictMode> : tree
  }
  const hook = renderHook(
    (overrides: Partial<UseInteractiveFormSessionOptions> | undefined) => {
      renders.count += 1
      return useInteractiveFormSession({ formId: FORM_ID, ...hookOptions, ...overrides })
    },
    { wrapper },
  )
  const state = (): SessionState => hook.result.current.store.getState()
  const transcript = (): TranscriptItem[] => selectTranscript(state())
  return { service, client, signals, queryClient, renders, ...hook, state, transcript }
}

/** Wraps a client to keep the abort signal the hook hands to each call, in call order. */
function recordSignals(client: InteractiveFormClient) {
  const signals: Array<AbortSignal | undefined> = []
  const wrapped: InteractiveFormClient = {
    ...client,
    createInteractiveFormSession: (formId, options) => (signals.push(options?.signal), client.createInteractiveFormSession(formId, options)),
    createInteractiveFormSessionStreamed: (formId, options) => (signals.push(options?.signal), client.createInteractiveFormSessionStreamed(formId, options)),
    sendUserMessage: (sessionId, options) => (signals.push(options.signal), client.sendUserMessage(sessionId, options)),
    sendUserMessageStreamed: (sessionId, options) => (signals.push(options.signal), client.sendUserMessageStreamed(sessionId, options)),
  }
  return { client: wrapped, signals }
}

/** The text a transcript shows, one string per item, for readable assertions. */
function visible(items: readonly TranscriptItem[]): string[] {
  return items.map((item) => {
    if (item.kind === 'user') return `user: ${item.text}`
    if (item.kind === 'text') return item.segments.map((segment) => segment.text).join('')
    return item.chunk.chunkType
  })
}

/**
 * Waits until no create/send mutation is in flight: the run's request has
 * ended and the hook has handled the outcome (nothing of it can still reach
 * the store or the callbacks).
 */
async function runsSettled(queryClient: QueryClient): Promise<void> {
  await waitFor(() => expect(queryClient.isMutating({ mutationKey: ['formtalk'] })).toBe(0))
}

function createRequests(service: FakeService) {
  return service.requests.filter((request) => request.kind === 'create')
}

function sendRequests(service: FakeService) {
  return service.requests.filter((request) => request.kind === 'send')
}

describe.each([
  { mode: 'streaming', streaming: true },
  { mode: 'standard', streaming: false },
])('useInteractiveFormSession: a full conversation ($mode)', ({ streaming }) => {
  it('creates, greets, extracts values, answers a prompt and submits, calling back once', async () => {
    const onChunk = vi.fn()
    const onSubmitted = vi.fn()
    const onCheckout = vi.fn()
    const onError = vi.fn()
    const form: WixForm = { id: FORM_ID, name: 'Sign-up', formFields: [] }
    const reply2 = [
      textData('firstName', 'Ada', 'Ada', { startOffset: 5, length: 3 }),
      text('Thanks, Ada. Which plan?'),
      singleSelect('plan', [
        ['basic', 'Basic'],
        ['pro', 'Pro'],
      ]),
      endOfResponse(),
    ]
    const reply3 = [textData('plan', 'pro', 'Pro'), text('All set!'), submission('sub-1', 'checkout-1'), endOfResponse()]
    const { service, result, state, transcript } = setup({
      streaming,
      currentValues: { email: 'ada@example.com' },
      onChunk,
      onSubmitted,
      onCheckout,
      onError,
    })
    service.form = form
    service.reply({ chunks: greeting }, { chunks: reply2 }, { chunks: reply3 })

    await waitFor(() => expect(result.current.status).toBe('ready'))
    const [create] = createRequests(service)
    expect(create?.streamed).toBe(streaming)
    expect(create?.body).toMatchObject({ formId: FORM_ID, currentValues: { email: 'ada@example.com' } })
    expect(create?.body?.clientTime).toEqual({ currentTime: expect.any(String), timeZone: expect.any(String) })
    expect(result.current.sessionId).toBe('session-1')
    expect(result.current.values.email).toEqual({ value: 'ada@example.com', source: 'user' })
    expect(visible(transcript())).toEqual(['Hi! What is your name?'])
    await waitFor(() => expect(state().form).toEqual(form))

    let accepted: boolean | undefined
    await act(async () => {
      accepted = await result.current.send('  I am Ada  ')
    })
    expect(accepted).toBe(true)
    expect(sendRequests(service)[0]?.body).toMatchObject({ interactiveFormSessionId: 'session-1', input: 'I am Ada' })
    expect(sendRequests(service)[0]?.streamed).toBe(streaming)
    expect(result.current.status).toBe('ready')
    expect(result.current.values.firstName).toEqual({ value: 'Ada', displayValue: 'Ada', source: 'server' })
    expect(result.current.openPrompt?.fieldTarget).toBe('plan')
    const user = transcript()[1]
    expect(user).toMatchObject({ kind: 'user', text: 'I am Ada', delivery: 'sent', meaningfulInput: [{ startOffset: 5, length: 3 }] })

    await act(async () => {
      accepted = await result.current.answer('plan', 'pro', 'Pro')
    })
    expect(accepted).toBe(true)
    expect(sendRequests(service)[1]?.body).toMatchObject({ input: 'Pro', currentValues: { plan: 'pro' } })
    expect(result.current.openPrompt).toBeNull()
    const prompt = transcript().find((item) => item.kind === 'chunk' && item.chunk.chunkType === 'SINGLE_SELECT_INPUT')
    expect(prompt).toMatchObject({ answer: { value: 'pro', label: 'Pro' } })

    expect(result.current.status).toBe('submitted')
    expect(result.current.submission).toEqual({ submissionId: 'sub-1', checkoutId: 'checkout-1' })
    expect(onSubmitted).toHaveBeenCalledTimes(1)
    expect(onSubmitted).toHaveBeenCalledWith({ submissionId: 'sub-1', checkoutId: 'checkout-1' })
    expect(onCheckout).toHaveBeenCalledTimes(1)
    expect(onCheckout).toHaveBeenCalledWith('checkout-1')
    expect(onChunk.mock.calls.map(([chunk]) => chunk)).toEqual([...greeting, ...reply2, ...reply3])
    expect(visible(transcript())).toEqual([
      'Hi! What is your name?',
      'user: I am Ada',
      'TEXT_DATA',
      'Thanks, Ada. Which plan?',
      'SINGLE_SELECT_INPUT',
      'user: Pro',
      'TEXT_DATA',
      'All set!',
      'SUBMISSION',
    ])

    // Nothing more goes out once submitted.
    await act(async () => {
      accepted = await result.current.send('one more thing')
    })
    expect(accepted).toBe(false)
    expect(sendRequests(service)).toHaveLength(2)
    expect(service.requests.filter((request) => request.kind === 'form')).toHaveLength(1)
    expect(onError).not.toHaveBeenCalled()
  })
})

describe('useInteractiveFormSession: lifecycle', () => {
  it('sends exactly one create request under React StrictMode', async () => {
    const { service, result } = setup({ strict: true })
    // A second reply, so a duplicate create would be answered and counted rather than fail the session.
    service.reply({ chunks: greeting }, { chunks: greeting })
    // StrictMode's double mount happens before any reply, so by the time a reply is shown a duplicate create has gone out.
    await waitFor(() => expect(result.current.status).toBe('ready'))
    expect(createRequests(service)).toHaveLength(1)
    expect(result.current.sessionId).toBe('session-1')
  })

  it('does not start on mount with autoStart false, and start() creates the session', async () => {
    const service = createFakeService({ session: { id: 'session-1', formId: FORM_ID } })
    const client = createInteractiveFormClient({ baseUrl: BASE_URL, fetch: service.fetch })
    const queryClient = createFormtalkQueryClient()
    const form: WixForm = { id: FORM_ID, formFields: [] }
    service.reply({ chunks: greeting, session: { id: 'control-session', formId: 'control-form' } }, { chunks: greeting })
    // A hook with autoStart on, mounted in the same commit: once its create has gone out, this one's would have too.
    const { result } = renderHook(() => ({
      idle: useInteractiveFormSession({ formId: FORM_ID, client, queryClient, form, autoStart: false }),
      control: useInteractiveFormSession({ formId: 'control-form', client, queryClient, form: { id: 'control-form', formFields: [] } }),
    }))
    await waitFor(() => expect(result.current.control.status).toBe('ready'))
    expect(createRequests(service).map((request) => request.body?.formId)).toEqual(['control-form'])
    expect(result.current.idle.status).toBe('idle')

    await act(() => result.current.idle.start())
    expect(result.current.idle.status).toBe('ready')
    expect(createRequests(service).map((request) => request.body?.formId)).toEqual(['control-form', FORM_ID])
  })

  it('aborts the stream on unmount and never touches the store afterwards', async () => {
    const onError = vi.fn()
    const onChunk = vi.fn()
    const { service, signals, result, state, transcript, unmount } = setup({ onError, onChunk })
    service.reply({ chunks: greeting }, { chunks: [text('Thanks, ')], end: 'stall' })
    await waitFor(() => expect(result.current.status).toBe('ready'))
    let sending: Promise<boolean> | undefined
    act(() => {
      sending = result.current.send('Ada')
    })
    await waitFor(() => expect(visible(transcript())).toContain('Thanks, '))
    const store = result.current.store
    const dispatch = vi.spyOn(store, 'dispatch')
    const before = state()
    const chunksBefore = onChunk.mock.calls.length

    unmount()
    // The send's promise settles once the hook has handled the end of its run: anything it did afterwards would be done.
    await expect(sending).resolves.toBe(true)

    // The signal the hook gave the send is aborted, and the response body it was reading is cancelled.
    expect(signals).toHaveLength(2)
    expect(signals[1]?.aborted).toBe(true)
    await waitFor(() => expect(sendRequests(service)[0]?.bodyCancelled()).toBe(true))
    expect(dispatch).not.toHaveBeenCalled()
    expect(store.getState()).toBe(before)
    expect(onChunk).toHaveBeenCalledTimes(chunksBefore)
    expect(onError).not.toHaveBeenCalled()
  })

  it('aborts the fetch of a create still waiting for its answer on unmount', async () => {
    const onError = vi.fn()
    const { service, queryClient, unmount } = setup({ onError })
    // Never answered: only the abort can end the request.
    service.reply({ chunks: greeting, heldUntil: createGate().promise })
    await waitFor(() => expect(createRequests(service)).toHaveLength(1))
    unmount()
    await runsSettled(queryClient)
    expect(createRequests(service)[0]?.signal?.aborted).toBe(true)
    expect(onError).not.toHaveBeenCalled()
  })

  it('cancels a create stream that already delivered chunks on unmount', async () => {
    const onError = vi.fn()
    const { service, signals, queryClient, result, unmount } = setup({ onError })
    service.reply({ chunks: [text('Hel')], end: 'stall' })
    await waitFor(() => expect(result.current.status).toBe('streaming'))
    unmount()
    await runsSettled(queryClient)
    expect(signals[0]?.aborted).toBe(true)
    await waitFor(() => expect(createRequests(service)[0]?.bodyCancelled()).toBe(true))
    expect(onError).not.toHaveBeenCalled()
  })
})

describe('useInteractiveFormSession: sending', () => {
  it('refuses to send while a reply streams: one request, the composer keeps its text', async () => {
    const { service, result } = setup()
    service.reply({ chunks: greeting }, { chunks: [text('Thinking')], end: 'stall' }, { chunks: [text('Noted.'), endOfResponse()] })
    await waitFor(() => expect(result.current.status).toBe('ready'))
    let first: Promise<boolean> | undefined
    act(() => {
      first = result.current.send('first')
    })
    expect(result.current.isBusy).toBe(true)
    expect(result.current.draft).toBe('')
    act(() => result.current.setDraft('second'))
    let second: boolean | undefined
    await act(async () => {
      second = await result.current.send('second')
    })
    expect(second).toBe(false)
    expect(result.current.draft).toBe('second')
    await waitFor(() => expect(sendRequests(service)).toHaveLength(1))
    expect(sendRequests(service)[0]?.body?.input).toBe('first')
    act(() => result.current.stop())
    await expect(first).resolves.toBe(true)
    // A later send goes out and is answered: had the refused one been queued instead of dropped, it would have gone first.
    await act(async () => {
      expect(await result.current.send('third')).toBe(true)
    })
    expect(sendRequests(service).map((request) => request.body?.input)).toEqual(['first', 'third'])
  })

  it('refuses an empty message, and clears the draft when a send is accepted', async () => {
    const { service, result } = setup()
    service.reply({ chunks: greeting }, { chunks: [text('Noted.'), endOfResponse()] })
    await waitFor(() => expect(result.current.status).toBe('ready'))
    act(() => result.current.setDraft('   '))
    await act(async () => {
      expect(await result.current.send('   ')).toBe(false)
    })
    expect(sendRequests(service)).toHaveLength(0)
    act(() => result.current.setDraft('values only'))
    await act(async () => {
      expect(await result.current.send('', { currentValues: { age: 30 } })).toBe(true)
    })
    expect(sendRequests(service)[0]?.body).toEqual({ interactiveFormSessionId: 'session-1', currentValues: { age: 30 } })
    expect(result.current.draft).toBe('')
  })

  it('stop() mid-stream keeps the chunks that arrived and lets the user send again', async () => {
    const onError = vi.fn()
    const { service, signals, result, transcript } = setup({ onError })
    service.reply({ chunks: greeting }, { chunks: [text('Thanks, '), text('Ada')], end: 'stall' }, { chunks: [text('Go on.'), endOfResponse()] })
    await waitFor(() => expect(result.current.status).toBe('ready'))
    act(() => {
      void result.current.send('Ada')
    })
    await waitFor(() => expect(visible(transcript())).toContain('Thanks, Ada'))
    act(() => result.current.stop())
    expect(result.current.status).toBe('ready')
    expect(result.current.isBusy).toBe(false)
    expect(result.current.error).toBeNull()
    expect(result.current.store.getState().lastTurn?.status).toBe('stopped')
    expect(visible(transcript())).toEqual(['Hi! What is your name?', 'user: Ada', 'Thanks, Ada'])
    expect(signals[1]?.aborted).toBe(true)
    await waitFor(() => expect(sendRequests(service)[0]?.bodyCancelled()).toBe(true))
    expect(onError).not.toHaveBeenCalled()

    await act(async () => {
      expect(await result.current.send('next')).toBe(true)
    })
    expect(visible(transcript()).at(-1)).toBe('Go on.')
  })

  it('does not retry a failed send by itself; retry() re-sends the same text in the same bubble', async () => {
    const onError = vi.fn()
    const { service, result, transcript } = setup({ onError })
    service.reply({ chunks: greeting }, { status: 503 }, { chunks: [text('Nice to meet you, Ada.'), endOfResponse()] })
    await waitFor(() => expect(result.current.status).toBe('ready'))
    await act(async () => {
      expect(await result.current.send('My name is Ada')).toBe(true)
    })
    expect(result.current.status).toBe('error')
    expect(result.current.error?.status).toBe(503)
    expect(result.current.failedMessage).toMatchObject({ text: 'My name is Ada', itemIndex: 1 })
    expect(transcript()[1]).toMatchObject({ kind: 'user', text: 'My name is Ada', delivery: 'failed' })
    expect(sendRequests(service)).toHaveLength(1)
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]?.[1]).toEqual({ operation: 'send', fatal: true })

    await act(async () => {
      expect(await result.current.retry()).toBe(true)
    })
    expect(sendRequests(service)).toHaveLength(2)
    expect(sendRequests(service)[1]?.body?.input).toBe('My name is Ada')
    expect(result.current.status).toBe('ready')
    expect(result.current.failedMessage).toBeNull()
    expect(result.current.error).toBeNull()
    const users = transcript().filter((item) => item.kind === 'user')
    expect(users).toHaveLength(1)
    expect(users[0]).toMatchObject({ delivery: 'sent' })
    expect(visible(transcript())).toEqual(['Hi! What is your name?', 'user: My name is Ada', 'Nice to meet you, Ada.'])
  })

  it('does not re-render the caller for chunks that only grow text', async () => {
    const { service, result, renders, transcript } = setup()
    const pieces = 'The quick brown fox jumps over the lazy dog again'.split(' ').map((word) => text(`${word} `))
    service.reply({ chunks: greeting }, { chunks: [...pieces, endOfResponse()] })
    await waitFor(() => expect(result.current.status).toBe('ready'))
    const before = renders.count
    await act(async () => {
      await result.current.send('tell me')
    })
    expect(visible(transcript()).at(-1)).toBe('The quick brown fox jumps over the lazy dog again ')
    // ready → streaming → ready: a couple of renders, not one per chunk.
    expect(renders.count - before).toBeLessThanOrEqual(3)
    expect(pieces.length).toBeGreaterThan(6)
  })
})

describe('useInteractiveFormSession: sessions', () => {
  it('reset() drops the session and starts a new one', async () => {
    const { service, result, transcript } = setup()
    service.reply(
      { chunks: greeting },
      { chunks: [text('Noted.'), endOfResponse()] },
      { chunks: [text('Welcome back!'), endOfResponse()], session: { id: 'session-2', formId: FORM_ID } },
    )
    await waitFor(() => expect(result.current.status).toBe('ready'))
    await act(async () => {
      await result.current.send('Ada')
    })
    act(() => result.current.setDraft('half-typed'))
    await act(() => result.current.reset())
    expect(result.current.sessionId).toBe('session-2')
    expect(result.current.status).toBe('ready')
    expect(visible(transcript())).toEqual(['Welcome back!'])
    expect(createRequests(service)).toHaveLength(2)
    expect(result.current.draft).toBe('half-typed')
  })

  it('retries a create that fails with 503, with backoff, and never shows the failure', async () => {
    const onError = vi.fn()
    const { service, result } = setup({ onError, createRetry: { retries: 2, delayMs: 5 } })
    service.reply({ status: 503 }, { status: 503 }, { chunks: greeting })
    await waitFor(() => expect(result.current.status).toBe('ready'))
    expect(createRequests(service)).toHaveLength(3)
    expect(result.current.sessionId).toBe('session-1')
    expect(onError).not.toHaveBeenCalled()
  })

  it('gives up after the configured create retries; retry() then creates the session', async () => {
    const onError = vi.fn()
    const { service, result } = setup({ onError, createRetry: { retries: 1, delayMs: 1 } })
    service.reply({ status: 503 }, { status: 503 }, { chunks: greeting })
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(createRequests(service)).toHaveLength(2)
    expect(result.current.sessionId).toBeNull()
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]?.[1]).toEqual({ operation: 'create', fatal: true })
    expect((onError.mock.calls[0]?.[0] as InteractiveFormError).status).toBe(503)

    await act(async () => {
      expect(await result.current.retry()).toBe(true)
    })
    expect(result.current.status).toBe('ready')
    expect(createRequests(service)).toHaveLength(3)
  })

  it('does not retry a create that fails with a non-retryable error', async () => {
    const onError = vi.fn()
    const { service, result } = setup({ onError, createRetry: { retries: 2, delayMs: 1 } })
    service.reply({ status: 404, message: 'form not found' })
    // The error is shown only once TanStack Query has given up on the create, so any retry has gone out by then.
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(createRequests(service)).toHaveLength(1)
    expect(result.current.error?.status).toBe(404)
  })

  it('reports a form schema that cannot be fetched as a warning and carries on', async () => {
    const onError = vi.fn()
    const { service, result, state } = setup({ onError })
    service.form = undefined
    service.reply({ chunks: greeting })
    // The schema is fetched once the session exists, while the greeting may still stream: wait for both.
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1))
    expect(onError.mock.calls[0]?.[1]).toEqual({ operation: 'form', fatal: false })
    await waitFor(() => expect(result.current.status).toBe('ready'))
    expect(onError).toHaveBeenCalledTimes(1)
    expect(result.current.error).toBeNull()
    expect(state().form).toBeNull()
  })

  it('reports a malformed stream frame as a warning and keeps the rest of the reply', async () => {
    const onError = vi.fn()
    const { service, result, transcript } = setup({ onError })
    service.reply({ chunks: [text('Hello '), text('again'), endOfResponse()], malformedFrame: true })
    await waitFor(() => expect(result.current.status).toBe('ready'))
    expect(visible(transcript())).toEqual(['Hello again'])
    expect(onError).toHaveBeenCalledTimes(1)
    expect((onError.mock.calls[0]?.[0] as InteractiveFormError).kind).toBe('protocol')
    expect(onError.mock.calls[0]?.[1]).toEqual({ operation: 'create', fatal: false })
    expect(result.current.error).toBeNull()
  })

  it('starts a session for the new form when formId changes', async () => {
    const { service, result, rerender } = setup()
    service.reply({ chunks: greeting }, { chunks: [text('Other form.'), endOfResponse()], session: { id: 'session-2', formId: 'form-2' } })
    await waitFor(() => expect(result.current.sessionId).toBe('session-1'))
    rerender({ formId: 'form-2' })
    await waitFor(() => expect(result.current.sessionId).toBe('session-2'))
    expect(createRequests(service).map((request) => request.body?.formId)).toEqual([FORM_ID, 'form-2'])
    expect(result.current.store.getState().formId).toBe('form-2')
  })

  it('does not fetch the schema when the caller passes it', async () => {
    const form: WixForm = { id: FORM_ID, formFields: [] }
    const { service, result, state } = setup({ form })
    service.reply({ chunks: greeting })
    await waitFor(() => expect(result.current.status).toBe('ready'))
    expect(state().form).toBe(form)
    expect(service.requests.filter((request) => request.kind === 'form')).toHaveLength(0)
  })
})

describe('providers and transcript', () => {
  it('useInteractiveFormClient throws a clear error outside the provider', () => {
    consoleError().mockImplementation(() => {})
    expect(() => renderHook(() => useInteractiveFormClient())).toThrow(/InteractiveFormProvider/)
    consoleError().mockReset()
  })

  it('useInteractiveFormSession throws a clear error with neither a provider nor a client', () => {
    consoleError().mockImplementation(() => {})
    expect(() => renderHook(() => useInteractiveFormSession({ formId: FORM_ID }))).toThrow(/needs an API client/)
    consoleError().mockReset()
  })

  it('useInteractiveFormSession throws a clear error when a client is given but no QueryClient is', () => {
    consoleError().mockImplementation(() => {})
    const client = createInteractiveFormClient({ baseUrl: BASE_URL, fetch: createFakeService().fetch })
    expect(() => renderHook(() => useInteractiveFormSession({ formId: FORM_ID, client }))).toThrow(
      /needs a TanStack QueryClient: render it inside <InteractiveFormProvider> \(which creates a QueryClient\) or your own QueryClientProvider, or pass `queryClient`/,
    )
    consoleError().mockReset()
  })

  it("runs create and send as mutations of the app's QueryClient, and lets its cache collect them after unmount", async () => {
    const service = createFakeService({ session: { id: 'session-3', formId: FORM_ID } })
    const client = createInteractiveFormClient({ baseUrl: BASE_URL, fetch: service.fetch })
    // gcTime 0: a mutation no hook observes any more leaves the cache at once.
    const queryClient = new QueryClient({ defaultOptions: { mutations: { gcTime: 0 } } })
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    const created = createGate()
    const sent = createGate()
    service.reply({ chunks: greeting, heldUntil: created.promise }, { chunks: [text('Noted.'), endOfResponse()], heldUntil: sent.promise })
    const { result, unmount } = renderHook(() => useInteractiveFormSession({ formId: FORM_ID, client, form: { id: FORM_ID, formFields: [] } }), { wrapper })
    // What `useIsMutating({ mutationKey: ['formtalk'] })` in the app reads.
    await waitFor(() => expect(queryClient.isMutating({ mutationKey: ['formtalk', 'create-interactive-form-session'] })).toBe(1))
    created.open()
    await waitFor(() => expect(result.current.status).toBe('ready'))
    act(() => {
      void result.current.send('Ada')
    })
    await waitFor(() => expect(queryClient.isMutating({ mutationKey: ['formtalk', 'send-user-message'] })).toBe(1))
    sent.open()
    await waitFor(() => expect(result.current.status).toBe('ready'))
    expect(queryClient.isMutating()).toBe(0)
    const mutations = queryClient.getMutationCache()
    const keys = () => mutations.getAll().map((mutation) => mutation.options.mutationKey?.[1])
    // A mutation nobody observes, finished after the hook's: once the cache has collected it, it would have collected theirs.
    const witness = mutations.build(queryClient, { mutationKey: ['test', 'witness'], mutationFn: () => Promise.resolve() })
    await witness.execute(undefined)
    await waitFor(() => expect(mutations.getAll()).not.toContain(witness))
    // Each hook keeps its own latest create and send while mounted.
    expect(keys().sort()).toEqual(['create-interactive-form-session', 'send-user-message'])
    unmount()
    await waitFor(() => expect(keys()).toEqual([]))
  })

  it('works with only client and queryClient options, and useTranscript follows the conversation', async () => {
    const service = createFakeService({ session: { id: 'session-9', formId: FORM_ID } })
    const client: InteractiveFormClient = createInteractiveFormClient({ baseUrl: BASE_URL, fetch: service.fetch })
    const queryClient = createFormtalkQueryClient()
    service.reply({ chunks: greeting })
    const { result } = renderHook(() => {
      const session = useInteractiveFormSession({ formId: FORM_ID, client, queryClient, form: { id: FORM_ID, formFields: [] } })
      return { session, transcript: useTranscript(session.store) }
    })
    await waitFor(() => expect(result.current.session.status).toBe('ready'))
    expect(result.current.session.sessionId).toBe('session-9')
    expect(visible(result.current.transcript)).toEqual(['Hi! What is your name?'])
  })
})
