// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createInteractiveFormProxy } from '../../src/proxy'
import { createRedactingStream, redactText, secretSpellings } from '../../src/proxy/redact-secret'
import {
  API_KEY,
  FORM_ID,
  SESSION_ID,
  SITE_ID,
  browserRequest,
  controlledStream,
  fakeUpstream,
  jsonResponse,
  sseFrame,
  textEvent,
  visibleText,
  type Responder,
} from './proxy-fake-upstream'

function proxyWith(responder: Responder, apiKey = API_KEY) {
  const upstream = fakeUpstream(responder)
  return createInteractiveFormProxy({ apiKey, siteId: SITE_ID, fetch: upstream.fetch })
}

const create = () => browserRequest('/api/formtalk', { json: { formId: FORM_ID } })

describe('the API key never reaches the browser', () => {
  it('is redacted from an upstream error that echoes the Authorization header back', async () => {
    const handler = proxyWith((request) =>
      jsonResponse(
        {
          message: `Invalid token: ${request.headers.authorization}`,
          details: { applicationError: { code: 'UNAUTHENTICATED', description: `header was "Authorization: ${request.headers.authorization}"` } },
        },
        { status: 401 },
      ),
    )
    const response = await handler(create())
    expect(response.status).toBe(401)
    const text = await visibleText(response.clone())
    expect(text).not.toContain(API_KEY)
    expect(text).toContain('[redacted]')
    // Still a Wix error body the client can parse.
    expect(await response.json()).toMatchObject({ details: { applicationError: { code: 'UNAUTHENTICATED' } } })
  })

  it('is redacted when the echo is JSON-escaped', async () => {
    const key = 'key/with"quote\\and/slashes'
    const handler = proxyWith(
      () =>
        new Response(`{"message":"bad ${JSON.stringify(key).slice(1, -1)} and ${JSON.stringify(key).slice(1, -1).replaceAll('/', '\\/')}"}`, {
          status: 401,
        }),
      key,
    )
    const text = await visibleText(await handler(create()))
    expect(text).not.toContain(key)
    expect(text).not.toContain(JSON.stringify(key).slice(1, -1))
    expect(text).not.toContain('with\\"quote')
  })

  it('is redacted from a streamed body even when the upstream splits it across chunks', async () => {
    const upstream = controlledStream()
    const handler = proxyWith(() => new Response(upstream.stream, { headers: { 'content-type': 'text/event-stream' } }))
    const responsePromise = handler(browserRequest(`/api/formtalk/${SESSION_ID}/send-user-message-streamed`, { json: { input: 'x' } }))
    const frame = sseFrame(textEvent(`debug: ${API_KEY}`))
    const cut = frame.indexOf(API_KEY) + 10
    upstream.push(frame.slice(0, cut))
    upstream.push(frame.slice(cut))
    upstream.close()
    const text = await visibleText(await responsePromise)
    expect(text).not.toContain(API_KEY)
    expect(text).toContain('debug: [redacted]')
  })

  it('drops a response header that carries the key', async () => {
    const handler = proxyWith(
      (request) => new Response('{}', { status: 401, headers: { 'content-type': 'application/json', 'x-wix-request-id': `${request.headers.authorization}` } }),
    )
    const response = await handler(create())
    expect(response.headers.get('x-wix-request-id')).toBeNull()
    expect(await visibleText(response)).not.toContain(API_KEY)
  })

  it('answers 502 with a generic message when the upstream cannot be reached', async () => {
    const handler = proxyWith(() => {
      throw new TypeError(`fetch failed: connect ECONNREFUSED (Authorization: ${API_KEY})`)
    })
    const response = await handler(create())
    expect(response.status).toBe(502)
    const text = await visibleText(response.clone())
    expect(text).not.toContain(API_KEY)
    expect(text).not.toContain('ECONNREFUSED')
    expect(await response.json()).toEqual({
      message: 'The form service could not be reached. Try again later.',
      details: {
        applicationError: { code: 'UPSTREAM_UNAVAILABLE', description: 'The form service could not be reached. Try again later.' },
      },
    })
  })

  it('refuses upstream redirects, which could carry the key to another host', async () => {
    const upstream = fakeUpstream(() => jsonResponse({}))
    const handler = createInteractiveFormProxy({ apiKey: API_KEY, siteId: SITE_ID, fetch: upstream.fetch })
    await handler(create())
    await handler(new Request(`https://shop.example.com/api/formtalk/forms/${FORM_ID}`))
    expect(upstream.requests.map((request) => request.redirect)).toEqual(['error', 'error'])
  })

  it('never puts the key in a configuration error', () => {
    const errors: unknown[] = []
    for (const options of [
      { apiKey: API_KEY, siteId: '' },
      { apiKey: API_KEY, siteId: SITE_ID, baseUrl: 'x' },
      { apiKey: API_KEY, siteId: SITE_ID, upstreamBaseUrl: 'nope' },
      { apiKey: API_KEY, siteId: SITE_ID, maxBodyBytes: -1 },
    ]) {
      try {
        createInteractiveFormProxy(options)
      } catch (error) {
        errors.push(error)
      }
    }
    expect(errors).toHaveLength(4)
    for (const error of errors) expect(String((error as Error).stack)).not.toContain(API_KEY)
  })

  it('keeps every proxy-made error free of the key', async () => {
    const handler = proxyWith(() => jsonResponse({}))
    const responses = await Promise.all([
      handler(browserRequest('/nowhere', { json: {} })),
      handler(new Request('https://shop.example.com/api/formtalk')),
      handler(browserRequest('/api/formtalk', { body: `{"formId":"${API_KEY}"` })),
      handler(browserRequest('/api/formtalk', { body: 'x'.repeat(70_000) })),
    ])
    expect(responses.map((response) => response.status)).toEqual([404, 405, 400, 413])
    for (const response of responses) expect(await visibleText(response)).not.toContain(API_KEY)
  })
})

describe('createRedactingStream', () => {
  async function run(pieces: string[], secret: string): Promise<string> {
    const encoder = new TextEncoder()
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(encoder.encode(piece))
        controller.close()
      },
    })
    return new Response(source.pipeThrough(createRedactingStream(secretSpellings(secret)))).text()
  }

  it('redacts a stream cut anywhere exactly as it would redact the whole text at once', async () => {
    // A tiny alphabet makes overlaps, repeats and near-misses of the secret common.
    const char = fc.constantFrom('a', 'b', '/', '"', '\\', 'ü')
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: char, minLength: 2, maxLength: 5 }),
        fc.string({ unit: char, maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (secret, text, cutPoints) => {
          const spellings = secretSpellings(secret)
          const cuts = [...new Set(cutPoints.map((point) => point % (text.length + 1)))].sort((a, b) => a - b)
          const pieces = [0, ...cuts].map((start, index) => text.slice(start, cuts[index] ?? text.length))
          const output = await run(pieces, secret)
          expect(output).toBe(redactText(text, spellings))
          for (const spelling of spellings) expect(output).not.toContain(spelling)
        },
      ),
      { numRuns: 5_000 },
    )
  })

  it('does not redact a shorter spelling early when a longer one is still arriving', async () => {
    // The secret `a\` is also spelled `a\\` in JSON; cut after `a\`, the shorter spelling must wait for the next read.
    const secret = 'a\\'
    expect(await run(['a\\', '\\'], secret)).toBe('[redacted]')
    expect(await run(['a\\', 'x'], secret)).toBe('[redacted]x')
  })

  it('passes multi-byte characters split across chunks through intact', async () => {
    const encoder = new TextEncoder()
    const bytes = encoder.encode('Grüße 👋 data')
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i++) controller.enqueue(bytes.slice(i, i + 1))
        controller.close()
      },
    })
    expect(await new Response(source.pipeThrough(createRedactingStream(secretSpellings('secret')))).text()).toBe('Grüße 👋 data')
  })
})
