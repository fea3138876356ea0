/**
 * Records a conversation's HTTP traffic by wrapping `fetch`. The body is
 * teed: each piece is recorded and handed on to the caller in the same tick
 * as it arrives, so recording never delays the conversation. No React here.
 */
import { bytesToBase64 } from './base64'
import { describeError, requestTargetOf } from './request-target'
import type { FetchLike, RecordedChunk, RecordedExchange, RecordedResponse, RecordedTranscript } from './transcript-types'

/** Response headers worth keeping: what a replay needs to be read the same way. */
const KEPT_HEADERS = ['content-type', 'retry-after']

/** Statuses whose responses must not have a body. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

/** What `recordTranscript` returns: a recording `fetch` and the transcript it builds. */
export interface TranscriptRecorder {
  /** Use this instead of `fetch` (e.g. `createInteractiveFormClient({fetch: recorder.fetch})`). */
  fetch: FetchLike
  /**
   * Everything recorded so far, as plain JSON. Immutable snapshots: each
   * change makes a new object, unchanged exchanges are shared. Bodies still
   * arriving show `end: 'pending'`; use `settled()` to wait for them.
   */
  transcript(): RecordedTranscript
  /** The transcript once every request and body seen so far has ended. */
  settled(): Promise<RecordedTranscript>
  /** Told after every change (a request, response, body piece or end). Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /** Forgets everything recorded so far (requests in flight keep recording into a detached copy). */
  clear(): void
}

/**
 * Wraps a `fetch` to record every request (method, path and query, body text)
 * and response (status, `content-type` and `retry-after` headers, and the
 * body as the exact pieces that arrived, with their timing).
 *
 * Never record real users' traffic to disk: bodies hold what they typed.
 * Request headers (and so `Authorization`) are never recorded.
 *
 * @param fetch The fetch to wrap. Default: `globalThis.fetch`, looked up at each call.
 */
export function recordTranscript(fetch?: FetchLike): TranscriptRecorder {
  const inner: FetchLike = fetch ?? ((input, init) => globalThis.fetch(input, init))
  const origin = performance.now()
  let current: RecordedTranscript = { version: 1, exchanges: [] }
  // Each recording is a separate generation, so `clear()` detaches requests in flight.
  let generation = 0
  const listeners = new Set<() => void>()
  const pending = new Set<Promise<unknown>>()

  function notify(): void {
    for (const listener of [...listeners]) listener()
  }

  function append(exchange: RecordedExchange): number {
    current = { version: 1, exchanges: [...current.exchanges, exchange] }
    notify()
    return current.exchanges.length - 1
  }

  function update(owner: number, index: number, change: (exchange: RecordedExchange) => RecordedExchange): void {
    if (owner !== generation) return
    const exchange = current.exchanges[index]
    if (!exchange) return
    const exchanges = current.exchanges.slice()
    exchanges[index] = change(exchange)
    current = { version: 1, exchanges }
    notify()
  }

  function updateResponse(owner: number, index: number, change: (response: RecordedResponse) => RecordedResponse): void {
    update(owner, index, (exchange) => (exchange.response ? { ...exchange, response: change(exchange.response) } : exchange))
  }

  /** Tracked until the body's recording (if any) has been registered, so `settled()` sees it. */
  function recordedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const call = record(input, init)
    const tracked = call.then(ignore, ignore)
    pending.add(tracked)
    void tracked.finally(() => pending.delete(tracked))
    return call
  }

  async function record(input: RequestInfo | URL, init: RequestInit | undefined): Promise<Response> {
    const started = performance.now()
    const owner = generation
    const { method, path } = requestTargetOf(input, init)
    const { body, init: forwardInit } = await readRequestBody(input, init)
    const index = append({ request: { method, path, body }, startMs: round(started - origin) })
    const since = () => round(performance.now() - started)

    let response: Response
    try {
      response = await inner(input, forwardInit)
    } catch (error) {
      update(owner, index, (exchange) => ({ ...exchange, error: describeError(error) }))
      throw error
    }

    const headers: Record<string, string> = {}
    for (const name of KEPT_HEADERS) {
      const value = response.headers.get(name)
      if (value !== null) headers[name] = value
    }
    const recorded: RecordedResponse = { status: response.status, statusText: response.statusText, headers, atMs: since(), chunks: [], end: 'pending' }
    update(owner, index, (exchange) => ({ ...exchange, response: recorded }))

    // An opaque or body-less response cannot be rebuilt with a teed body; hand it on untouched.
    if (response.body === null || response.status < 200 || NULL_BODY_STATUSES.has(response.status)) {
      updateResponse(owner, index, (previous) => ({ ...previous, end: 'complete' }))
      return response
    }

    // A hand-made tee: one pump reads the source as fast as it delivers, records each piece and hands
    // the same piece straight to the caller. Unlike `ReadableStream.tee()`, the caller's cancel reaches
    // the source at once and with its own reason.
    const sourceReader = response.body.getReader()
    let caller!: ReadableStreamDefaultController<Uint8Array>
    let cancelled = false
    const callerBody = new ReadableStream<Uint8Array>({
      start(controller) {
        caller = controller
      },
      cancel(reason) {
        cancelled = true
        return sourceReader.cancel(reason)
      },
    })
    const recording = (async () => {
      try {
        for (;;) {
          const { done, value } = await sourceReader.read()
          if (done) break
          const chunk: RecordedChunk = { atMs: since(), base64: bytesToBase64(value) }
          updateResponse(owner, index, (previous) => ({ ...previous, chunks: [...previous.chunks, chunk] }))
          if (!cancelled) caller.enqueue(value)
        }
        updateResponse(owner, index, (previous) => ({ ...previous, end: cancelled ? 'cancelled' : 'complete' }))
        if (!cancelled) caller.close()
      } catch (error) {
        updateResponse(owner, index, (previous) => ({ ...previous, end: 'error', error: describeError(error) }))
        if (!cancelled) caller.error(error)
      }
    })()
    pending.add(recording)
    void recording.finally(() => pending.delete(recording))

    return new Response(callerBody, { status: response.status, statusText: response.statusText, headers: response.headers })
  }

  return {
    fetch: recordedFetch,
    transcript: () => current,
    async settled() {
      while (pending.size > 0) await Promise.all([...pending])
      return current
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    clear() {
      generation++
      current = { version: 1, exchanges: [] }
      notify()
    },
  }
}

/** The request body as text, and the init to forward (a stream body is teed so it can be read and still sent). */
async function readRequestBody(
  input: RequestInfo | URL,
  init: RequestInit | undefined,
): Promise<{ body: string | null; init: RequestInit | undefined }> {
  const body = init?.body
  if (body === undefined || body === null) {
    if (typeof Request !== 'undefined' && input instanceof Request && input.body !== null) {
      return { body: await input.clone().text(), init }
    }
    return { body: null, init }
  }
  if (typeof body === 'string') return { body, init }
  if (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream) {
    const [forward, forReading] = body.tee()
    // Node's fetch refuses a stream body without `duplex: 'half'`.
    const forwardInit = { ...init, body: forward, duplex: 'half' } as RequestInit
    return { body: await new Response(forReading).text(), init: forwardInit }
  }
  // Blob, ArrayBuffer, URLSearchParams, FormData: reusable, so reading them does not consume them.
  return { body: await new Response(body).text(), init }
}

function ignore(): void {}

function round(ms: number): number {
  return Math.round(ms * 100) / 100
}
