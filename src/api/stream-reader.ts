/**
 * Reads the body of a streamed method (`create-streamed`,
 * `send-user-message-streamed`) into `{responseChunk, interactiveFormSession?}`
 * events, in order, as they arrive.
 *
 * Framing: `text/event-stream` (what the service sends) or newline-delimited
 * JSON (what gRPC-style gateways send). Without a hint the first
 * non-whitespace character decides: `{` means NDJSON, anything else SSE.
 *
 * Speed: bytes go through one streaming `TextDecoder` and straight into
 * `eventsource-parser` (or an `indexOf` line splitter for NDJSON); the only
 * per-event work of our own is `JSON.parse` and a shape check. No
 * TransformStream per stage, no re-scanning of buffered text.
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser'
import { BatchIterator, type BatchedAsyncGenerator, type BatchSource } from './batch-iterator'
import { InteractiveFormError } from './errors'
import { isRecord } from './is-record'
import { wixErrorFields } from './http-error'
import { abortedError, ignore, isChunk } from './request-errors'
import { RequestScope } from './request-scope'
import type { InteractiveFormSession, InteractiveFormStreamEvent, ResponseChunk } from './wire-types'

/** How a streamed body frames its events. */
export type StreamFormat = 'sse' | 'ndjson'

/** Options of `readInteractiveFormStream`; all optional. */
export interface ReadInteractiveFormStreamOptions {
  /**
   * Aborts the read; the reader then throws an `InteractiveFormError` of kind
   * `aborted` and cancels the body. Default: none.
   */
  signal?: AbortSignal | undefined
  /**
   * Called with a `protocol` error for each frame that is not JSON or has no
   * `responseChunk`; the frame is then skipped and reading goes on. Throwing
   * from it ends the stream with that error. Default: malformed frames are
   * skipped silently.
   */
  onMalformed?: ((error: InteractiveFormError) => void) | undefined
  /**
   * The body's framing, e.g. from its content type (see
   * `streamFormatFromContentType`). Default: detected from the first
   * non-whitespace character (`{` → NDJSON, otherwise SSE).
   */
  format?: StreamFormat | undefined
  /**
   * Longest wait, in ms, for the next piece of the body; a longer silence
   * throws `timeout`. An idle timeout, so a long but healthy stream is never
   * cut. `0` or `Infinity` disables it. Default: no limit.
   */
  idleTimeoutMs?: number | undefined
}

/** The framing a content type announces, or `undefined` when it does not say. */
export function streamFormatFromContentType(contentType: string | null | undefined): StreamFormat | undefined {
  if (!contentType) return undefined
  const type = contentType.toLowerCase()
  if (type.includes('text/event-stream')) return 'sse'
  if (/ndjson|jsonl|json-seq|stream\+json/.test(type)) return 'ndjson'
  return undefined
}

export { timeoutMessage } from './request-errors'

const STREAMING = { stream: true } as const

/**
 * Yields the events of a streamed reply as they arrive.
 *
 * Ends after an `END_OF_RESPONSE` chunk (anything after it is ignored and the
 * body is cancelled, so a server that keeps the connection open cannot hang
 * the caller). A body that ends without one throws `interrupted` after every
 * event that did arrive was yielded. An `{error}` event throws `protocol` with
 * the error's message and code. Breaking out of `for await` cancels the body.
 * Lazy, like an async generator: nothing is read before the first `next()`.
 * `batches()` yields the same events grouped per network read instead.
 */
export function readInteractiveFormStream(
  body: ReadableStream<Uint8Array>,
  options: ReadInteractiveFormStreamOptions = {},
): BatchedAsyncGenerator<InteractiveFormStreamEvent> {
  return new BatchIterator(createStreamEventSource(body, options))
}

/** The reader as a batch source, for callers that build their own iterator around it. */
export function createStreamEventSource(body: ReadableStream<Uint8Array>, options: ReadInteractiveFormStreamOptions = {}): BatchSource<InteractiveFormStreamEvent> {
  const { signal } = options
  const idleTimeoutMs = options.idleTimeoutMs === 0 || options.idleTimeoutMs === Infinity ? undefined : options.idleTimeoutMs
  const decoder = new TextDecoder('utf-8')
  const frames = new FrameDecoder(options.onMalformed, options.format)
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined
  let bodyEnded = false
  let closed = false

  return {
    async pull() {
      frames.throwIfFailed()
      if (frames.ended) return null
      if (bodyEnded) {
        throw new InteractiveFormError({
          kind: 'interrupted',
          message: 'The stream ended without an END_OF_RESPONSE chunk',
        })
      }
      if (signal?.aborted) throw abortedError(signal)
      reader ??= body.getReader()
      const { done, value } = await readChunk(reader, signal, idleTimeoutMs)
      if (closed) return null
      if (done) {
        bodyEnded = true
        frames.finish(decoder.decode())
      } else {
        frames.feed(decoder.decode(value, STREAMING))
      }
      return frames.take()
    },
    close() {
      closed = true
      // Cancelling also settles a read still pending after an abort or timeout; a body never read is left alone.
      reader?.cancel().catch(ignore)
    },
  }
}

/** Turns decoded text into events; framing-agnostic above `handleData`. */
class FrameDecoder {
  /** An `END_OF_RESPONSE` chunk was accepted. */
  ended = false
  #events: InteractiveFormStreamEvent[] = []
  #failure: InteractiveFormError | undefined
  #format: StreamFormat | undefined
  /** Text seen before the format could be decided (whitespace only). */
  #undecided = ''
  /** NDJSON: pieces of a line whose newline has not arrived yet. */
  #partialLine: string[] = []
  /** Finishing: a frame that fails now is the torn tail of a cut stream, which `interrupted` reports. */
  #finishing = false
  readonly #parser = createParser({ onEvent: (message) => this.#handleMessage(message) })

  readonly #onMalformed: ((error: InteractiveFormError) => void) | undefined

  constructor(onMalformed: ((error: InteractiveFormError) => void) | undefined, format: StreamFormat | undefined) {
    this.#onMalformed = onMalformed
    this.#format = format
  }

  feed(text: string): void {
    if (text === '' || this.ended || this.#failure) return
    if (this.#format === undefined) {
      this.#undecided += text
      const first = /\S/.exec(this.#undecided)
      if (first === null) return
      this.#format = first[0] === '{' ? 'ndjson' : 'sse'
      text = this.#undecided
      this.#undecided = ''
    }
    if (this.#format === 'sse') this.#feedEvents(text)
    else this.#feedLines(text)
  }

  #feedEvents(text: string): void {
    // eventsource-parser joins a pending partial line with the whole next
    // piece (a copy of every piece). Feeding the head up to the first line
    // break on its own keeps that copy to the head; slices share the text.
    const newline = text.indexOf('\n')
    if (newline <= 0 || newline === text.length - 1) {
      this.#parser.feed(text)
      return
    }
    this.#parser.feed(text.slice(0, newline + 1))
    this.#parser.feed(text.slice(newline + 1))
  }

  /** The body ended: dispatch a last event or line that lacked its terminator. */
  finish(rest: string): void {
    this.feed(rest)
    this.#finishing = true
    if (this.#format === 'sse') this.#parser.feed('\n\n')
    else if (this.#format === 'ndjson') this.#feedLines('\n')
  }

  /** The events parsed since the last call. */
  take(): readonly InteractiveFormStreamEvent[] {
    const events = this.#events
    this.#events = []
    return events
  }

  /** Throws the `{error}` event that stopped the stream, once the events before it are out. */
  throwIfFailed(): void {
    if (this.#failure) throw this.#failure
  }

  #feedLines(text: string): void {
    let start = 0
    let newline = text.indexOf('\n')
    if (newline === -1) {
      this.#partialLine.push(text)
      return
    }
    if (this.#partialLine.length > 0) {
      this.#partialLine.push(text.slice(0, newline))
      const line = this.#partialLine.join('')
      this.#partialLine = []
      this.#handleData(line)
      start = newline + 1
      newline = text.indexOf('\n', start)
    }
    while (newline !== -1) {
      this.#handleData(text.slice(start, newline))
      start = newline + 1
      newline = text.indexOf('\n', start)
    }
    if (start < text.length) this.#partialLine.push(text.slice(start))
  }

  #handleMessage(message: EventSourceMessage): void {
    if (message.event === 'error') this.#handleErrorEvent(message.data)
    else this.#handleData(message.data)
  }

  #handleData(data: string): void {
    if (this.ended || this.#failure) return
    let payload: unknown
    try {
      payload = JSON.parse(data)
    } catch (cause) {
      const trimmed = data.trim()
      // Blank lines (NDJSON keep-alives, `\r\n`) and the `[DONE]` sentinel carry nothing.
      if (trimmed === '' || trimmed === '[DONE]') return
      this.#malformed('the frame is not JSON', data, cause)
      return
    }
    // The common case, checked inline: `{responseChunk: {chunkType: string, …}, …}`.
    if (typeof payload === 'object' && payload !== null) {
      const chunk = (payload as { responseChunk?: unknown }).responseChunk
      if (typeof chunk === 'object' && chunk !== null && typeof (chunk as { chunkType?: unknown }).chunkType === 'string') {
        this.#accept(payload as InteractiveFormStreamEvent)
        return
      }
    }
    this.#handleOtherPayload(payload, data)
  }

  /** Wrapped events, `{error}` events, whole replies and malformed frames. */
  #handleOtherPayload(payload: unknown, raw: string): void {
    if (!isRecord(payload)) {
      this.#malformed('the frame is not a JSON object', raw)
      return
    }
    let event = payload
    if (event.responseChunk === undefined && isRecord(event.result)) event = event.result
    if (event.responseChunk === undefined && event.error !== undefined && event.error !== null) {
      this.#failure = streamErrorFromBody(event.error)
      return
    }
    if (isChunk(event.responseChunk)) {
      this.#accept(event as unknown as InteractiveFormStreamEvent)
      return
    }
    // A whole standard reply sent down the streamed route (some proxies buffer): expand it.
    if (Array.isArray(event.responseChunks) && event.responseChunks.every(isChunk)) {
      const chunks = event.responseChunks as ResponseChunk[]
      const session = isRecord(event.interactiveFormSession) ? (event.interactiveFormSession as unknown as InteractiveFormSession) : undefined
      chunks.forEach((responseChunk, index) => {
        this.#accept(index === 0 && session ? { responseChunk, interactiveFormSession: session } : { responseChunk })
      })
      return
    }
    this.#malformed('the frame has no responseChunk', raw)
  }

  #accept(event: InteractiveFormStreamEvent): void {
    if (this.ended) return
    this.#events.push(event)
    if (event.responseChunk.chunkType === 'END_OF_RESPONSE') this.ended = true
  }

  #handleErrorEvent(data: string): void {
    if (this.ended || this.#failure) return
    let body: unknown = data
    try {
      body = JSON.parse(data)
    } catch {
      // A plain-text error message.
    }
    this.#failure = streamErrorFromBody(isRecord(body) && body.error !== undefined ? body.error : body)
  }

  #malformed(reason: string, raw: string, cause?: unknown): void {
    if (this.#finishing) return
    const preview = raw.length > 200 ? `${raw.slice(0, 200)}…` : raw
    this.#onMalformed?.(
      new InteractiveFormError({
        kind: 'protocol',
        message: `Skipped a malformed stream frame: ${reason}`,
        details: { frame: preview },
        cause,
      }),
    )
  }
}

/** `{error: {message, code | details.applicationError.code}}` (or a plain message) → a `protocol` error. */
function streamErrorFromBody(error: unknown): InteractiveFormError {
  const fields = wixErrorFields(typeof error === 'string' && error.trim() !== '' ? { message: error } : error)
  return new InteractiveFormError({ kind: 'protocol', ...fields, message: fields.message ?? 'The service reported an error in the stream' })
}

async function readChunk(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  signal: AbortSignal | undefined,
  idleTimeoutMs: number | undefined,
): Promise<ReadableStreamReadResult<Uint8Array>> {
  // The caller checked `signal.aborted` just before.
  const scope = new RequestScope(signal, idleTimeoutMs)
  try {
    return await scope.race(reader.read(), readError)
  } finally {
    scope.dispose()
  }
}

/** The connection broke mid-stream: what arrived was yielded, the rest is lost. */
function readError(cause: unknown): InteractiveFormError {
  if (cause instanceof InteractiveFormError) return cause
  return new InteractiveFormError({ kind: 'interrupted', message: 'The stream broke off mid-response', cause })
}
