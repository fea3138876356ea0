/**
 * A typed client for the Wix Forms Interactive Form Sessions REST API. No
 * React, no state: each method is one HTTP call whose REST body comes back
 * unchanged, and every failure is an `InteractiveFormError`.
 */
import { currentClientTime } from './client-time'
import { RequestScope } from './request-scope'
import { InteractiveFormError } from './errors'
import { isRecord } from './is-record'
import { httpErrorFromResponse } from './http-error'
import { BatchIterator, type BatchedAsyncGenerator, type BatchSource } from './batch-iterator'
import { describe, ignore, inputTooLongError, isChunk, protocolError, validationError } from './request-errors'
import { createStreamEventSource, streamFormatFromContentType } from './stream-reader'
import {
  DEFAULT_BASE_URL,
  FORMS_PATH,
  type ClientTime,
  type CreateInteractiveFormSessionRequest,
  type CurrentValues,
  type InteractiveFormResponse,
  type InteractiveFormStreamEvent,
  type SendUserMessageRequest,
  type WixForm,
} from './wire-types'

/** The service's SLA: every method answers within 15 seconds. */
export const DEFAULT_TIMEOUT_MS = 15_000

/** The subset of `fetch` the client calls. `globalThis.fetch` fits. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>

/** What a `headers` function is told about the request it is for. */
export interface RequestHeadersContext {
  /** The request's method: `GET` for `getForm`, else `POST`. */
  method: 'GET' | 'POST'
  /** The full URL the request goes to. */
  url: string
  /** Aborted when the caller aborts or the request times out; pass it on to a token fetch. */
  signal: AbortSignal
}

/** Options of `createInteractiveFormClient`; all optional. */
export interface InteractiveFormClientOptions {
  /**
   * The Interactive Form Sessions endpoint, or your same-origin proxy of it
   * (a path such as `/api/interactive-form-sessions` works). A trailing slash
   * is ignored. Default: `DEFAULT_BASE_URL`
   * (`https://www.wixapis.com/forms/ai/v1/interactive-form-sessions`).
   */
  baseUrl?: string | undefined
  /**
   * Where `getForm` reads form schemas (`{formsBaseUrl}/{formId}` answers
   * `{form}`). Default: `/form-schema-service/v4/forms` on the origin of
   * `baseUrl` (root-relative when `baseUrl` is a path).
   */
  formsBaseUrl?: string | undefined
  /**
   * The `fetch` to call, e.g. one that adds tracing. Default:
   * `globalThis.fetch`, looked up at each call (so test spies and polyfills
   * installed later are used).
   */
  fetch?: FetchFunction | undefined
  /**
   * Extra request headers, merged over the defaults (so they may replace
   * `Content-Type` or `Accept`). Either a fixed object, or a function called
   * before every request — sync or async — e.g. to attach a fresh OAuth
   * access token as `Authorization`. Never put a Wix API key here in a
   * browser: call a same-origin proxy that adds it. Default: none.
   */
  headers?: HeadersInit | ((context: RequestHeadersContext) => HeadersInit | Promise<HeadersInit>) | undefined
  /**
   * Milliseconds to wait before failing with kind `timeout`. For JSON methods
   * it covers the whole call; for streamed methods it covers the wait for the
   * response headers and then each silence between two pieces of the body (an
   * idle timeout), so a long but healthy stream is never cut. `0` or
   * `Infinity` disables it. Default: `15_000` (the service's SLA).
   */
  timeoutMs?: number | undefined
}

/** Per-call options every method takes. */
export interface RequestOptions {
  /** Aborts the request (and the stream read); the call then fails with kind `aborted`. Default: none. */
  signal?: AbortSignal | undefined
}

/** Options of `createInteractiveFormSession` (and its streamed form). */
export interface CreateInteractiveFormSessionOptions extends RequestOptions {
  /** Known field values keyed by field `target`, to pre-fill or resume the form. Default: none. */
  currentValues?: CurrentValues | null | undefined
  /** Run the whole flow without a real submission. Fixed for the session. Default: `false` (omitted). */
  dryRun?: boolean | undefined
  /** The user's clock. Default: filled from `new Date()` and the runtime's IANA time zone. */
  clientTime?: ClientTime | undefined
}

/** Options of `sendUserMessage` (and its streamed form): a non-empty `input` or `currentValues` is required, else the call fails with kind `validation`. */
export interface SendUserMessageOptions extends RequestOptions {
  /** The user's message, at most `MAX_INPUT_LENGTH` (10,000) characters. Default: none. */
  input?: string | null | undefined
  /** Field values that override the session's values for the same targets. Default: none. */
  currentValues?: CurrentValues | null | undefined
}

/** Options of reading a streamed reply. */
export interface StreamReadOptions {
  /**
   * Told about each malformed frame (kind `protocol`) that is skipped; the
   * conversation goes on. Default: skipped silently.
   */
  onMalformed?: ((error: InteractiveFormError) => void) | undefined
}

/**
 * What a streamed method returns: the reply's events, in order, as they
 * arrive. Streams from `createInteractiveFormClient` also offer `batches()`
 * (the same events grouped per network read; see `BatchedAsyncGenerator`); a
 * client of your own may return any async iterable.
 */
export type InteractiveFormEventStream = AsyncIterable<InteractiveFormStreamEvent> & {
  /** The same events grouped per network read; optional for a client of your own. */
  batches?(): AsyncIterable<readonly InteractiveFormStreamEvent[]>
}

/** Options of `createInteractiveFormSessionStreamed`: the create options plus the stream read options. */
export type CreateInteractiveFormSessionStreamedOptions = CreateInteractiveFormSessionOptions & StreamReadOptions
/** Options of `sendUserMessageStreamed`: the send options plus the stream read options. */
export type SendUserMessageStreamedOptions = SendUserMessageOptions & StreamReadOptions

/** The Interactive Form Sessions methods, named as in Wix's SDK. */
export interface InteractiveFormClient {
  /** The normalised endpoint (no trailing slash). */
  readonly baseUrl: string
  /** The normalised form schema endpoint (no trailing slash). */
  readonly formsBaseUrl: string
  /** Starts a session: `POST {baseUrl}`. */
  createInteractiveFormSession(formId: string, options?: CreateInteractiveFormSessionOptions): Promise<InteractiveFormResponse>
  /** Sends the user's message and/or values: `POST {baseUrl}/{id}/send-user-message`. */
  sendUserMessage(interactiveFormSessionId: string, options: SendUserMessageOptions): Promise<InteractiveFormResponse>
  /**
   * Starts a session and streams the reply: `POST {baseUrl}/create-streamed`.
   * Lazy: the request goes out when iteration starts.
   */
  createInteractiveFormSessionStreamed(
    formId: string,
    options?: CreateInteractiveFormSessionStreamedOptions,
  ): InteractiveFormEventStream
  /**
   * Sends a message and streams the reply: `POST {baseUrl}/{id}/send-user-message-streamed`.
   * Lazy: the request goes out when iteration starts.
   */
  sendUserMessageStreamed(interactiveFormSessionId: string, options: SendUserMessageStreamedOptions): InteractiveFormEventStream
  /** Reads a form's schema: `GET {formsBaseUrl}/{formId}` → its `form`. */
  getForm(formId: string, options?: RequestOptions): Promise<WixForm>
}

/** Builds an `InteractiveFormClient` (no request is made until a method is called). */
export function createInteractiveFormClient(options: InteractiveFormClientOptions = {}): InteractiveFormClient {
  const baseUrl = trimTrailingSlashes(options.baseUrl ?? DEFAULT_BASE_URL)
  const formsBaseUrl = trimTrailingSlashes(options.formsBaseUrl ?? `${originOf(baseUrl)}${FORMS_PATH}`)
  const timeoutMs = options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : options.timeoutMs
  const limitMs = timeoutMs > 0 && timeoutMs !== Infinity ? timeoutMs : undefined
  const customFetch = options.fetch
  const headersOption = options.headers

  /** Sends the request; a non-2xx answer throws its `http` error. */
  async function send(scope: RequestScope, method: 'GET' | 'POST', url: string, body: string | undefined, accept: string): Promise<Response> {
    const headers = await scope.race(buildHeaders(method, url, body !== undefined, accept, headersOption, scope.signal), 'Could not prepare the request headers')
    const init: RequestInit = body === undefined ? { method, headers, signal: scope.signal } : { method, headers, body, signal: scope.signal }
    // Looked up at each call, so spies and polyfills installed after the client is built are used.
    const response = await scope.race((async () => (customFetch ?? globalThis.fetch)(url, init))(), `The request to ${url} failed`)
    if (response.ok) return response
    let text: string | undefined
    try {
      text = await scope.race(response.text(), 'The connection broke while reading the error')
    } catch {
      // The status alone still tells what happened.
    }
    throw httpErrorFromResponse(response, text)
  }

  async function requestJson<T>(
    method: 'GET' | 'POST',
    url: string,
    body: string | undefined,
    signal: AbortSignal | undefined,
    read: (value: unknown) => T,
  ): Promise<T> {
    const scope = new RequestScope(signal, limitMs)
    try {
      const response = await send(scope, method, url, body, 'application/json')
      const text = await scope.race(response.text(), 'The connection broke while reading the answer')
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch (cause) {
        throw protocolError(`The answer is not JSON (content type ${response.headers.get('content-type') ?? 'none'})`, cause)
      }
      return read(value)
    } finally {
      scope.dispose()
    }
  }

  /**
   * A streamed call as a lazy iterator: the request goes out on the first
   * `next()`, then reading is handed to the stream reader's source directly
   * (no generator in between: a busy stream costs one promise per event, or
   * per network read through `batches()`).
   */
  function requestStream(
    prepare: () => { url: string; body: string },
    options: RequestOptions & StreamReadOptions,
  ): BatchedAsyncGenerator<InteractiveFormStreamEvent> {
    let events: BatchSource<InteractiveFormStreamEvent> | undefined
    let scope: RequestScope | undefined
    let closed = false
    return new BatchIterator<InteractiveFormStreamEvent>({
      async pull() {
        if (events === undefined) {
          try {
            events = await open()
          } catch (error) {
            if (closed) return null
            throw error
          }
          if (closed) {
            events.close()
            return null
          }
        }
        return events.pull()
      },
      close() {
        closed = true
        // Closed while the request is in flight: abort it.
        scope?.cancel()
        events?.close()
      },
    })

    async function open(): Promise<BatchSource<InteractiveFormStreamEvent>> {
      const { url, body } = prepare()
      const requestScope = new RequestScope(options.signal, limitMs)
      scope = requestScope
      let response: Response
      try {
        response = await send(requestScope, 'POST', url, body, 'text/event-stream')
      } finally {
        // From here the stream reader runs the idle timeout and watches the caller's signal.
        requestScope.dispose()
        scope = undefined
      }
      const contentType = response.headers.get('content-type')
      // No content type (a bare ReadableStream body) or a text/JSON flavour is fine; an HTML error page is not.
      if (contentType && !/event-stream|json|text\/plain|octet-stream/i.test(contentType)) {
        response.body?.cancel().catch(ignore)
        throw protocolError(`Expected an event stream, got content type ${contentType}`)
      }
      if (response.body === null) throw protocolError('The streamed answer has no body')
      return createStreamEventSource(response.body, {
        signal: options.signal,
        idleTimeoutMs: limitMs,
        format: streamFormatFromContentType(contentType),
        onMalformed: options.onMalformed,
      })
    }
  }

  function createBody(formId: string, options: CreateInteractiveFormSessionOptions): string {
    const request: CreateInteractiveFormSessionRequest = { formId: requireId(formId, 'formId') }
    if (options.currentValues !== undefined) request.currentValues = options.currentValues
    if (options.dryRun !== undefined) request.dryRun = options.dryRun
    request.clientTime = options.clientTime ?? currentClientTime()
    return toJson(request)
  }

  function sendBody(sessionId: string, options: SendUserMessageOptions): string {
    const request: SendUserMessageRequest = { interactiveFormSessionId: sessionId }
    const { input, currentValues } = options
    const tooLong = typeof input === 'string' ? inputTooLongError(input) : undefined
    if (tooLong) throw tooLong
    const hasInput = typeof input === 'string' && input.trim() !== ''
    if (!hasInput && !(currentValues && Object.keys(currentValues).length > 0)) {
      throw new InteractiveFormError({ kind: 'validation', code: 'EMPTY_REQUEST', message: 'Nothing to send: give a non-empty input or currentValues' })
    }
    if (input !== undefined) request.input = input
    if (currentValues !== undefined) request.currentValues = currentValues
    return toJson(request)
  }

  function sessionUrl(sessionId: string, action: string): string {
    return `${idUrl(baseUrl, sessionId, 'interactiveFormSessionId')}/${action}`
  }

  return {
    baseUrl,
    formsBaseUrl,

    async createInteractiveFormSession(formId, options = {}) {
      return requestJson('POST', baseUrl, createBody(formId, options), options.signal, readInteractiveFormResponse)
    },

    async sendUserMessage(sessionId, options) {
      const url = sessionUrl(sessionId, 'send-user-message')
      return requestJson('POST', url, sendBody(sessionId, options), options.signal, readInteractiveFormResponse)
    },

    // Validation errors of a stream surface on the first `next()`, like its other failures.
    createInteractiveFormSessionStreamed(formId, options = {}) {
      return requestStream(() => ({ url: `${baseUrl}/create-streamed`, body: createBody(formId, options) }), options)
    },

    sendUserMessageStreamed(sessionId, options) {
      return requestStream(() => ({ url: sessionUrl(sessionId, 'send-user-message-streamed'), body: sendBody(sessionId, options) }), options)
    },

    async getForm(formId, options = {}) {
      return requestJson('GET', idUrl(formsBaseUrl, formId, 'formId'), undefined, options.signal, readFormResponse)
    },
  }
}

async function buildHeaders(
  method: 'GET' | 'POST',
  url: string,
  hasBody: boolean,
  accept: string,
  option: InteractiveFormClientOptions['headers'],
  signal: AbortSignal,
): Promise<Headers> {
  const headers = new Headers({ Accept: accept })
  if (hasBody) headers.set('Content-Type', 'application/json')
  const extra = typeof option === 'function' ? await option({ method, url, signal }) : option
  if (extra !== undefined) new Headers(extra).forEach((value, name) => headers.set(name, value))
  return headers
}

function readInteractiveFormResponse(value: unknown): InteractiveFormResponse {
  if (!isRecord(value)) throw protocolError('The answer is not a JSON object')
  const session = value.interactiveFormSession
  if (!isRecord(session) || typeof session.id !== 'string') throw protocolError('The answer has no interactiveFormSession with an id')
  const chunks = value.responseChunks
  // Proto3 JSON may leave out an empty list; callers always get an array.
  if (chunks === undefined || chunks === null) return { ...value, responseChunks: [] } as unknown as InteractiveFormResponse
  if (!Array.isArray(chunks) || !chunks.every(isChunk)) throw protocolError('responseChunks is not a list of chunks')
  return value as unknown as InteractiveFormResponse
}

function readFormResponse(value: unknown): WixForm {
  const form = isRecord(value) ? value.form : undefined
  if (!isRecord(form) || !Array.isArray(form.formFields)) throw protocolError('The answer has no form with formFields')
  return form as unknown as WixForm
}

function requireId(value: string, name: 'formId' | 'interactiveFormSessionId'): string {
  if (typeof value !== 'string' || value.trim() === '') throw validationError(`${name} must be a non-empty string`, name, 'must not be empty', 'REQUIRED_FIELD')
  return value
}

/** `{base}/{id}`, the id checked and encoded. */
function idUrl(base: string, id: string, name: 'formId' | 'interactiveFormSessionId'): string {
  return `${base}/${encodeURIComponent(requireId(id, name))}`
}

function toJson(request: object): string {
  try {
    return JSON.stringify(request)
  } catch (cause) {
    throw new InteractiveFormError({ kind: 'validation', message: `The request cannot be sent as JSON: ${describe(cause)}`, cause })
  }
}

function trimTrailingSlashes(url: string): string {
  return url.replace(/\/+$/, '')
}

function originOf(url: string): string {
  return /^[a-z][a-z\d+.-]*:\/\/[^/?#]+/i.exec(url)?.[0] ?? ''
}
