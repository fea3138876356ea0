import { afterEach, describe, expect, it, vi } from 'vitest'
import { createInteractiveFormClient, type FetchFunction } from '../../src/api/client'
import { InteractiveFormError } from '../../src/api/errors'
import { DEFAULT_BASE_URL, MAX_INPUT_LENGTH, type WixForm } from '../../src/api/wire-types'
import { collect, greetingEvents, greetingResponse, networkBody, session, sseText } from './stream-fixtures'

/** A fetch that records each request as a real `Request` and answers with `answer(request)`. */
function fakeFetch(answer: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = []
  const fetch = vi.fn<FetchFunction>(async (input, init) => {
    // A browser resolves a relative URL against the page, as this does.
    const request = new Request(new URL(input, location.href), init)
    requests.push(request)
    return answer(request)
  })
  return { fetch, requests }
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, ...init, headers: { 'Content-Type': 'application/json', ...init.headers } })

const eventStream = (parts: string[], options: Parameters<typeof networkBody>[1] = {}) => {
  const control = networkBody(parts, options)
  return { control, response: new Response(control.body, { headers: { 'Content-Type': 'text/event-stream' } }) }
}

/** A fetch that only ever settles by rejecting when its signal aborts, like a real hung connection. */
const hangingFetch: FetchFunction = (_input, init) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')))
  })

async function failure(promise: Promise<unknown>): Promise<InteractiveFormError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(InteractiveFormError)
    return error as InteractiveFormError
  }
  throw new Error('expected the call to fail')
}

const sampleForm: WixForm = { id: session.formId, name: 'Contact', formFields: [{ id: 'f1', fieldType: 'INPUT' }] }

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('createInteractiveFormClient: requests', () => {
  it('createInteractiveFormSession posts the create body to the base URL and returns the reply unchanged', async () => {
    const { fetch, requests } = fakeFetch(() => json(greetingResponse))
    const client = createInteractiveFormClient({ fetch })
    const clientTime = { currentTime: '2026-11-23T10:00:00.000Z', timeZone: 'Europe/Berlin' }
    const reply = await client.createInteractiveFormSession(session.formId, { currentValues: { firstName: 'John', age: 25 }, dryRun: true, clientTime })
    expect(reply).toEqual(greetingResponse)
    const [request] = requests
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe(DEFAULT_BASE_URL)
    expect(request?.headers.get('content-type')).toBe('application/json')
    expect(request?.headers.get('accept')).toBe('application/json')
    expect(await request?.json()).toEqual({ formId: session.formId, currentValues: { firstName: 'John', age: 25 }, dryRun: true, clientTime })
  })

  it('fills clientTime from the clock and the time zone when not given, and omits absent fields', async () => {
    const { fetch, requests } = fakeFetch(() => json(greetingResponse))
    const before = Date.now()
    await createInteractiveFormClient({ fetch }).createInteractiveFormSession(session.formId)
    const body = (await requests[0]?.json()) as Record<string, { currentTime: string; timeZone: string }>
    expect(Object.keys(body).sort()).toEqual(['clientTime', 'formId'])
    const sent = Date.parse(body.clientTime?.currentTime ?? '')
    expect(sent).toBeGreaterThanOrEqual(before - 1)
    expect(sent).toBeLessThanOrEqual(Date.now() + 1)
    expect(body.clientTime?.currentTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(body.clientTime?.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone)
  })

  it('sendUserMessage posts to /{encoded id}/send-user-message with the SDK body', async () => {
    const { fetch, requests } = fakeFetch(() => json(greetingResponse))
    const client = createInteractiveFormClient({ fetch, baseUrl: 'http://127.0.0.1:4010/api/sessions/' })
    await client.sendUserMessage('se/ss ion', { input: 'I am John' })
    await client.sendUserMessage(session.id, { currentValues: { size: 'l' }, input: null })
    expect(requests[0]?.url).toBe('http://127.0.0.1:4010/api/sessions/se%2Fss%20ion/send-user-message')
    expect(await requests[0]?.json()).toEqual({ interactiveFormSessionId: 'se/ss ion', input: 'I am John' })
    expect(await requests[1]?.json()).toEqual({ interactiveFormSessionId: session.id, input: null, currentValues: { size: 'l' } })
    expect(requests[1]?.headers.get('content-type')).toBe('application/json')
  })

  it('createInteractiveFormSessionStreamed posts to /create-streamed asking for an event stream and yields its events', async () => {
    const { fetch, requests } = fakeFetch(() => eventStream([sseText(greetingEvents.slice(0, 2)), sseText(greetingEvents.slice(2))]).response)
    const client = createInteractiveFormClient({ fetch })
    const { events, error } = await collect(client.createInteractiveFormSessionStreamed(session.formId, { dryRun: false }))
    expect(error).toBeUndefined()
    expect(events).toEqual(greetingEvents)
    const [request] = requests
    expect(request?.url).toBe(`${DEFAULT_BASE_URL}/create-streamed`)
    expect(request?.method).toBe('POST')
    expect(request?.headers.get('accept')).toBe('text/event-stream')
    expect(request?.headers.get('content-type')).toBe('application/json')
    expect(await request?.json()).toMatchObject({ formId: session.formId, dryRun: false, clientTime: { timeZone: expect.any(String) } })
  })

  it('sendUserMessageStreamed posts to /{id}/send-user-message-streamed and yields its events', async () => {
    const { fetch, requests } = fakeFetch(() => eventStream([sseText(greetingEvents.slice(1))]).response)
    const client = createInteractiveFormClient({ fetch })
    const { events, error } = await collect(client.sendUserMessageStreamed(session.id, { input: 'Large', currentValues: { size: 'l' } }))
    expect(error).toBeUndefined()
    expect(events).toEqual(greetingEvents.slice(1))
    expect(requests[0]?.url).toBe(`${DEFAULT_BASE_URL}/${session.id}/send-user-message-streamed`)
    expect(requests[0]?.headers.get('accept')).toBe('text/event-stream')
    expect(await requests[0]?.json()).toEqual({ interactiveFormSessionId: session.id, input: 'Large', currentValues: { size: 'l' } })
  })

  it('reads a gateway-style NDJSON stream of {result} events', async () => {
    const lines = greetingEvents.map((event) => `${JSON.stringify({ result: event })}\n`)
    const { fetch } = fakeFetch(() => new Response(networkBody(lines).body, { headers: { 'Content-Type': 'application/x-ndjson' } }))
    const { events, error } = await collect(createInteractiveFormClient({ fetch }).sendUserMessageStreamed(session.id, { input: 'hi' }))
    expect(error).toBeUndefined()
    expect(events).toEqual(greetingEvents)
  })

  it('calls the four documented endpoints, all POST, under the documented base URL by default', async () => {
    const { fetch, requests } = fakeFetch((request) => (request.url.endsWith('streamed') ? eventStream([sseText(greetingEvents)]).response : json(greetingResponse)))
    const client = createInteractiveFormClient({ fetch })
    await client.createInteractiveFormSession(session.formId)
    await collect(client.createInteractiveFormSessionStreamed(session.formId))
    await client.sendUserMessage(session.id, { input: 'hi' })
    await collect(client.sendUserMessageStreamed(session.id, { input: 'hi' }))
    const base = 'https://www.wixapis.com/forms/ai/v1/interactive-form-sessions'
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `POST ${base}`,
      `POST ${base}/create-streamed`,
      `POST ${base}/${session.id}/send-user-message`,
      `POST ${base}/${session.id}/send-user-message-streamed`,
    ])
  })

  it('a streamed request goes out only when iteration starts', async () => {
    const { fetch } = fakeFetch(() => eventStream([sseText(greetingEvents)]).response)
    const stream = createInteractiveFormClient({ fetch }).createInteractiveFormSessionStreamed(session.formId)
    expect(fetch).not.toHaveBeenCalled()
    await collect(stream)
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('getForm reads the form schema from the API origin, the emulator origin, or formsBaseUrl', async () => {
    const { fetch, requests } = fakeFetch(() => json({ form: sampleForm }))
    expect(await createInteractiveFormClient({ fetch }).getForm(session.formId)).toEqual(sampleForm)
    await createInteractiveFormClient({ fetch, baseUrl: 'http://127.0.0.1:4010/forms/ai/v1/interactive-form-sessions' }).getForm('x y')
    await createInteractiveFormClient({ fetch, baseUrl: '/api/sessions', formsBaseUrl: '/api/forms/' }).getForm('abc')
    await createInteractiveFormClient({ fetch, baseUrl: '/api/sessions' }).getForm('abc')
    expect(requests.map((request) => request.url)).toEqual([
      `https://www.wixapis.com/form-schema-service/v4/forms/${session.formId}`,
      'http://127.0.0.1:4010/form-schema-service/v4/forms/x%20y',
      `${location.origin}/api/forms/abc`,
      `${location.origin}/form-schema-service/v4/forms/abc`,
    ])
    expect(requests[0]?.method).toBe('GET')
    expect(requests[0]?.headers.get('content-type')).toBeNull()
  })

  it('calls a headers function before every request, so each carries a fresh token', async () => {
    const { fetch, requests } = fakeFetch(() => json(greetingResponse))
    let issued = 0
    const headers = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1))
      return { Authorization: `Bearer token-${++issued}` }
    })
    const client = createInteractiveFormClient({ fetch, headers })
    await client.createInteractiveFormSession(session.formId)
    await client.sendUserMessage(session.id, { input: 'hi' })
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual(['Bearer token-1', 'Bearer token-2'])
    expect(headers).toHaveBeenLastCalledWith(expect.objectContaining({ method: 'POST', url: `${DEFAULT_BASE_URL}/${session.id}/send-user-message` }))
  })

  it('merges a fixed headers object over the defaults', async () => {
    const { fetch, requests } = fakeFetch(() => json(greetingResponse))
    const client = createInteractiveFormClient({ fetch, headers: { Authorization: 'IST.key', 'wix-site-id': 'site-1', 'content-type': 'application/json; charset=utf-8' } })
    await client.createInteractiveFormSession(session.formId)
    expect(requests[0]?.headers.get('authorization')).toBe('IST.key')
    expect(requests[0]?.headers.get('wix-site-id')).toBe('site-1')
    expect(requests[0]?.headers.get('content-type')).toBe('application/json; charset=utf-8')
  })

  it('uses globalThis.fetch as it is at call time', async () => {
    const client = createInteractiveFormClient()
    const { fetch } = fakeFetch(() => json(greetingResponse))
    vi.stubGlobal('fetch', fetch)
    await expect(client.createInteractiveFormSession(session.formId)).resolves.toEqual(greetingResponse)
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})

describe('createInteractiveFormClient: validation before any request', () => {
  it.each([
    ['an empty formId', (client: ReturnType<typeof createInteractiveFormClient>) => client.createInteractiveFormSession('')],
    ['a blank formId for getForm', (client: ReturnType<typeof createInteractiveFormClient>) => client.getForm('  ')],
    ['a blank session id', (client: ReturnType<typeof createInteractiveFormClient>) => client.sendUserMessage(' ', { input: 'hi' })],
    ['an input over the limit', (client: ReturnType<typeof createInteractiveFormClient>) => client.sendUserMessage(session.id, { input: 'x'.repeat(MAX_INPUT_LENGTH + 1) })],
    ['a streamed create with an empty formId', (client: ReturnType<typeof createInteractiveFormClient>) => collect(client.createInteractiveFormSessionStreamed('')).then(({ error }) => Promise.reject(error))],
  ])('refuses %s with kind validation', async (_name, call) => {
    const { fetch } = fakeFetch(() => json(greetingResponse))
    const error = await failure(call(createInteractiveFormClient({ fetch })))
    expect(error.kind).toBe('validation')
    expect(error.retryable).toBe(false)
    expect(fetch).not.toHaveBeenCalled()
  })

  it.each([
    ['nothing at all', {}],
    ['a blank input', { input: '   ' }],
    ['null input and empty values', { input: null, currentValues: {} }],
  ])('refuses a send with %s as EMPTY_REQUEST, streamed or not', async (_name, options) => {
    const { fetch } = fakeFetch(() => json(greetingResponse))
    const client = createInteractiveFormClient({ fetch })
    expect(await failure(client.sendUserMessage(session.id, options))).toMatchObject({ kind: 'validation', code: 'EMPTY_REQUEST' })
    const streamed = await collect(client.sendUserMessageStreamed(session.id, options))
    expect(streamed.error).toMatchObject({ kind: 'validation', code: 'EMPTY_REQUEST' })
    expect(fetch).not.toHaveBeenCalled()
  })

  it('sends an input of exactly the limit, counting an emoji as one character', async () => {
    const { fetch } = fakeFetch(() => json(greetingResponse))
    const client = createInteractiveFormClient({ fetch })
    await client.sendUserMessage(session.id, { input: 'x'.repeat(MAX_INPUT_LENGTH) })
    await client.sendUserMessage(session.id, { input: '👋'.repeat(MAX_INPUT_LENGTH) })
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(await failure(client.sendUserMessage(session.id, { input: '👋'.repeat(MAX_INPUT_LENGTH + 1) }))).toMatchObject({ kind: 'validation' })
  })

  it('sends currentValues alone', async () => {
    const { fetch } = fakeFetch(() => json(greetingResponse))
    await createInteractiveFormClient({ fetch }).sendUserMessage(session.id, { currentValues: { age: 25 } })
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})

describe('createInteractiveFormClient: errors', () => {
  it('turns the Wix error body into kind http with status, code, message and details', async () => {
    const details = { applicationError: { code: 'EMPTY_REQUEST', description: 'input or currentValues required', data: {} } }
    const { fetch } = fakeFetch(() => json({ message: 'Request is empty', details }, { status: 400, statusText: 'Bad Request' }))
    const error = await failure(createInteractiveFormClient({ fetch }).sendUserMessage(session.id, { input: 'hi' }))
    expect(error).toMatchObject({ kind: 'http', status: 400, code: 'EMPTY_REQUEST', message: 'Request is empty', details })
    expect(error.retryable).toBe(false)
  })

  it.each([
    [401, 'UNAUTHENTICATED', false],
    [403, 'PERMISSION_DENIED', false],
    [404, 'NOT_FOUND', false],
    [429, 'RESOURCE_EXHAUSTED', true],
    [500, 'INTERNAL', true],
    [503, 'UNAVAILABLE', true],
  ])('a %i %s answer is kind http with that code; retryable: %s (4xx: fix the request; 429 and 5xx: try again later)', async (status, code, retryable) => {
    const { fetch } = fakeFetch(() => json({ message: `failed with ${code}`, details: { applicationError: { code, description: code, data: {} } } }, { status }))
    const error = await failure(createInteractiveFormClient({ fetch }).sendUserMessage(session.id, { input: 'hi' }))
    expect(error).toMatchObject({ kind: 'http', status, code, message: `failed with ${code}` })
    expect(error.retryable).toBe(retryable)
  })

  it('reads Retry-After of a 429, in seconds or as a date', async () => {
    let retryAfter = '7'
    const { fetch } = fakeFetch(() =>
      json({ message: 'Too many requests', details: { applicationError: { code: 'RESOURCE_EXHAUSTED' } } }, { status: 429, headers: { 'Retry-After': retryAfter } }),
    )
    const client = createInteractiveFormClient({ fetch })
    const seconds = await failure(client.createInteractiveFormSession(session.formId))
    expect(seconds).toMatchObject({ kind: 'http', status: 429, code: 'RESOURCE_EXHAUSTED', retryAfterSeconds: 7 })
    expect(seconds.retryable).toBe(true)
    retryAfter = new Date(Date.now() + 30_000).toUTCString()
    const date = await failure(client.createInteractiveFormSession(session.formId))
    expect(date.retryAfterSeconds).toBeGreaterThanOrEqual(28)
    expect(date.retryAfterSeconds).toBeLessThanOrEqual(31)
  })

  it('falls back to the status text when the error body is not Wix JSON', async () => {
    const { fetch } = fakeFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }))
    const error = await failure(createInteractiveFormClient({ fetch }).createInteractiveFormSession(session.formId))
    expect(error).toMatchObject({ kind: 'http', status: 502, message: 'Bad Gateway', code: undefined })
    expect(error.retryable).toBe(true)
  })

  it('a streamed method throws the same http error before yielding anything', async () => {
    const { fetch } = fakeFetch(() => json({ message: 'Session not found', details: { applicationError: { code: 'NOT_FOUND' } } }, { status: 404 }))
    const { events, error } = await collect(createInteractiveFormClient({ fetch }).sendUserMessageStreamed(session.id, { input: 'hi' }))
    expect(events).toEqual([])
    expect(error).toMatchObject({ kind: 'http', status: 404, code: 'NOT_FOUND', message: 'Session not found' })
  })

  it('a fetch rejection is kind network, keeping the cause', async () => {
    const cause = new TypeError('Failed to fetch')
    const fetch = vi.fn<FetchFunction>(() => Promise.reject(cause))
    const error = await failure(createInteractiveFormClient({ fetch }).getForm(session.formId))
    expect(error.kind).toBe('network')
    expect(error.cause).toBe(cause)
    expect(error.retryable).toBe(true)
  })

  it('a headers function that fails is reported without sending', async () => {
    const { fetch } = fakeFetch(() => json(greetingResponse))
    const client = createInteractiveFormClient({ fetch, headers: () => Promise.reject(new Error('token refresh failed')) })
    const error = await failure(client.createInteractiveFormSession(session.formId))
    expect(error).toMatchObject({ kind: 'network', message: expect.stringContaining('token refresh failed') })
    expect(fetch).not.toHaveBeenCalled()
  })

  it.each([
    ['a non-JSON 200', () => new Response('<html>hello</html>', { headers: { 'Content-Type': 'text/html' } })],
    ['JSON of the wrong shape', () => json({ hello: 'world' })],
    ['chunks that are not chunks', () => json({ interactiveFormSession: session, responseChunks: [1, 2] })],
  ])('%s is kind protocol', async (_name, answer) => {
    const { fetch } = fakeFetch(answer)
    const error = await failure(createInteractiveFormClient({ fetch }).createInteractiveFormSession(session.formId))
    expect(error.kind).toBe('protocol')
  })

  it('getForm without a form is kind protocol', async () => {
    const { fetch } = fakeFetch(() => json({ forms: [] }))
    expect((await failure(createInteractiveFormClient({ fetch }).getForm(session.formId))).kind).toBe('protocol')
  })

  it('a reply without responseChunks still gives an array', async () => {
    const { fetch } = fakeFetch(() => json({ interactiveFormSession: session }))
    const reply = await createInteractiveFormClient({ fetch }).createInteractiveFormSession(session.formId)
    expect(reply).toEqual({ interactiveFormSession: session, responseChunks: [] })
  })

  it('an HTML page on a streamed route is kind protocol', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>login</html>', { headers: { 'Content-Type': 'text/html' } }))
    const { error } = await collect(createInteractiveFormClient({ fetch }).createInteractiveFormSessionStreamed(session.formId))
    expect(error).toMatchObject({ kind: 'protocol', message: expect.stringContaining('text/html') })
  })

  it('a streamed reply cut short yields its chunks and then throws interrupted', async () => {
    const { fetch } = fakeFetch(() => eventStream([sseText(greetingEvents.slice(0, 3))]).response)
    const { events, error } = await collect(createInteractiveFormClient({ fetch }).sendUserMessageStreamed(session.id, { input: 'hi' }))
    expect(events).toEqual(greetingEvents.slice(0, 3))
    expect(error).toMatchObject({ kind: 'interrupted', retryable: true })
  })

  it('passes malformed frames to onMalformed and goes on', async () => {
    const { fetch } = fakeFetch(() => eventStream([`data: not json\n\n${sseText(greetingEvents)}`]).response)
    const onMalformed = vi.fn()
    const { events, error } = await collect(createInteractiveFormClient({ fetch }).createInteractiveFormSessionStreamed(session.formId, { onMalformed }))
    expect(error).toBeUndefined()
    expect(events).toEqual(greetingEvents)
    expect(onMalformed).toHaveBeenCalledWith(expect.objectContaining({ kind: 'protocol' }))
  })
})

describe('createInteractiveFormClient: timeout and abort', () => {
  it('times out a request that gets no answer, aborting the fetch', async () => {
    const fetch = vi.fn(hangingFetch)
    const error = await failure(createInteractiveFormClient({ fetch, timeoutMs: 50 }).createInteractiveFormSession(session.formId))
    expect(error).toMatchObject({ kind: 'timeout', message: 'no answer within 50 ms' })
    expect(error.retryable).toBe(true)
    expect(fetch.mock.calls[0]?.[1].signal?.aborted).toBe(true)
  })

  it('times out even when a custom fetch ignores the signal', async () => {
    const fetch: FetchFunction = () => new Promise(() => {})
    const error = await failure(createInteractiveFormClient({ fetch, timeoutMs: 50 }).getForm(session.formId))
    expect(error.kind).toBe('timeout')
  })

  it('defaults to the 15 s SLA', async () => {
    vi.useFakeTimers()
    try {
      const fetch = vi.fn(hangingFetch)
      const pending = failure(createInteractiveFormClient({ fetch }).createInteractiveFormSession(session.formId))
      await vi.advanceTimersByTimeAsync(14_999)
      expect(fetch.mock.calls[0]?.[1].signal?.aborted).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      expect(await pending).toMatchObject({ kind: 'timeout', message: 'no answer within 15000 ms' })
    } finally {
      vi.useRealTimers()
    }
  })

  it('times out a stream whose headers never come, and one that goes silent, but not a long steady one', async () => {
    const hanging = await collect(createInteractiveFormClient({ fetch: hangingFetch, timeoutMs: 60 }).createInteractiveFormSessionStreamed(session.formId))
    expect(hanging.error).toMatchObject({ kind: 'timeout' })

    const silent = eventStream([sseText(greetingEvents.slice(0, 1))], { end: 'stall' })
    const quiet = await collect(createInteractiveFormClient({ fetch: async () => silent.response, timeoutMs: 60 }).createInteractiveFormSessionStreamed(session.formId))
    expect(quiet.events).toEqual(greetingEvents.slice(0, 1))
    expect(quiet.error).toMatchObject({ kind: 'timeout', message: 'no answer within 60 ms' })
    await silent.control.cancelled

    const steady = eventStream(greetingEvents.map((event) => sseText([event])), { gapMs: 40 })
    const long = await collect(createInteractiveFormClient({ fetch: async () => steady.response, timeoutMs: 150 }).createInteractiveFormSessionStreamed(session.formId))
    expect(long.error).toBeUndefined()
    expect(long.events).toEqual(greetingEvents)
  })

  it('the caller signal aborts a pending request with kind aborted', async () => {
    const controller = new AbortController()
    const fetch = vi.fn(hangingFetch)
    const pending = failure(createInteractiveFormClient({ fetch }).sendUserMessage(session.id, { input: 'hi', signal: controller.signal }))
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled())
    controller.abort()
    const error = await pending
    expect(error.kind).toBe('aborted')
    expect(error.retryable).toBe(false)
    expect(fetch.mock.calls[0]?.[1].signal?.aborted).toBe(true)
  })

  it('an already aborted signal sends nothing', async () => {
    const { fetch } = fakeFetch(() => json(greetingResponse))
    const error = await failure(createInteractiveFormClient({ fetch }).createInteractiveFormSession(session.formId, { signal: AbortSignal.abort() }))
    expect(error.kind).toBe('aborted')
    expect(fetch).not.toHaveBeenCalled()
  })

  it('the caller signal stops a running stream and cancels its body', async () => {
    const controller = new AbortController()
    const stream = eventStream([sseText(greetingEvents.slice(0, 2))], { end: 'stall' })
    const client = createInteractiveFormClient({ fetch: async () => stream.response })
    const seen: unknown[] = []
    const run = (async () => {
      for await (const event of client.createInteractiveFormSessionStreamed(session.formId, { signal: controller.signal })) {
        seen.push(event)
        if (seen.length === 2) controller.abort()
      }
    })()
    await expect(run).rejects.toMatchObject({ kind: 'aborted' })
    expect(seen).toEqual(greetingEvents.slice(0, 2))
    await stream.control.cancelled
  })

  it('breaking out of a client stream cancels the body', async () => {
    const stream = eventStream([sseText(greetingEvents.slice(0, 1)), sseText(greetingEvents.slice(1))], { end: 'stall' })
    const client = createInteractiveFormClient({ fetch: async () => stream.response })
    for await (const event of client.sendUserMessageStreamed(session.id, { input: 'hi' })) {
      expect(event).toEqual(greetingEvents[0])
      break
    }
    await stream.control.cancelled
    expect(stream.control.wasCancelled()).toBe(true)
  })

  it('closing a stream while its request is in flight aborts the fetch quietly', async () => {
    const fetch = vi.fn(hangingFetch)
    const stream = createInteractiveFormClient({ fetch }).createInteractiveFormSessionStreamed(session.formId)[Symbol.asyncIterator]()
    const first = stream.next()
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled())
    await stream.return?.()
    expect(fetch.mock.calls[0]?.[1].signal?.aborted).toBe(true)
    expect(await first).toEqual({ done: true, value: undefined })
  })

  it('leaves no timer or listener behind after a call', async () => {
    const controller = new AbortController()
    const remove = vi.spyOn(controller.signal, 'removeEventListener')
    const add = vi.spyOn(controller.signal, 'addEventListener')
    const clear = vi.spyOn(globalThis, 'clearTimeout')
    const { fetch } = fakeFetch(() => json(greetingResponse))
    await createInteractiveFormClient({ fetch }).createInteractiveFormSession(session.formId, { signal: controller.signal })
    expect(add).toHaveBeenCalledTimes(remove.mock.calls.length)
    expect(clear).toHaveBeenCalled()
    clear.mockRestore()
  })
})
