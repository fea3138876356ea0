// @vitest-environment jsdom
/**
 * Every emulator fault through the real Node server, the real HTTP client and
 * the real stream parser, seen from the headless hook: the conversation
 * survives, nothing typed is lost, and sends are never repeated behind the
 * user's back.
 */
import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { InteractiveFormError } from '../../src/api/errors'
import type { EmulatorOptions } from '../../src/emulator/create-emulator'
import type { FaultName } from '../../src/emulator/faults'
import { SAMPLE_FORM_IDS } from '../../src/emulator/sample-forms'
import { createFormtalkQueryClient, useInteractiveFormSession } from '../../src/hooks'
import type { UseInteractiveFormSessionOptions } from '../../src/hooks'
import type { SessionErrorInfo } from '../../src/hooks/session-controller'
import { selectTranscript } from '../../src/store/reducer'
import type { SessionState, TranscriptItem } from '../../src/store/session-state'
import { startHarness } from './emulator-harness'
import type { Harness } from './emulator-harness'
import { failOnConsoleErrors } from '../support/no-console-errors'

const FORM_ID = SAMPLE_FORM_IDS.contact
const MESSAGE = "Hi, I'm Ada Lovelace, ada@example.com"

let harness: Harness | undefined

failOnConsoleErrors()

afterEach(async () => {
  await harness?.close()
  harness = undefined
})

async function setup(options: EmulatorOptions & { timeoutMs?: number; hook?: Partial<UseInteractiveFormSessionOptions> } = {}) {
  const { hook: hookOptions, ...harnessOptions } = options
  const started = await startHarness(harnessOptions)
  harness = started
  const onError = vi.fn<(error: InteractiveFormError, info: SessionErrorInfo) => void>()
  const queryClient = createFormtalkQueryClient()
  const rendered = renderHook(() =>
    useInteractiveFormSession({ formId: FORM_ID, client: started.client, queryClient, onError, createRetry: { retries: 2, delayMs: 10 }, ...hookOptions }),
  )
  const state = (): SessionState => rendered.result.current.store.getState()
  const transcript = (): TranscriptItem[] => selectTranscript(state())
  const ready = () => waitFor(() => expect(rendered.result.current.status).toBe('ready'))
  return { harness: started, emulator: started.server.emulator, onError, queryClient, ...rendered, state, transcript, ready }
}

type Setup = Awaited<ReturnType<typeof setup>>

/** Types the message into the composer's draft and sends it, as the widget does. */
async function typeAndSend(context: Setup, text: string): Promise<boolean> {
  let accepted = false
  await act(async () => {
    context.result.current.setDraft(text)
    accepted = await context.result.current.send(text)
  })
  return accepted
}

function userItems(items: readonly TranscriptItem[]) {
  return items.filter((item) => item.kind === 'user')
}

function fatalErrors(onError: Setup['onError']) {
  return onError.mock.calls.filter(([, info]) => info.fatal).map(([error]) => error)
}

describe.each<{ fault: FaultName; status: number }>([
  { fault: 'http-500', status: 500 },
  { fault: 'http-503', status: 503 },
])('a send answered with $status', ({ fault, status }) => {
  it('keeps the message with Retry, gives the text back, never re-sends it by itself, and Retry continues the same session', async () => {
    const context = await setup()
    await context.ready()
    const sessionId = context.result.current.sessionId
    context.emulator.queueFault(fault)

    expect(await typeAndSend(context, MESSAGE)).toBe(true)

    expect(context.result.current.status).toBe('error')
    expect(context.result.current.error).toMatchObject({ kind: 'http', status })
    expect(context.result.current.failedMessage?.text).toBe(MESSAGE)
    expect(userItems(context.transcript())).toEqual([expect.objectContaining({ text: MESSAGE, delivery: 'failed' })])
    expect(context.result.current.draft).toBe(MESSAGE)
    expect(fatalErrors(context.onError)).toEqual([expect.objectContaining({ status })])
    // One send went out and the service did not process it.
    expect(context.harness.sessionCalls().map((call) => call.kind)).toEqual(['create', 'send'])
    expect(context.emulator.getSession(sessionId ?? '')?.turns).toBe(0)

    await act(async () => {
      expect(await context.result.current.retry()).toBe(true)
    })
    // Retry's own send is the next one and the service saw exactly one turn: nothing was re-sent behind the user's back.
    expect(context.harness.sessionCalls().map((call) => call.kind)).toEqual(['create', 'send', 'send'])
    expect(context.result.current.status).toBe('ready')
    expect(context.result.current.sessionId).toBe(sessionId)
    expect(userItems(context.transcript())).toEqual([expect.objectContaining({ text: MESSAGE, delivery: 'sent' })])
    // The text given back went out with Retry, so the composer is empty again.
    expect(context.result.current.draft).toBe('')
    expect(context.result.current.values.email?.value).toBe('ada@example.com')
    expect(context.emulator.getSession(sessionId ?? '')?.turns).toBe(1)
  })
})

describe('a create that fails', () => {
  it('is retried automatically with backoff when the failure is transient, and the user sees only the greeting', async () => {
    const context = await setup({ faults: [{ fault: 'http-503' }, { fault: 'network' }] })
    await context.ready()
    expect(context.harness.sessionCalls().map((call) => call.kind)).toEqual(['create', 'create', 'create'])
    expect(context.onError).not.toHaveBeenCalled()
    expect(context.emulator.sessions()).toHaveLength(1)
    expect(context.transcript()[0]).toMatchObject({ kind: 'text' })
  })

  it('shows the error with Retry once the automatic retries are used up', async () => {
    const context = await setup({ faults: [{ fault: 'http-500', times: 3 }] })
    await waitFor(() => expect(context.result.current.status).toBe('error'))
    expect(context.harness.sessionCalls()).toHaveLength(3)
    expect(context.result.current.error).toMatchObject({ kind: 'http', status: 500 })
    expect(fatalErrors(context.onError)).toHaveLength(1)

    await act(async () => {
      expect(await context.result.current.retry()).toBe(true)
    })
    expect(context.result.current.status).toBe('ready')
    expect(context.emulator.sessions()).toHaveLength(1)
  })

  it('is not retried by itself once greeting chunks were shown: they stay, with the error and Retry, and Retry starts afresh', async () => {
    const context = await setup({ faults: [{ fault: 'cut-stream' }] })
    await waitFor(() => expect(context.result.current.status).toBe('error'))
    // A second create would have shown a second greeting under the first.
    expect(context.harness.sessionCalls().map((call) => call.kind)).toEqual(['create'])
    expect(context.result.current.error).toMatchObject({ kind: 'interrupted', retryable: true })
    expect(context.transcript().length).toBeGreaterThan(0)
    expect(fatalErrors(context.onError)).toEqual([expect.objectContaining({ kind: 'interrupted' })])

    await act(async () => {
      expect(await context.result.current.retry()).toBe(true)
    })
    await context.ready()
    expect(context.harness.sessionCalls().map((call) => call.kind)).toEqual(['create', 'create'])
    // One greeting, not the cut one plus a new one.
    expect(context.transcript().filter((item) => item.kind === 'text' && item.segments.some((segment) => segment.text.includes('Contact us')))).toHaveLength(1)
    expect(context.result.current.error).toBeNull()
  })

  it('honours a short Retry-After (429) before retrying', async () => {
    const context = await setup({ faults: [{ fault: 'rate-limit' }] })
    const started = Date.now()
    await waitFor(() => expect(context.result.current.status).toBe('ready'), { timeout: 5_000 })
    // The emulator says `Retry-After: 2`; the backoff alone would have retried after 10 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900)
    expect(context.harness.sessionCalls()).toHaveLength(2)
    expect(context.onError).not.toHaveBeenCalled()
  })
})

describe('a send that is rate limited (429)', () => {
  it('tells how long to wait, keeps the message for Retry and does not retry by itself', async () => {
    const context = await setup()
    await context.ready()
    context.emulator.queueFault('rate-limit')
    await typeAndSend(context, MESSAGE)
    expect(context.result.current.error).toMatchObject({ kind: 'http', status: 429, retryAfterSeconds: 2, retryable: true })
    expect(context.result.current.failedMessage?.text).toBe(MESSAGE)
    expect(context.result.current.draft).toBe(MESSAGE)
    expect(context.harness.sessionCalls().filter((call) => call.kind === 'send')).toHaveLength(1)
  })
})

describe('a send with no answer within the timeout', () => {
  it('fails with a timeout, aborts the request, keeps the message, and Retry works', async () => {
    const context = await setup({ timeoutMs: 400, faultDelayMs: 10_000 })
    await context.ready()
    const sessionId = context.result.current.sessionId ?? ''
    context.emulator.queueFault('slow')
    const started = Date.now()
    await typeAndSend(context, MESSAGE)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(context.result.current.error).toMatchObject({ kind: 'timeout' })
    expect(context.result.current.failedMessage?.text).toBe(MESSAGE)
    expect(context.result.current.draft).toBe(MESSAGE)
    // The client hung up, so the slow request never reached the conversation.
    expect(context.emulator.getSession(sessionId)?.turns).toBe(0)

    await act(async () => {
      await context.result.current.retry()
    })
    expect(context.result.current.status).toBe('ready')
    expect(context.emulator.getSession(sessionId)?.turns).toBe(1)
  })
})

describe('a network error before any byte', () => {
  it('fails as offline, keeps the message for Retry and gives the text back', async () => {
    const context = await setup()
    await context.ready()
    context.emulator.queueFault('network')
    await typeAndSend(context, MESSAGE)
    expect(context.result.current.error).toMatchObject({ kind: 'network', retryable: true })
    expect(userItems(context.transcript())).toEqual([expect.objectContaining({ delivery: 'failed' })])
    expect(context.result.current.draft).toBe(MESSAGE)
    expect(context.harness.sessionCalls().filter((call) => call.kind === 'send')).toHaveLength(1)
  })
})

describe('a stream cut after some chunks', () => {
  it('keeps the chunks that arrived, marks the turn interrupted and offers Retry', async () => {
    const context = await setup()
    await context.ready()
    const before = context.state().itemCount
    context.emulator.queueFault('cut-stream')
    await typeAndSend(context, MESSAGE)

    const state = context.state()
    expect(state.interrupted).toBe(true)
    expect(state.lastTurn?.status).toBe('interrupted')
    expect(state.error).toMatchObject({ kind: 'interrupted' })
    // The user's message and the reply chunks that made it are all still there.
    expect(state.itemCount).toBeGreaterThan(before + 1)
    expect(userItems(context.transcript())).toEqual([expect.objectContaining({ text: MESSAGE, delivery: 'sent' })])
    expect(context.result.current.failedMessage?.text).toBe(MESSAGE)
    // The message reached the service, so it is not also put back into the composer.
    expect(context.result.current.draft).toBe('')

    await act(async () => {
      expect(await context.result.current.retry()).toBe(true)
    })
    expect(context.result.current.status).toBe('ready')
    expect(context.result.current.interrupted).toBe(false)
    expect(context.state().lastTurn?.status).toBe('complete')
    // Retry re-sends into the same bubble: still one user message, and the service moved on to the next question.
    expect(userItems(context.transcript())).toEqual([expect.objectContaining({ text: MESSAGE, delivery: 'sent' })])
    expect(context.result.current.openPrompt?.fieldTarget).toBe('topic')
  })
})

describe('a malformed frame', () => {
  it('is skipped, the rest of the reply arrives, and onError hears of it as a non-fatal warning', async () => {
    const context = await setup()
    await context.ready()
    context.emulator.queueFault('malformed-frame')
    await typeAndSend(context, MESSAGE)
    expect(context.result.current.status).toBe('ready')
    expect(context.result.current.error).toBeNull()
    expect(context.result.current.values.email?.value).toBe('ada@example.com')
    expect(context.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'protocol' }), { operation: 'send', fatal: false })
    expect(fatalErrors(context.onError)).toEqual([])
  })
})

describe('an unknown chunk type', () => {
  it('is kept in the transcript without breaking the turn or reporting an error', async () => {
    const context = await setup()
    await context.ready()
    context.emulator.queueFault('unknown-chunk')
    await typeAndSend(context, MESSAGE)
    expect(context.result.current.status).toBe('ready')
    expect(context.transcript()).toContainEqual(expect.objectContaining({ kind: 'chunk', chunk: expect.objectContaining({ chunkType: 'FUTURE_WIDGET' }) }))
    expect(context.onError).not.toHaveBeenCalled()
  })
})

describe('END_OF_RESPONSE with success: false', () => {
  it('fails the turn as interrupted (kept chunks, error, Retry) instead of ending quietly', async () => {
    const context = await setup()
    await context.ready()
    context.emulator.queueFault('end-failure')
    await typeAndSend(context, MESSAGE)
    expect(context.result.current.status).toBe('error')
    expect(context.result.current.error).toMatchObject({ kind: 'interrupted', retryable: true })
    expect(context.result.current.interrupted).toBe(true)
    expect(context.state().lastTurn?.status).toBe('interrupted')
    expect(context.result.current.failedMessage?.text).toBe(MESSAGE)
    // The reply's chunks before the failed end are kept.
    expect(context.result.current.values.email?.value).toBe('ada@example.com')
    expect(fatalErrors(context.onError)).toEqual([expect.objectContaining({ kind: 'interrupted' })])
    await act(async () => {
      expect(await context.result.current.retry()).toBe(true)
    })
    expect(context.result.current.status).toBe('ready')
    expect(context.result.current.interrupted).toBe(false)
  })
})

describe('an ERROR chunk', () => {
  it('shows the service message as part of the reply and leaves the session usable', async () => {
    const context = await setup()
    await context.ready()
    context.emulator.queueFault('error-chunk')
    await typeAndSend(context, MESSAGE)
    expect(context.result.current.status).toBe('ready')
    const errorChunk = context.transcript().find((item) => item.kind === 'chunk' && item.chunk.chunkType === 'ERROR')
    expect(errorChunk).toMatchObject({ chunk: { errorDetails: { messageText: expect.stringContaining('something went wrong') } } })
    expect(await typeAndSend(context, MESSAGE)).toBe(true)
    expect(context.result.current.values.email?.value).toBe('ada@example.com')
  })
})

describe('unmount while a reply streams', () => {
  it('aborts the request and never touches the store or calls back afterwards', async () => {
    const onChunk = vi.fn()
    // Frames 250 ms apart: the greeting is surely still streaming when its first chunk has been seen, however busy the machine.
    const context = await setup({ chunkDelayMs: 250, hook: { onChunk } })
    await waitFor(() => expect(context.state().itemCount).toBeGreaterThan(0))
    expect(context.result.current.status).toBe('streaming')
    const frozen = context.state()
    expect(context.harness.abandonedResponses()).toBe(0)
    context.unmount()
    onChunk.mockClear()
    // The client hung up: the server saw the stream abandoned instead of writing it to the end.
    await waitFor(() => expect(context.harness.abandonedResponses()).toBe(1))
    // The send has settled: the hook is done with the run, so nothing of it can reach the store or the callbacks any more.
    await waitFor(() => expect(context.queryClient.isMutating()).toBe(0))
    expect(context.state()).toBe(frozen)
    expect(onChunk).not.toHaveBeenCalled()
    expect(context.onError).not.toHaveBeenCalled()
  })
})

describe('one request per action', () => {
  it('two sends in the same tick (a double click, Enter twice) send once', async () => {
    const context = await setup()
    await context.ready()
    let results: boolean[] = []
    await act(async () => {
      results = await Promise.all([context.result.current.send(MESSAGE), context.result.current.send(MESSAGE)])
    })
    expect(results).toEqual([true, false])
    expect(context.harness.sessionCalls().filter((call) => call.kind === 'send')).toHaveLength(1)
    expect(userItems(context.transcript())).toHaveLength(1)
  })

  it('a send while a reply streams is refused, never interleaved, and the composer keeps its text', async () => {
    const context = await setup({ chunkDelayMs: 40 })
    await context.ready()
    let first: Promise<boolean> = Promise.resolve(false)
    act(() => {
      first = context.result.current.send(MESSAGE)
    })
    await waitFor(() => expect(context.result.current.status).toBe('streaming'))
    let second = true
    await act(async () => {
      context.result.current.setDraft('billing')
      second = await context.result.current.send('billing')
    })
    expect(second).toBe(false)
    expect(context.result.current.draft).toBe('billing')
    await act(async () => {
      await first
    })
    expect(context.result.current.status).toBe('ready')
    expect(context.result.current.draft).toBe('billing')
    expect(context.harness.sessionCalls().filter((call) => call.kind === 'send')).toHaveLength(1)
    expect(userItems(context.transcript()).map((item) => item.text)).toEqual([MESSAGE])
  })
})
