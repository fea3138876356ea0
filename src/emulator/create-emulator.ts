/**
 * The emulator as one standard Fetch handler: the four Interactive Form
 * Sessions endpoints, the form schema endpoint, and test helpers under
 * `/_emulator/`. The same `fetch` serves every transport — pass it as a
 * client's `fetch`, mount it as dev-server middleware, or run it behind
 * `startEmulatorServer`. Runs in browsers and Node alike (no Node APIs here).
 */
import {
  MAX_INPUT_LENGTH,
  type ClientTime,
  type CurrentValues,
  type InteractiveFormSession,
  type JsonValue,
  type ResponseChunk,
  type WixForm,
} from '../api/wire-types'
import { FORMS_PATH } from '../api/wire-types'
import { endOfResponseChunk, errorChunk } from './chunks'
import { messageTurn, newSessionRecord, openingTurn, type EmulatorSubmission, type SessionRecord, type TurnResult } from './conversation'
import { abortReason, delay } from './delay'
import { CORS_HEADERS, applicationError, jsonResponse, validationError } from './errors'
import { isKnownTimeZone } from './extract/date'
import {
  EmulatedNetworkError,
  FAULT_HEADER,
  FAULT_NAMES,
  FaultSchedule,
  isFaultName,
  type FaultName,
  type FaultPlan,
  type FaultSelector,
  type SessionEndpoint,
} from './faults'
import { guid, type RandomSource } from './ids'
import { sampleForms } from './sample-forms'
import { SessionStore } from './sessions'
import { EVENT_STREAM_CONTENT_TYPE, frameStream, splitTextChunks, sseFrame, streamEvents } from './sse'

/** Where the service lives, relative to the origin. */
export const SESSIONS_PATH = '/forms/ai/v1/interactive-form-sessions'
/** Where the Form Schemas API serves a form: `GET {FORM_SCHEMA_PATH}/{formId}` → `{form}` (the client's `FORMS_PATH`). */
export const FORM_SCHEMA_PATH = FORMS_PATH
/** Test-only helpers. */
export const EMULATOR_PATH = '/_emulator'

/** Largest request body accepted, in characters (a 10,000-character input plus generous `currentValues`). */
const MAX_BODY_LENGTH = 1_000_000

/** Options of `createEmulator`; all optional (a negative or non-finite time takes its default). */
export interface EmulatorOptions {
  /** The form schemas to serve, by their `id`. Default: the package's sample forms (`sampleForms`). */
  forms?: readonly WixForm[] | undefined
  /** Pause between two events of a streamed reply, in ms. Default: `0`. */
  chunkDelayMs?: number | undefined
  /** Wait before answering any API request, in ms. Default: `0`. */
  latencyMs?: number | undefined
  /** Add `DEBUG` chunks describing what was extracted and why. Default: `false`. */
  debug?: boolean | undefined
  /** The clock. Default: `() => new Date()`. */
  now?: (() => Date) | undefined
  /** Random numbers in [0, 1) for ids. Default: `Math.random`; pass `seededRandom(seed)` for stable ids. */
  random?: RandomSource | undefined
  /**
   * Faults for session requests without an `x-emulator-fault` header: a
   * queue of `{fault, times?}` consumed in order, or a function picking one
   * per request. Default: none.
   */
  faults?: readonly FaultPlan[] | FaultSelector | undefined
  /** How long the `slow` fault waits, in ms. Default: `20_000` (past the client's 15 s timeout). */
  faultDelayMs?: number | undefined
  /** A session untouched for this long is forgotten (then 404), in ms. Default: 30 minutes. */
  sessionIdleMs?: number | undefined
  /** Most sessions held at once (at least 1; fractions round down); the least recently used go first. Default: `10_000`, also for a value that is not a number. */
  maxSessions?: number | undefined
}

/** A session as the emulator holds it, for assertions. A copy: changing it changes nothing. */
export interface EmulatorSessionSnapshot {
  /** The session's id. */
  id: string
  /** The form it fills. */
  formId: string
  /** Whether it was created with `dryRun`. */
  dryRun: boolean
  /** `submitted` once the form was submitted, else `open`. */
  status: 'open' | 'submitted'
  /** The values collected so far, by field target. */
  values: Record<string, JsonValue>
  /** The field the last reply asked for. */
  pendingFieldTarget?: string
  /** Optional fields the user chose to skip. */
  skippedFieldTargets: string[]
  /** The submission's id, once submitted. */
  submissionId?: string
  /** The checkout id of a submitted purchase. */
  checkoutId?: string
  /** When the session was created (ISO 8601). */
  createdDate: string
  /** When the session last received a request (ISO 8601). */
  lastActivityDate: string
  /** Messages received after create. */
  turns: number
}

/** What `createEmulator` returns: the Fetch handler plus helpers for tests. */
export interface Emulator {
  /** The Fetch API handler. Accepts a `Request`, or `fetch`'s own `(input, init)` arguments, so it can stand in for `fetch`. */
  fetch(input: Request | URL | string, init?: RequestInit): Promise<Response>
  /** The loaded forms. */
  readonly forms: readonly WixForm[]
  /** The loaded form with this id, or `undefined`. */
  getForm(formId: string): WixForm | undefined
  /** A snapshot of a live session, or `undefined` (unknown or expired). */
  getSession(sessionId: string): EmulatorSessionSnapshot | undefined
  /** Live sessions, least recently active first. */
  sessions(): EmulatorSessionSnapshot[]
  /** Stored submissions, oldest first. Dry runs are not stored as submissions; `includeDryRuns` lists them too (with `dryRun: true`). */
  submissions(options?: { includeDryRuns?: boolean }): EmulatorSubmission[]
  /** Queues a fault for the next `times` (default 1) session requests. */
  queueFault(fault: FaultName, times?: number): void
  /** Drops the queued faults (a `faults` function stays). */
  clearFaults(): void
  /** Forgets every session, submission and queued fault. */
  reset(): void
}

/** The parts of a request the emulator reads. */
interface EmulatorRequest {
  method: string
  url: URL
  headers: Headers
  signal: AbortSignal | undefined
  text(): Promise<string>
}

type Route =
  | { kind: 'create'; streamed: boolean }
  | { kind: 'send'; streamed: boolean; sessionId: string }
  | { kind: 'form-schema'; formId: string }
  | { kind: 'emulator'; resource: string[] }

const POST_ONLY = { allow: 'POST, OPTIONS', methods: ['POST'] }
const GET_ONLY = { allow: 'GET, OPTIONS', methods: ['GET'] }

/** Builds an in-memory emulator of the Interactive Form Sessions service (and the form schema endpoint). */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const now = options.now ?? (() => new Date())
  const random = options.random ?? Math.random
  const chunkDelayMs = nonNegative(options.chunkDelayMs, 0)
  const latencyMs = nonNegative(options.latencyMs, 0)
  const faultDelayMs = nonNegative(options.faultDelayMs, 20_000)
  const debug = options.debug === true
  const forms = loadForms(options.forms ?? sampleForms)
  const sessions = new SessionStore({ idleMs: nonNegative(options.sessionIdleMs, 30 * 60_000), maxSessions: sessionLimit(options.maxSessions) })
  const faults = new FaultSchedule(options.faults)
  const submissions: EmulatorSubmission[] = []
  const dryRuns: EmulatorSubmission[] = []
  const newId = () => guid(random)

  async function handle(request: EmulatorRequest): Promise<Response> {
    const method = request.method.toUpperCase()
    const route = routeOf(request.url.pathname)
    if (!route) return applicationError(404, 'NOT_FOUND', `No endpoint at ${request.url.pathname}`)
    if (method === 'OPTIONS') return new Response(null, { status: 204, headers: { ...CORS_HEADERS } })
    const allowed = route.kind === 'create' || route.kind === 'send' ? POST_ONLY : route.kind === 'form-schema' ? GET_ONLY : emulatorMethods(route.resource)
    if (!allowed.methods.includes(method)) {
      return applicationError(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${request.url.pathname}; use ${allowed.methods.join(' or ')}`, undefined, {
        allow: allowed.allow,
      })
    }
    if (route.kind === 'emulator') return handleEmulatorRoute(route.resource, method, request)

    const headerFault = request.headers.get(FAULT_HEADER)?.trim()
    if (headerFault && !isFaultName(headerFault)) {
      return validationError(FAULT_HEADER, `must be one of ${FAULT_NAMES.join(', ')}`, 'ENUM')
    }
    if (route.kind === 'form-schema') {
      const fault = headerFault as FaultName | undefined
      await delay(latencyMs, request.signal)
      const failure = await preProcessingFault(fault, request.signal)
      if (failure) return failure
      const form = forms.get(route.formId)
      if (!form) return applicationError(404, 'NOT_FOUND', `Form ${route.formId} not found`, { formId: route.formId })
      return jsonResponse(200, { form })
    }

    const text = await request.text()
    if (text.length > MAX_BODY_LENGTH) return applicationError(413, 'PAYLOAD_TOO_LARGE', `The request body is over ${MAX_BODY_LENGTH} characters`)
    const body = parseBody(text)
    if (body instanceof Response) return body
    const parsed = route.kind === 'create' ? readCreateBody(body) : readSendBody(body, route.sessionId)
    if (parsed instanceof Response) return parsed

    const endpoint: SessionEndpoint = route.kind === 'create' ? (route.streamed ? 'create-streamed' : 'create') : route.streamed ? 'send-streamed' : 'send'
    const fault =
      (headerFault as FaultName | undefined) ??
      faults.next({
        endpoint,
        method,
        path: request.url.pathname,
        ...(parsed.kind === 'create' ? { formId: parsed.formId } : { sessionId: parsed.sessionId }),
        ...(parsed.kind === 'send' && parsed.input !== undefined ? { input: parsed.input } : {}),
      })

    await delay(latencyMs, request.signal)
    const failure = await preProcessingFault(fault, request.signal)
    if (failure) return failure

    let session: SessionRecord
    let result: TurnResult
    if (parsed.kind === 'create') {
      const form = forms.get(parsed.formId)
      if (!form) return applicationError(404, 'NOT_FOUND', `Form ${parsed.formId} not found`, { formId: parsed.formId })
      const at = now()
      session = newSessionRecord({ id: newId(), form, dryRun: parsed.dryRun, clientTime: parsed.clientTime, now: at })
      if (fault === 'error-chunk') result = { chunks: [emulatedErrorChunk()] }
      else result = openingTurn(session, parsed.currentValues, { now: at, newId, debug })
      sessions.add(session, at)
    } else {
      const at = now()
      const found = sessions.touch(parsed.sessionId, at)
      if (!found) return applicationError(404, 'NOT_FOUND', `Interactive form session ${parsed.sessionId} not found (unknown or expired)`, { interactiveFormSessionId: parsed.sessionId })
      session = found
      if (fault === 'error-chunk') result = { chunks: [emulatedErrorChunk()] }
      else result = messageTurn(session, parsed.input, parsed.currentValues, { now: at, newId, debug })
    }
    if (result.submission) (result.submission.dryRun ? dryRuns : submissions).push(result.submission)

    const wireSession: InteractiveFormSession = parsed.kind === 'create' ? { id: session.id, formId: session.formId, form: session.form } : { id: session.id, formId: session.formId }
    const streamed = route.streamed
    const chunks = withFaultChunks(streamed ? splitTextChunks(result.chunks) : result.chunks, fault)
    return streamed ? streamedResponse(chunks, wireSession, fault, request.signal) : standardResponse(chunks, wireSession, fault)
  }

  async function preProcessingFault(fault: FaultName | undefined, signal: AbortSignal | undefined): Promise<Response | undefined> {
    switch (fault) {
      case 'network':
        throw new EmulatedNetworkError()
      case 'http-500':
        return applicationError(500, 'INTERNAL', 'Internal server error (emulated fault)')
      case 'http-503':
        return applicationError(503, 'UNAVAILABLE', 'The service is temporarily unavailable (emulated fault)')
      case 'rate-limit':
        return applicationError(429, 'RESOURCE_EXHAUSTED', 'Too many requests (emulated fault); retry after 2 seconds', undefined, { 'retry-after': '2' })
      case 'slow':
        await delay(faultDelayMs, signal)
        return undefined
      default:
        return undefined
    }
  }

  function streamedResponse(chunks: ResponseChunk[], session: InteractiveFormSession, fault: FaultName | undefined, signal: AbortSignal | undefined): Response {
    let frames = streamEvents(chunks, session).map(sseFrame)
    if (fault === 'cut-stream') frames = frames.slice(0, 2)
    if (fault === 'malformed-frame') frames.splice(1, 0, 'data: {"responseChunk": this is not JSON\n\n')
    return new Response(frameStream(frames, { delayMs: chunkDelayMs, signal }), {
      status: 200,
      headers: { 'content-type': EVENT_STREAM_CONTENT_TYPE, 'cache-control': 'no-cache, no-transform', 'x-accel-buffering': 'no', ...CORS_HEADERS },
    })
  }

  function handleEmulatorRoute(resource: string[], method: string, request: EmulatorRequest): Response | Promise<Response> {
    const at = now()
    const [head, id] = resource
    if (head === 'submissions') {
      const includeDryRuns = request.url.searchParams.get('includeDryRuns') === 'true'
      return jsonResponse(200, listSubmissions(includeDryRuns))
    }
    if (head === 'forms') return jsonResponse(200, [...forms.values()])
    if (head === 'sessions' && id === undefined) return jsonResponse(200, sessions.all(at).map(snapshot))
    if (head === 'sessions' && id !== undefined) {
      const record = sessions.peek(id, at)
      return record ? jsonResponse(200, snapshot(record)) : applicationError(404, 'NOT_FOUND', `Interactive form session ${id} not found`)
    }
    if (head === 'reset') {
      reset()
      return new Response(null, { status: 204, headers: { ...CORS_HEADERS } })
    }
    if (head === 'faults') return queueFaultFromRequest(request)
    return applicationError(404, 'NOT_FOUND', `No endpoint at ${request.url.pathname}`)
  }

  async function queueFaultFromRequest(request: EmulatorRequest): Promise<Response> {
    const body = parseBody(await request.text())
    if (body instanceof Response) return body
    if (!isFaultName(body.fault)) return validationError('fault', `must be one of ${FAULT_NAMES.join(', ')}`, 'ENUM')
    const times = body.times === undefined ? 1 : body.times
    if (typeof times !== 'number' || !Number.isInteger(times) || times < 1 || times > 1000) return validationError('times', 'must be a whole number from 1 to 1000', 'RANGE')
    faults.push(body.fault, times)
    return jsonResponse(200, { queued: faults.pending })
  }

  function listSubmissions(includeDryRuns: boolean): EmulatorSubmission[] {
    const all = includeDryRuns ? [...submissions, ...dryRuns].sort((a, b) => a.createdDate.localeCompare(b.createdDate)) : submissions
    return all.map((submission) => structuredClone(submission))
  }

  function reset(): void {
    sessions.clear()
    submissions.length = 0
    dryRuns.length = 0
    faults.clear()
  }

  async function emulatorFetch(input: Request | URL | string, init?: RequestInit): Promise<Response> {
    const request = toEmulatorRequest(input, init)
    if (request.signal?.aborted) throw abortReason(request.signal)
    try {
      return await handle(request)
    } catch (error) {
      // A network fault and an abort reject, as `fetch` would; anything else is our bug and must not take the host down.
      if (error instanceof EmulatedNetworkError || request.signal?.aborted) throw error
      return applicationError(500, 'INTERNAL', 'The emulator failed to process the request')
    }
  }

  return {
    fetch: emulatorFetch,
    get forms() {
      return [...forms.values()]
    },
    getForm: (formId) => forms.get(formId),
    getSession: (sessionId) => {
      const record = sessions.peek(sessionId, now())
      return record ? snapshot(record) : undefined
    },
    sessions: () => sessions.all(now()).map(snapshot),
    submissions: (listOptions) => listSubmissions(listOptions?.includeDryRuns === true),
    queueFault: (fault, times) => faults.push(fault, times),
    clearFaults: () => faults.clear(),
    reset,
  }
}

function standardResponse(chunks: ResponseChunk[], session: InteractiveFormSession, fault: FaultName | undefined): Response {
  const json = JSON.stringify({ interactiveFormSession: session, responseChunks: chunks })
  let body = json
  if (fault === 'cut-stream') body = json.slice(0, Math.floor(json.length / 2))
  if (fault === 'malformed-frame') body = `{"interactiveFormSession": this is not JSON ${json.slice(0, 40)}`
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...CORS_HEADERS } })
}

/** The reply's chunks plus `END_OF_RESPONSE`, bent by the chunk-level faults. */
function withFaultChunks(chunks: ResponseChunk[], fault: FaultName | undefined): ResponseChunk[] {
  const result = [...chunks]
  if (fault === 'unknown-chunk') {
    result.splice(Math.min(1, result.length), 0, {
      chunkType: 'FUTURE_WIDGET',
      futureWidgetDetails: { note: 'A chunk type added to the API after this client was built (emulated fault).' },
    })
  }
  result.push(endOfResponseChunk(fault !== 'end-failure'))
  return result
}

function emulatedErrorChunk(): ResponseChunk {
  return errorChunk('Sorry, something went wrong on our side and I couldn’t process that message. Please try again. (emulated fault)')
}

function routeOf(pathname: string): Route | undefined {
  const path = pathname.replace(/\/+$/, '') || '/'
  if (path === SESSIONS_PATH) return { kind: 'create', streamed: false }
  if (path.startsWith(`${SESSIONS_PATH}/`)) {
    const parts = path.slice(SESSIONS_PATH.length + 1).split('/')
    if (parts.length === 1 && parts[0] === 'create-streamed') return { kind: 'create', streamed: true }
    const [id, action] = parts
    if (parts.length === 2 && id && (action === 'send-user-message' || action === 'send-user-message-streamed')) {
      const sessionId = safeDecode(id)
      if (sessionId !== undefined) return { kind: 'send', streamed: action === 'send-user-message-streamed', sessionId }
    }
    return undefined
  }
  if (path.startsWith(`${FORM_SCHEMA_PATH}/`)) {
    const parts = path.slice(FORM_SCHEMA_PATH.length + 1).split('/')
    const formId = parts.length === 1 && parts[0] ? safeDecode(parts[0]) : undefined
    return formId === undefined ? undefined : { kind: 'form-schema', formId }
  }
  if (path.startsWith(`${EMULATOR_PATH}/`)) {
    const resource = path.slice(EMULATOR_PATH.length + 1).split('/').map((part) => safeDecode(part) ?? '')
    const [head] = resource
    if (head === 'submissions' || head === 'forms' || head === 'reset' || head === 'faults') return resource.length === 1 ? { kind: 'emulator', resource } : undefined
    if (head === 'sessions' && resource.length <= 2) return { kind: 'emulator', resource }
  }
  return undefined
}

function emulatorMethods(resource: string[]): { allow: string; methods: string[] } {
  return resource[0] === 'reset' || resource[0] === 'faults' ? POST_ONLY : GET_ONLY
}

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part)
  } catch {
    return undefined
  }
}

function parseBody(text: string): Record<string, unknown> | Response {
  if (text.trim() === '') return {}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return applicationError(400, 'INVALID_JSON', 'The request body is not valid JSON')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return validationError('body', 'must be a JSON object', 'TYPE')
  return value as Record<string, unknown>
}

interface CreateBody {
  kind: 'create'
  formId: string
  currentValues: CurrentValues | undefined
  dryRun: boolean
  clientTime: ClientTime | undefined
}

interface SendBody {
  kind: 'send'
  sessionId: string
  input: string | undefined
  currentValues: CurrentValues | undefined
}

function readCreateBody(body: Record<string, unknown>): CreateBody | Response {
  const { formId, dryRun, clientTime } = body
  if (typeof formId !== 'string' || formId.trim() === '') return validationError('formId', 'is required', 'REQUIRED_FIELD')
  const currentValues = readCurrentValues(body.currentValues)
  if (currentValues instanceof Response) return currentValues
  if (dryRun !== undefined && dryRun !== null && typeof dryRun !== 'boolean') return validationError('dryRun', 'must be a boolean', 'TYPE')
  const time = readClientTime(clientTime)
  if (time instanceof Response) return time
  return { kind: 'create', formId, currentValues, dryRun: dryRun === true, clientTime: time }
}

function readSendBody(body: Record<string, unknown>, sessionId: string): SendBody | Response {
  const { input, interactiveFormSessionId } = body
  if (interactiveFormSessionId !== undefined && interactiveFormSessionId !== null && interactiveFormSessionId !== sessionId) {
    return validationError('interactiveFormSessionId', 'must match the session id in the path', 'MATCH')
  }
  if (input !== undefined && input !== null && typeof input !== 'string') return validationError('input', 'must be a string', 'TYPE')
  if (typeof input === 'string' && exceedsInputLimit(input)) return validationError('input', `must be at most ${MAX_INPUT_LENGTH} characters`, 'MAX_LENGTH')
  const currentValues = readCurrentValues(body.currentValues)
  if (currentValues instanceof Response) return currentValues
  const hasInput = typeof input === 'string' && input.trim() !== ''
  if (!hasInput && (currentValues === undefined || Object.keys(currentValues).length === 0)) {
    return applicationError(400, 'EMPTY_REQUEST', 'Send a non-empty input or currentValues')
  }
  return { kind: 'send', sessionId, input: hasInput ? input : undefined, currentValues }
}

function readCurrentValues(value: unknown): CurrentValues | undefined | Response {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) return validationError('currentValues', 'must be an object keyed by field target', 'TYPE')
  return value as CurrentValues
}

function readClientTime(value: unknown): ClientTime | undefined | Response {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) return validationError('clientTime', 'must be an object {currentTime, timeZone}', 'TYPE')
  const { currentTime, timeZone } = value as Record<string, unknown>
  if (typeof currentTime !== 'string' || !Number.isFinite(Date.parse(currentTime))) {
    return validationError('clientTime.currentTime', 'must be an ISO-8601 date-time', 'FORMAT')
  }
  if (timeZone !== undefined && (typeof timeZone !== 'string' || !isKnownTimeZone(timeZone))) {
    return validationError('clientTime.timeZone', 'must be an IANA time zone such as Europe/Berlin', 'FORMAT')
  }
  return timeZone === undefined ? { currentTime, timeZone: 'UTC' } : { currentTime, timeZone }
}

/** Counts code points, as a user (and the client) counts characters. */
function exceedsInputLimit(input: string): boolean {
  if (input.length <= MAX_INPUT_LENGTH) return false
  let count = 0
  for (const _character of input) {
    count += 1
    if (count > MAX_INPUT_LENGTH) return true
  }
  return false
}

function snapshot(record: SessionRecord): EmulatorSessionSnapshot {
  const values: Record<string, JsonValue> = {}
  for (const [target, stored] of record.values) values[target] = structuredClone(stored.value)
  const result: EmulatorSessionSnapshot = {
    id: record.id,
    formId: record.formId,
    dryRun: record.dryRun,
    status: record.status,
    values,
    skippedFieldTargets: [...record.skipped],
    createdDate: record.createdAt.toISOString(),
    lastActivityDate: record.lastActivityAt.toISOString(),
    turns: record.turns,
  }
  if (record.pending !== undefined) result.pendingFieldTarget = record.pending
  if (record.submission) {
    result.submissionId = record.submission.submissionId
    if (record.submission.checkoutId !== undefined) result.checkoutId = record.submission.checkoutId
  }
  return result
}

function loadForms(list: readonly WixForm[]): Map<string, WixForm> {
  const forms = new Map<string, WixForm>()
  for (const form of list) {
    if (!form || typeof form.id !== 'string' || form.id === '' || !Array.isArray(form.formFields)) {
      throw new TypeError('createEmulator: every form needs a string `id` and a `formFields` array')
    }
    if (forms.has(form.id)) throw new TypeError(`createEmulator: two forms share the id ${form.id}`)
    // A private copy: the caller changing its object later must not change a running conversation.
    forms.set(form.id, structuredClone(form))
  }
  return forms
}

/** `NaN` must not mean "no limit" (every `size > NaN` is false), so it gets the default too. */
function sessionLimit(value: number | undefined): number {
  return value === undefined || Number.isNaN(value) ? 10_000 : Math.max(1, Math.floor(value))
}

function nonNegative(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback
}

/** Reads `fetch`'s arguments without building a `Request`, whose constructor refuses signals from another realm (jsdom). */
function toEmulatorRequest(input: Request | URL | string, init: RequestInit | undefined): EmulatorRequest {
  const isRequest = typeof input === 'object' && input !== null && !(input instanceof URL) && 'url' in input && typeof input.url === 'string'
  const rawUrl = isRequest ? (input as Request).url : String(input)
  const base = typeof location !== 'undefined' && typeof location.href === 'string' && /^https?:/.test(location.href) ? location.href : 'http://emulator.local'
  const url = new URL(rawUrl, base)
  const request = isRequest ? (input as Request) : undefined
  const method = init?.method ?? request?.method ?? 'GET'
  const headers = new Headers(request?.headers)
  if (init?.headers) new Headers(init.headers).forEach((value, name) => headers.set(name, value))
  const signal = init?.signal ?? request?.signal ?? undefined
  const body = init?.body
  return {
    method,
    url,
    headers,
    signal,
    text: async () => {
      if (body !== undefined && body !== null) return typeof body === 'string' ? body : new Response(body).text()
      return request ? request.text() : ''
    },
  }
}
