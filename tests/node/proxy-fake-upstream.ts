/** A fake upstream `fetch` for the proxy tests: records what the proxy sends and answers as told. */

export interface RecordedRequest {
  url: string
  method: string
  headers: Record<string, string>
  body: string
  signal: AbortSignal | undefined
  redirect: RequestRedirect | undefined
}

export type Responder = (request: RecordedRequest) => Response | Promise<Response>

export const API_KEY = 'IST.eyJraWQiOiJQb3pIX2FDMiIsImFsZyI6IlJTMjU2In0.secret-key-for-tests'
export const SITE_ID = '0b5d7a1e-1111-4c2b-9d8e-2f6f2c0c0001'
export const FORM_ID = '6a3e2f0c-3f4b-4a8e-9c1d-000000000001'
export const OTHER_FORM_ID = '6a3e2f0c-3f4b-4a8e-9c1d-000000000002'
export const SESSION_ID = 'c3f1b2a4-5d6e-4f70-8a9b-0c1d2e3f4a5b'

export function fakeUpstream(responder: Responder = () => jsonResponse({ ok: true })) {
  const requests: RecordedRequest[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const headers: Record<string, string> = {}
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = value
    })
    const body = init?.body === undefined || init.body === null ? '' : await new Response(init.body).text()
    const recorded: RecordedRequest = {
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      method: init?.method ?? 'GET',
      headers,
      body,
      signal: init?.signal ?? undefined,
      redirect: init?.redirect,
    }
    requests.push(recorded)
    return responder(recorded)
  }
  return { fetch: fetch as typeof globalThis.fetch, requests }
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' }, ...init })
}

/** `data:` frames of a server-sent event stream. */
export function sseFrame(event: unknown): string {
  return `data: ${JSON.stringify(event)}\n\n`
}

export const textEvent = (text: string) => ({ responseChunk: { chunkType: 'TEXT', textDetails: { text, style: 'NORMAL' } } })
export const endEvent = { responseChunk: { chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: true } } }

/** A stream whose frames the test releases one by one, to prove nothing waits for the end. */
export function controlledStream() {
  const encoder = new TextEncoder()
  let controller!: ReadableStreamDefaultController<Uint8Array>
  let cancelled = false
  const stream = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController
    },
    cancel() {
      cancelled = true
    },
  })
  return {
    stream,
    push: (text: string) => controller.enqueue(encoder.encode(text)),
    close: () => controller.close(),
    fail: (error: Error) => controller.error(error),
    get cancelled() {
      return cancelled
    },
  }
}

/** The proxy's request, as a browser on the same origin would send it. */
export function browserRequest(path: string, init: RequestInit & { json?: unknown } = {}): Request {
  const { json, ...rest } = init
  return new Request(`https://shop.example.com${path}`, {
    method: 'POST',
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
    ...rest,
    headers: { 'content-type': 'application/json', ...(rest.headers as Record<string, string> | undefined) },
  })
}

/** Everything a client could see of a response: status line, every header, the whole body. */
export async function visibleText(response: Response): Promise<string> {
  const headers: string[] = []
  response.headers.forEach((value, name) => headers.push(`${name}: ${value}`))
  return `${response.status} ${response.statusText}\n${headers.join('\n')}\n\n${await response.text()}`
}

export async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, needle: string): Promise<string> {
  const decoder = new TextDecoder()
  let text = ''
  while (!text.includes(needle)) {
    const { done, value } = await reader.read()
    if (done) throw new Error(`stream ended before ${JSON.stringify(needle)}; got ${JSON.stringify(text)}`)
    text += decoder.decode(value, { stream: true })
  }
  return text
}
