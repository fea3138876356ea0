// @vitest-environment jsdom
/**
 * The create retry policy on a fake clock: the documented backoff (500 ms,
 * then 1 s), a `Retry-After` that asks for longer than the backoff, and one
 * that asks for too long to wait silently (the user gets the error and Retry
 * at once). The requests themselves are the evidence: when each one goes out.
 */
import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createInteractiveFormClient } from '../../src/api/client'
import type { FetchFunction } from '../../src/api/client'
import type { InteractiveFormError } from '../../src/api/errors'
import { createFormtalkQueryClient, useInteractiveFormSession } from '../../src/hooks'
import type { UseInteractiveFormSessionOptions } from '../../src/hooks'
import type { SessionErrorInfo } from '../../src/hooks/session-controller'
import { endOfResponse, text } from '../store/chunk-builders'
import { BASE_URL, createFakeService } from '../hooks/fake-service'
import { failOnConsoleErrors } from '../support/no-console-errors'

const FORM_ID = 'form-1'

failOnConsoleErrors()
beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

/** A 429 with `Retry-After`, in the Wix error shape. */
function rateLimited(seconds: number): Response {
  return new Response(JSON.stringify({ message: 'Too many requests', details: { applicationError: { code: 'RESOURCE_EXHAUSTED' } } }), {
    status: 429,
    headers: { 'Content-Type': 'application/json', 'Retry-After': String(seconds) },
  })
}

/**
 * Mounts the hook on a fake service; `before` answers the first creates
 * itself (e.g. a 429 with a header the fake cannot send), the fake answers
 * the rest from its script.
 */
function setup(options: { before?: Response[]; hook?: Partial<UseInteractiveFormSessionOptions> } = {}) {
  const service = createFakeService({ session: { id: 'session-1', formId: FORM_ID } })
  const early = [...(options.before ?? [])]
  const creates: number[] = []
  const fetch: FetchFunction = async (url, init) => {
    const isCreate = !url.includes('/form-schema-service/') && !url.includes('/send-user-message')
    if (isCreate) creates.push(Date.now())
    const answer = isCreate ? early.shift() : undefined
    return answer ?? service.fetch(url, init)
  }
  const client = createInteractiveFormClient({ baseUrl: BASE_URL, fetch, timeoutMs: 60_000 })
  const onError = vi.fn<(error: InteractiveFormError, info: SessionErrorInfo) => void>()
  const started = Date.now()
  const rendered = renderHook(() => useInteractiveFormSession({ formId: FORM_ID, client, queryClient: createFormtalkQueryClient(), onError, ...options.hook }))
  /** Milliseconds after mount at which each create went out. */
  const createTimes = () => creates.map((time) => time - started)
  return { service, onError, createTimes, ...rendered }
}

/** Moves the fake clock on, running what falls due (and React's updates) on the way. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })
}

const greeting = [text('Hi! What is your name?'), endOfResponse()]

describe('automatic create retries', () => {
  it('back off 500 ms, then 1 s (the defaults), and the user sees only the greeting', async () => {
    const view = setup()
    view.service.reply({ status: 503 }, { status: 503 }, { chunks: greeting })
    await advance(10)
    expect(view.createTimes()).toHaveLength(1)
    await advance(480)
    // Not yet: 500 ms after the first failure.
    expect(view.createTimes()).toHaveLength(1)
    await advance(30)
    expect(view.createTimes()).toHaveLength(2)
    await advance(950)
    // The second wait doubles.
    expect(view.createTimes()).toHaveLength(2)
    await advance(80)
    expect(view.createTimes()).toHaveLength(3)
    await advance(50)
    expect(view.result.current.status).toBe('ready')
    expect(view.result.current.error).toBeNull()
    expect(view.onError).not.toHaveBeenCalled()
  })

  it('wait out a Retry-After longer than the backoff', async () => {
    const view = setup({ before: [rateLimited(3)] })
    view.service.reply({ chunks: greeting })
    await advance(2_900)
    expect(view.createTimes()).toHaveLength(1)
    expect(view.result.current.status).not.toBe('error')
    await advance(200)
    expect(view.createTimes()).toHaveLength(2)
    await advance(50)
    expect(view.result.current.status).toBe('ready')
    expect(view.onError).not.toHaveBeenCalled()
  })

  it('do not wait out a Retry-After over 10 s: the error and its wait are shown at once, and Retry creates the session', async () => {
    const view = setup({ before: [rateLimited(30)] })
    await advance(50)
    expect(view.result.current.status).toBe('error')
    expect(view.result.current.error).toMatchObject({ kind: 'http', status: 429, retryAfterSeconds: 30 })
    expect(view.onError).toHaveBeenCalledWith(expect.objectContaining({ status: 429 }), { operation: 'create', fatal: true })
    await advance(60_000)
    // Nothing went out behind the user's back while the error was shown.
    expect(view.createTimes()).toHaveLength(1)

    view.service.reply({ chunks: greeting })
    let accepted = false
    await act(async () => {
      const retried = view.result.current.retry()
      await vi.advanceTimersByTimeAsync(50)
      accepted = await retried
    })
    expect(accepted).toBe(true)
    expect(view.result.current.status).toBe('ready')
    expect(view.createTimes()).toHaveLength(2)
  })

  it('are off with createRetry: false: the first transient failure is shown with Retry', async () => {
    const view = setup({ hook: { createRetry: false } })
    view.service.reply({ status: 503 })
    await advance(50)
    expect(view.result.current.status).toBe('error')
    await advance(5_000)
    expect(view.createTimes()).toHaveLength(1)
  })
})
