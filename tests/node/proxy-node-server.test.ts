// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInteractiveFormProxy, toNodeHandler } from '../../src/proxy'
import { API_KEY, FORM_ID, SESSION_ID, SITE_ID, endEvent, readUntil, sseFrame, textEvent } from './proxy-fake-upstream'

/** Resolvers the tests use to let the real upstream's stream go on. */
interface Gate {
  open: () => void
  opened: Promise<void>
}
function gate(): Gate {
  let open!: () => void
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return { open, opened }
}

interface UpstreamLog {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
  closedEarly: boolean
}

let upstreamServer: Server
let proxyServer: Server
let proxyOrigin: string
let upstreamLog: UpstreamLog[] = []
let streamGate = gate()

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function upstreamHandler(request: IncomingMessage, response: ServerResponse) {
  let body = ''
  for await (const chunk of request) body += String(chunk)
  const entry: UpstreamLog = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body, closedEarly: false }
  upstreamLog.push(entry)
  response.on('close', () => {
    if (!response.writableEnded) entry.closedEarly = true
  })

  if (request.url?.endsWith('/create-streamed') || request.url?.endsWith('-streamed')) {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'x-wix-request-id': 'r-1' })
    response.write(sseFrame({ ...textEvent('Hi there!'), interactiveFormSession: { id: SESSION_ID, formId: FORM_ID } }))
    await streamGate.opened
    if (response.destroyed) return
    response.write(sseFrame(textEvent(`second`)))
    response.end(sseFrame(endEvent))
    return
  }
  // Anything else: an auth error that echoes the header back, as a careless server might.
  response.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': `Bearer ${request.headers.authorization}` })
  response.end(JSON.stringify({ message: `Bad token ${request.headers.authorization}`, details: { applicationError: { code: 'UNAUTHENTICATED' } } }))
}

beforeAll(async () => {
  upstreamServer = createServer((request, response) => void upstreamHandler(request, response))
  const upstreamOrigin = await listen(upstreamServer)
  const handler = createInteractiveFormProxy({
    apiKey: API_KEY,
    siteId: SITE_ID,
    upstreamBaseUrl: `${upstreamOrigin}/forms/ai/v1/interactive-form-sessions`,
    allowedFormIds: [FORM_ID],
  })
  const nodeHandler = toNodeHandler(handler)
  proxyServer = createServer((request, response) => void nodeHandler(request, response))
  proxyOrigin = await listen(proxyServer)
})

afterAll(async () => {
  proxyServer.closeAllConnections()
  upstreamServer.closeAllConnections()
  await Promise.all([new Promise((resolve) => proxyServer.close(resolve)), new Promise((resolve) => upstreamServer.close(resolve))])
})

function post(path: string, body: unknown, init: RequestInit = {}) {
  return fetch(`${proxyOrigin}${path}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', cookie: 'sid=browser', authorization: 'Bearer browser', ...init.headers },
  })
}

describe('the proxy behind a real Node http server (toNodeHandler)', () => {
  it('streams the first event through both sockets before the upstream finishes, with the key added server-side', async () => {
    upstreamLog = []
    streamGate = gate()
    const response = await post('/api/formtalk/create-streamed', { formId: FORM_ID })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/event-stream')
    const reader = response.body!.getReader()
    const first = await readUntil(reader, '\n\n')
    expect(first).toContain('Hi there!')
    // Only now may the upstream go on: the first event cannot have waited for the end.
    streamGate.open()
    const rest = await readUntil(reader, 'END_OF_RESPONSE')
    expect(rest).toContain('second')
    expect((await reader.read()).done).toBe(true)

    expect(upstreamLog).toHaveLength(1)
    const [seen] = upstreamLog
    expect(seen?.url).toBe('/forms/ai/v1/interactive-form-sessions/create-streamed')
    expect(seen?.headers.authorization).toBe(API_KEY)
    expect(seen?.headers['wix-site-id']).toBe(SITE_ID)
    expect(seen?.headers.cookie).toBeUndefined()
    expect(seen?.headers.accept).toBe('text/event-stream')
    expect(JSON.parse(seen?.body ?? '')).toEqual({ formId: FORM_ID })
  })

  it('closes the upstream request when the browser aborts mid-stream', async () => {
    upstreamLog = []
    streamGate = gate()
    const client = new AbortController()
    const response = await post(`/api/formtalk/${SESSION_ID}/send-user-message-streamed`, { input: 'hello' }, { signal: client.signal })
    const reader = response.body!.getReader()
    await readUntil(reader, '\n\n')
    expect(upstreamLog[0]?.closedEarly).toBe(false)
    client.abort()
    await expect.poll(() => upstreamLog[0]?.closedEarly, { timeout: 5000 }).toBe(true)
    streamGate.open()
  })

  it('never shows the key, even when the upstream echoes it in the body and a header', async () => {
    const response = await post('/api/formtalk', { formId: FORM_ID })
    expect(response.status).toBe(401)
    const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')
    const body = await response.text()
    expect(headers).not.toContain(API_KEY)
    expect(body).not.toContain(API_KEY)
    expect(JSON.parse(body)).toMatchObject({ message: 'Bad token [redacted]', details: { applicationError: { code: 'UNAUTHENTICATED' } } })
  })

  it('answers 413 over the socket for an oversize body and 403 for a form off the list', async () => {
    upstreamLog = []
    const big = await post('/api/formtalk', { formId: FORM_ID, input: 'z'.repeat(200_000) })
    expect(big.status).toBe(413)
    const other = await post('/api/formtalk/create-streamed', { formId: 'not-allowed-form' })
    expect(other.status).toBe(403)
    expect(upstreamLog).toHaveLength(0)
  })

  it('answers 502 without details when the upstream is down', async () => {
    const closed = createServer()
    const origin = await listen(closed)
    await new Promise((resolve) => closed.close(resolve))
    const handler = toNodeHandler(createInteractiveFormProxy({ apiKey: API_KEY, siteId: SITE_ID, upstreamBaseUrl: `${origin}/sessions` }))
    const server = createServer((request, response) => void handler(request, response))
    const serverOrigin = await listen(server)
    try {
      const response = await fetch(`${serverOrigin}/api/formtalk`, { method: 'POST', body: JSON.stringify({ formId: FORM_ID }) })
      expect(response.status).toBe(502)
      const text = await response.text()
      expect(text).not.toContain(API_KEY)
      expect(text).not.toContain('127.0.0.1')
      expect(JSON.parse(text)).toMatchObject({ details: { applicationError: { code: 'UPSTREAM_UNAVAILABLE' } } })
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('toNodeHandler with request and response objects of other servers', () => {
  it('answers 400 instead of rejecting when the Host header cannot form a URL', async () => {
    const written: { status?: number; headers: Record<string, string | string[]>; ended: boolean } = { headers: {}, ended: false }
    const response = {
      statusCode: 200,
      writableEnded: false,
      setHeader(name: string, value: string | string[]) {
        written.headers[name] = value
      },
      write: () => true,
      end() {
        written.status = response.statusCode
        written.ended = true
      },
      destroy: () => undefined,
      once: () => undefined,
      on: () => undefined,
      off: () => undefined,
    }
    const request = {
      method: 'POST',
      url: '/api/formtalk',
      headers: { host: 'bad host name' },
      async *[Symbol.asyncIterator]() {
        yield '{}'
      },
    }
    const handler = toNodeHandler(createInteractiveFormProxy({ apiKey: API_KEY, siteId: SITE_ID, fetch: () => Promise.reject(new Error('unused')) }))
    await expect(handler(request, response)).resolves.toBeUndefined()
    expect(written.status).toBe(400)
    expect(written.ended).toBe(true)
  })
})
