/**
 * The recorded form of a conversation's HTTP traffic: plain JSON, so it can
 * be saved as a fixture file and replayed in tests.
 */

/** A fetch as formtalk calls it; `globalThis.fetch` fits, and so do `recordTranscript().fetch` and `createReplayFetch()`. */
export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>

/** One piece of a response body exactly as it arrived. */
export interface RecordedChunk {
  /** Milliseconds from the request's start until the piece arrived. */
  atMs: number
  /** The bytes, base64-encoded (a piece may end inside a UTF-8 character). */
  base64: string
}

/** An error as recorded: enough to throw an equivalent one on replay. */
export interface RecordedError {
  /** `AbortError`, `TypeError`, … */
  name: string
  /** The error's message. */
  message: string
}

/** A request as recorded (never its headers). */
export interface RecordedRequest {
  /** The HTTP method, e.g. `POST`. */
  method: string
  /** Path and query of the URL (no origin), e.g. `/forms/ai/v1/interactive-form-sessions/create-streamed`. */
  path: string
  /** The body as text; `null` without a body. */
  body: string | null
}

/** A response as recorded. */
export interface RecordedResponse {
  /** The HTTP status. */
  status: number
  /** The HTTP status text (often empty over HTTP/2). */
  statusText: string
  /** Only `content-type` and `retry-after` (never cookies or auth). */
  headers: Record<string, string>
  /** Milliseconds from the request's start until the response headers arrived. */
  atMs: number
  /** The body's pieces in order; empty for a response without a body. */
  chunks: RecordedChunk[]
  /**
   * How the body ended: `complete`; `cancelled` by the reader (e.g. after
   * `END_OF_RESPONSE`); `error` with `error` set (the connection broke or
   * the request was aborted); `pending` while still arriving.
   */
  end: 'complete' | 'cancelled' | 'error' | 'pending'
  /** Why the body ended with `error`. */
  error?: RecordedError
}

/** One request and what came back. */
export interface RecordedExchange {
  /** What was sent. */
  request: RecordedRequest
  /** Milliseconds from the start of the recording until the request went out. */
  startMs: number
  /** Absent when `fetch` itself failed (then `error` is set) or is still waiting. */
  response?: RecordedResponse
  /** Set when `fetch` rejected (network failure, abort before the headers). */
  error?: RecordedError
}

/** A whole recording (`recordTranscript().transcript()`), ready to save as JSON and replay. */
export interface RecordedTranscript {
  /** The format's version; always `1`. */
  version: 1
  /** The exchanges, in the order their requests were recorded. */
  exchanges: RecordedExchange[]
}
