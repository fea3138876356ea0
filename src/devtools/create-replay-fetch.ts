/**
 * Plays a recorded transcript back as a `fetch`: same statuses, headers and
 * body bytes, cut into the same pieces, optionally at the recorded pace. For
 * tests of code that talks to the Interactive Form Sessions API. No React here.
 */
import { base64ToBytes } from './base64'
import { requestTargetOf, signalOf } from './request-target'
import type { FetchLike, RecordedError, RecordedExchange, RecordedTranscript } from './transcript-types'

/** Options of `createReplayFetch`; all optional. */
export interface ReplayFetchOptions {
  /**
   * `instant`: every piece is available at once (still one piece per read);
   * `recorded`: the headers and each piece arrive after the recorded delay
   * from the request's start. Default: `'instant'`.
   */
  timing?: 'recorded' | 'instant' | undefined
  /**
   * `true`: each request must match the next recorded exchange's method and
   * path (with query), else it gets a 404 answer whose message names both.
   * `false`: a request takes the first unused exchange with its method and
   * path, wherever it is. Default: `true`.
   */
  strict?: boolean | undefined
}

/** A fetch over a recording, which also tells how much of it is left. */
export interface ReplayFetch extends FetchLike {
  /** How many recorded exchanges have not been replayed yet. */
  remaining(): number
}

/** Error code of the 404 answer to a request the recording does not have. */
export const REPLAY_MISMATCH = 'REPLAY_MISMATCH'

/**
 * A `fetch` that answers from `transcript` (from `recordTranscript`, or a
 * JSON fixture file). Each exchange is used once. Honours the request's
 * `signal`: an abort rejects a waiting call, or errors the body being read,
 * with the signal's reason.
 */
export function createReplayFetch(transcript: RecordedTranscript, options: ReplayFetchOptions = {}): ReplayFetch {
  if (transcript?.version !== 1 || !Array.isArray(transcript.exchanges)) {
    throw new TypeError('createReplayFetch: expected a recorded transcript ({version: 1, exchanges: [...]})')
  }
  const timing = options.timing ?? 'instant'
  const strict = options.strict ?? true
  const exchanges = transcript.exchanges
  const used = new Array<boolean>(exchanges.length).fill(false)
  let next = 0

  function take(method: string, path: string): RecordedExchange | string {
    const matches = (exchange: RecordedExchange) => exchange.request.method.toUpperCase() === method && exchange.request.path === path
    if (strict) {
      const exchange = exchanges[next]
      if (!exchange) return `formtalk replay: ${method} ${path} was not recorded (all ${exchanges.length} recorded exchanges were replayed)`
      if (!matches(exchange)) {
        return `formtalk replay: expected ${exchange.request.method} ${exchange.request.path} (exchange ${next + 1} of ${exchanges.length}) but got ${method} ${path}`
      }
      used[next] = true
      next++
      return exchange
    }
    const index = exchanges.findIndex((exchange, position) => !used[position] && matches(exchange))
    const exchange = exchanges[index]
    if (!exchange) return `formtalk replay: no unused recorded exchange for ${method} ${path}`
    used[index] = true
    return exchange
  }

  async function replayFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const started = performance.now()
    const signal = signalOf(input, init)
    if (signal?.aborted) throw abortReason(signal)
    const { method, path } = requestTargetOf(input, init)
    const exchange = take(method, path)
    if (typeof exchange === 'string') return mismatchResponse(exchange)

    const response = exchange.response
    if (!response) {
      if (timing === 'recorded') await waitUntil(started, 0, signal)
      throw rebuildError(exchange.error ?? { name: 'TypeError', message: 'fetch failed (recorded without a response)' })
    }
    if (timing === 'recorded') await waitUntil(started, response.atMs, signal)

    const headers = new Headers(response.headers)
    const init2 = { status: response.status, statusText: response.statusText, headers }
    if (response.status === 204 || response.status === 205 || response.status === 304) return new Response(null, init2)

    let position = 0
    let onAbort: (() => void) | undefined
    const stopListening = () => {
      if (onAbort) signal?.removeEventListener('abort', onAbort)
      onAbort = undefined
    }
    const body = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          if (!signal) return
          onAbort = () => {
            stopListening()
            controller.error(abortReason(signal))
          }
          signal.addEventListener('abort', onAbort)
        },
        async pull(controller) {
          const chunk = response.chunks[position]
          if (!chunk) {
            stopListening()
            // A body that was cancelled or still arriving when recorded just ends here.
            if (response.end === 'error') controller.error(rebuildError(response.error ?? { name: 'TypeError', message: 'terminated' }))
            else controller.close()
            return
          }
          position++
          if (timing === 'recorded') {
            try {
              await waitUntil(started, chunk.atMs, signal)
            } catch {
              // The abort listener has errored the stream already.
              return
            }
          }
          if (signal?.aborted) return
          controller.enqueue(base64ToBytes(chunk.base64))
        },
        cancel() {
          stopListening()
        },
      },
      // No read-ahead: each read gets exactly one recorded piece.
      { highWaterMark: 0 },
    )
    return new Response(body, init2)
  }

  return Object.assign(replayFetch, { remaining: () => used.filter((done) => !done).length })
}

function mismatchResponse(message: string): Response {
  // Shaped like a Wix error body, so the client's error carries the message and code.
  const body = JSON.stringify({ message, details: { applicationError: { code: REPLAY_MISMATCH, description: message } } })
  return new Response(body, { status: 404, statusText: 'Not Found', headers: { 'content-type': 'application/json' } })
}

/** Resolves `delayMs` after `started` (at once if already past); rejects when the signal aborts first. */
function waitUntil(started: number, delayMs: number, signal: AbortSignal | undefined): Promise<void> {
  const remaining = started + delayMs - performance.now()
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal))
      return
    }
    const onAbort = () => {
      clearTimeout(timer)
      reject(abortReason(signal))
    }
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      },
      Math.max(0, remaining),
    )
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('This operation was aborted', 'AbortError')
}

function rebuildError(error: RecordedError): Error {
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return new DOMException(error.message, error.name)
  const rebuilt = new TypeError(error.message)
  if (error.name !== 'TypeError') rebuilt.name = error.name
  return rebuilt
}
