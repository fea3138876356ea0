// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createInteractiveFormProxy, DEFAULT_MAX_BODY_BYTES } from '../../src/proxy'
import { API_KEY, FORM_ID, OTHER_FORM_ID, SESSION_ID, SITE_ID, browserRequest, fakeUpstream } from './proxy-fake-upstream'

function setup(extra: Partial<Parameters<typeof createInteractiveFormProxy>[0]> = {}) {
  const upstream = fakeUpstream()
  const handler = createInteractiveFormProxy({ apiKey: API_KEY, siteId: SITE_ID, fetch: upstream.fetch, ...extra })
  return { handler, requests: upstream.requests }
}

/** A body sent in pieces with no Content-Length, as a chunked upload arrives. */
function chunkedRequest(path: string, pieces: string[], onPull?: (index: number) => void): Request {
  const encoder = new TextEncoder()
  let index = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull?.(index)
      const piece = pieces[index++]
      if (piece === undefined) controller.close()
      else controller.enqueue(encoder.encode(piece))
    },
  })
  return new Request(`https://shop.example.com${path}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json' },
    duplex: 'half',
  } as RequestInit)
}

const maxInput = 'ü'.repeat(10_000) // 20,000 UTF-8 bytes: the longest message, in a two-byte script

describe('body size limit', () => {
  it('forwards the biggest legitimate message (10,000 characters plus values) under the default limit', async () => {
    const { handler, requests } = setup()
    const currentValues = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`field${i}`, 'x'.repeat(100)]))
    const response = await handler(browserRequest(`/api/formtalk/${SESSION_ID}/send-user-message`, { json: { input: maxInput, currentValues } }))
    expect(response.status).toBe(200)
    expect(JSON.parse(requests[0]?.body ?? '{}').input).toBe(maxInput)
  })

  it('accepts a body of exactly maxBodyBytes and refuses one byte more with 413', async () => {
    const { handler, requests } = setup({ maxBodyBytes: 100 })
    const exact = JSON.stringify({ input: 'a'.repeat(100 - '{"input":""}'.length) })
    expect(new TextEncoder().encode(exact).byteLength).toBe(100)
    expect((await handler(browserRequest(`/api/formtalk/${SESSION_ID}/send-user-message`, { body: exact }))).status).toBe(200)
    const over = JSON.stringify({ input: 'a'.repeat(101 - '{"input":""}'.length) })
    const response = await handler(browserRequest(`/api/formtalk/${SESSION_ID}/send-user-message`, { body: over }))
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ details: { applicationError: { code: 'PAYLOAD_TOO_LARGE' } } })
    expect(requests).toHaveLength(1)
  })

  it('refuses an oversize body sent without Content-Length, and stops reading it', async () => {
    const { handler, requests } = setup()
    const piece = 'x'.repeat(16 * 1024)
    const pulled: number[] = []
    const pieces = ['{"input":"', ...Array.from<string>({ length: 100 }).fill(piece), '"}']
    const response = await handler(chunkedRequest('/api/formtalk/create-streamed', pieces, (index) => pulled.push(index)))
    expect(response.status).toBe(413)
    expect(requests).toHaveLength(0)
    // 64 KiB is passed within the fifth 16 KiB piece; nothing near the 1.6 MB was read.
    expect(pulled.length).toBeLessThan(10)
  })

  it('does not trust a small Content-Length on a big body', async () => {
    const { handler, requests } = setup()
    const big = JSON.stringify({ formId: FORM_ID, input: 'y'.repeat(DEFAULT_MAX_BODY_BYTES) })
    const request = chunkedRequest('/api/formtalk', [big.slice(0, 1000), big.slice(1000)])
    // A lying header: what counts is the bytes that arrive.
    request.headers.set('content-length', '20')
    const response = await handler(request)
    expect(response.status).toBe(413)
    expect(requests).toHaveLength(0)
  })

  it('refuses at once when Content-Length already says the body is too big', async () => {
    const { handler, requests } = setup({ maxBodyBytes: 10 })
    const request = chunkedRequest('/api/formtalk', ['{"formId":"x"}'])
    request.headers.set('content-length', '5000')
    expect((await handler(request)).status).toBe(413)
    expect(request.bodyUsed).toBe(false)
    expect(requests).toHaveLength(0)
  })
})

describe('malformed bodies', () => {
  it.each([
    ['not JSON', '{"formId": '],
    ['empty', ''],
    ['an array', '[1,2]'],
    ['a string', '"hello"'],
    ['null', 'null'],
  ])('answers 400 with a Wix-shaped error for a body that is %s', async (_label, body) => {
    const { handler, requests } = setup()
    const response = await handler(browserRequest('/api/formtalk', { body }))
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/json')
    const json = (await response.json()) as { message: unknown; details: { applicationError: { code: unknown } } }
    expect(typeof json.message).toBe('string')
    expect(json.details.applicationError.code).toBe('INVALID_JSON')
    expect(requests).toHaveLength(0)
  })

  it('answers 400 for bytes that are not UTF-8', async () => {
    const { handler } = setup()
    const response = await handler(browserRequest('/api/formtalk', { body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }))
    expect(response.status).toBe(400)
  })
})

describe('allowed form ids', () => {
  it('creates sessions only for allowed forms, reading formId from the body (403 otherwise)', async () => {
    const { handler, requests } = setup({ allowedFormIds: [FORM_ID] })
    expect((await handler(browserRequest('/api/formtalk', { json: { formId: FORM_ID } }))).status).toBe(200)
    const refused = await handler(browserRequest('/api/formtalk/create-streamed', { json: { formId: OTHER_FORM_ID } }))
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({ details: { applicationError: { code: 'PERMISSION_DENIED' } } })
    expect((await handler(browserRequest('/api/formtalk', { json: { formId: 42 } }))).status).toBe(403)
    expect((await handler(browserRequest('/api/formtalk', { json: {} }))).status).toBe(403)
    expect(requests.map((request) => JSON.parse(request.body).formId)).toEqual([FORM_ID])
  })

  it('applies to schema reads too', async () => {
    const { handler, requests } = setup({ allowedFormIds: [FORM_ID] })
    expect((await handler(new Request(`https://shop.example.com/api/formtalk/forms/${OTHER_FORM_ID}`))).status).toBe(403)
    expect((await handler(new Request(`https://shop.example.com/api/formtalk/forms/${FORM_ID}`))).status).toBe(200)
    expect(requests).toHaveLength(1)
  })

  it('accepts an async predicate', async () => {
    const { handler } = setup({ allowedFormIds: async (formId) => formId.endsWith('1') })
    expect((await handler(browserRequest('/api/formtalk', { json: { formId: FORM_ID } }))).status).toBe(200)
    expect((await handler(browserRequest('/api/formtalk', { json: { formId: OTHER_FORM_ID } }))).status).toBe(403)
  })

  it('forwards sends for any session id: the session id is opaque, the list applies at creation', async () => {
    const { handler, requests } = setup({ allowedFormIds: [FORM_ID] })
    const response = await handler(browserRequest(`/api/formtalk/${SESSION_ID}/send-user-message-streamed`, { json: { input: 'hello' } }))
    expect(response.status).toBe(200)
    expect(requests).toHaveLength(1)
  })

  it('answers 500 without details when the predicate throws', async () => {
    const { handler, requests } = setup({
      allowedFormIds: () => {
        throw new Error(`database down for ${API_KEY}`)
      },
    })
    const response = await handler(browserRequest('/api/formtalk', { json: { formId: FORM_ID } }))
    expect(response.status).toBe(500)
    expect(await response.text()).not.toContain('database')
    expect(requests).toHaveLength(0)
  })
})
