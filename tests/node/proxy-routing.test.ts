// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createInteractiveFormProxy } from '../../src/proxy'
import { API_KEY, FORM_ID, SESSION_ID, SITE_ID, browserRequest, fakeUpstream, jsonResponse } from './proxy-fake-upstream'

const UPSTREAM = 'https://www.wixapis.com/forms/ai/v1/interactive-form-sessions'

function setup(extra: Partial<Parameters<typeof createInteractiveFormProxy>[0]> = {}) {
  const upstream = fakeUpstream()
  const handler = createInteractiveFormProxy({ apiKey: API_KEY, siteId: SITE_ID, fetch: upstream.fetch, ...extra })
  return { handler, requests: upstream.requests }
}

describe('createInteractiveFormProxy routing', () => {
  it.each([
    ['/api/formtalk', UPSTREAM],
    ['/api/formtalk/', UPSTREAM],
    ['/api/formtalk/create-streamed', `${UPSTREAM}/create-streamed`],
    [`/api/formtalk/${SESSION_ID}/send-user-message`, `${UPSTREAM}/${SESSION_ID}/send-user-message`],
    [`/api/formtalk/${SESSION_ID}/send-user-message-streamed`, `${UPSTREAM}/${SESSION_ID}/send-user-message-streamed`],
  ])('forwards POST %s to %s with the same JSON body', async (path, upstreamUrl) => {
    const { handler, requests } = setup()
    const body = { formId: FORM_ID, input: 'Hi, I am Ann', currentValues: { age: 25 } }
    const response = await handler(browserRequest(path, { json: body }))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true })
    expect(requests).toHaveLength(1)
    expect(requests[0]?.url).toBe(upstreamUrl)
    expect(requests[0]?.method).toBe('POST')
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual(body)
  })

  it('forwards a form schema read to the Form Schemas API on the upstream origin', async () => {
    const { handler, requests } = setup({ upstreamBaseUrl: 'http://127.0.0.1:4010/forms/ai/v1/interactive-form-sessions' })
    const response = await handler(new Request(`https://shop.example.com/api/formtalk/forms/${FORM_ID}`))
    expect(response.status).toBe(200)
    expect(requests[0]?.method).toBe('GET')
    expect(requests[0]?.url).toBe(`http://127.0.0.1:4010/form-schema-service/v4/forms/${FORM_ID}`)
  })

  it('answers 404 for form schema reads when they are turned off', async () => {
    const { handler, requests } = setup({ formSchema: false })
    const response = await handler(new Request(`https://shop.example.com/api/formtalk/forms/${FORM_ID}`))
    expect(response.status).toBe(404)
    expect(requests).toHaveLength(0)
  })

  it.each([
    '/api/formtalk/generate-form-summary',
    '/api/formtalk/create',
    `/api/formtalk/${SESSION_ID}`,
    `/api/formtalk/${SESSION_ID}/send-user-message/extra`,
    '/api/formtalk/../send-user-message',
    '/api/formtalk/%2e%2e/send-user-message',
    '/api/formtalk/a%2Fb/send-user-message',
    '/api/formtalkers',
    '/other',
    '/',
  ])('answers 404 for %s and calls nothing upstream', async (path) => {
    const { handler, requests } = setup()
    const response = await handler(browserRequest(path, { json: { formId: FORM_ID } }))
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      message: 'No such endpoint.',
      details: { applicationError: { code: 'NOT_FOUND', description: 'No such endpoint.' } },
    })
    expect(requests).toHaveLength(0)
  })

  it.each([
    ['GET', '/api/formtalk', 'POST'],
    ['PUT', '/api/formtalk/create-streamed', 'POST'],
    ['DELETE', `/api/formtalk/${SESSION_ID}/send-user-message`, 'POST'],
    ['POST', `/api/formtalk/forms/${FORM_ID}`, 'GET'],
    ['OPTIONS', '/api/formtalk', 'POST'],
  ])('answers 405 for %s %s with Allow: %s', async (method, path, allow) => {
    const { handler, requests } = setup()
    const response = await handler(new Request(`https://shop.example.com${path}`, { method }))
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe(allow)
    const body: unknown = await response.json()
    expect(body).toMatchObject({ details: { applicationError: { code: 'METHOD_NOT_ALLOWED' } } })
    expect(requests).toHaveLength(0)
  })

  it('tells a schema read from a send by method when a session is called "forms"', async () => {
    const { handler, requests } = setup()
    await handler(browserRequest('/api/formtalk/forms/send-user-message', { json: { input: 'hi' } }))
    await handler(new Request('https://shop.example.com/api/formtalk/forms/send-user-message'))
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `POST ${UPSTREAM}/forms/send-user-message`,
      'GET https://www.wixapis.com/form-schema-service/v4/forms/send-user-message',
    ])
  })

  it('honours a custom mount path, with or without a trailing slash, and ignores query strings', async () => {
    for (const baseUrl of ['/chat/proxy', '/chat/proxy/']) {
      const { handler, requests } = setup({ baseUrl })
      expect((await handler(browserRequest('/chat/proxy/create-streamed?debug=1', { json: { formId: FORM_ID } }))).status).toBe(200)
      expect((await handler(browserRequest('/api/formtalk/create-streamed', { json: { formId: FORM_ID } }))).status).toBe(404)
      expect(requests.map((request) => request.url)).toEqual([`${UPSTREAM}/create-streamed`])
    }
  })

  it('works mounted at the root, for frameworks that strip the mount path', async () => {
    const { handler, requests } = setup({ baseUrl: '' })
    expect((await handler(browserRequest(`/${SESSION_ID}/send-user-message`, { json: { input: 'x' } }))).status).toBe(200)
    expect(requests[0]?.url).toBe(`${UPSTREAM}/${SESSION_ID}/send-user-message`)
  })
})

describe('createInteractiveFormProxy headers', () => {
  it('adds the key and site id, drops the browser credentials and forwards only content-type and accept', async () => {
    const { handler, requests } = setup()
    await handler(
      browserRequest('/api/formtalk/create-streamed', {
        json: { formId: FORM_ID },
        headers: {
          accept: 'text/event-stream',
          authorization: 'Bearer stolen-or-forged',
          cookie: 'session=browser-cookie',
          'wix-site-id': 'someone-elses-site',
          'x-forwarded-for': '10.0.0.1',
          origin: 'https://shop.example.com',
          'user-agent': 'Mozilla/5.0',
        },
      }),
    )
    expect(requests[0]?.headers).toEqual({
      authorization: API_KEY,
      'wix-site-id': SITE_ID,
      accept: 'text/event-stream',
      'content-type': 'application/json',
    })
  })

  it('passes the upstream status and error body through, with only safe response headers', async () => {
    const error = { message: 'Form not found', details: { applicationError: { code: 'NOT_FOUND', description: 'no form' } } }
    const upstream = fakeUpstream(() =>
      jsonResponse(error, {
        status: 404,
        headers: { 'content-type': 'application/json', 'set-cookie': 'wix=1', 'x-wix-request-id': 'req-1', 'retry-after': '3' },
      }),
    )
    const handler = createInteractiveFormProxy({ apiKey: API_KEY, siteId: SITE_ID, fetch: upstream.fetch })
    const response = await handler(browserRequest('/api/formtalk', { json: { formId: FORM_ID } }))
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual(error)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('x-wix-request-id')).toBe('req-1')
    expect(response.headers.get('retry-after')).toBe('3')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })
})

describe('createInteractiveFormProxy options', () => {
  it.each([
    [{ apiKey: '', siteId: SITE_ID }, /apiKey is required/],
    [{ apiKey: API_KEY, siteId: '' }, /siteId is required/],
    [{ apiKey: API_KEY, siteId: SITE_ID, baseUrl: 'api/formtalk' }, /baseUrl/],
    [{ apiKey: API_KEY, siteId: SITE_ID, upstreamBaseUrl: 'ftp://x' }, /upstreamBaseUrl/],
    [{ apiKey: API_KEY, siteId: SITE_ID, maxBodyBytes: 0 }, /maxBodyBytes/],
  ])('refuses a bad configuration at creation (%#)', (options, message) => {
    expect(() => createInteractiveFormProxy(options)).toThrow(message)
  })
})
