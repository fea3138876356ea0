import type { InteractiveFormProxyHandler } from './create-interactive-form-proxy'
import { proxyErrorResponse } from './proxy-error-response'
import { waitForDrain } from '../node/wait-for-drain'

/**
 * The parts of Node's `http.IncomingMessage` (and Express's `Request`) the
 * adapter uses. Structural, so the proxy's types need no `@types/node`.
 */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  /** The HTTP method. Default: `GET`. */
  method?: string | undefined
  /** The path and query. Default: `/`. */
  url?: string | undefined
  /** Express keeps the full path here when the handler is mounted with `app.use(path, …)`. */
  originalUrl?: string | undefined
  /** The request headers, as Node gives them (HTTP/2 `:` pseudo-headers are skipped). Required. */
  headers: Record<string, string | string[] | undefined>
}

/** The parts of Node's `http.ServerResponse` the adapter uses. */
export interface NodeResponseLike {
  /** Set to the reply's status. */
  statusCode: number
  /** Called once per reply header. */
  setHeader(name: string, value: string | string[]): unknown
  /** Sends the headers before the body, when the response can (optional). */
  flushHeaders?(): void
  /** Writes a piece of the body; `false` means wait for `drain`. */
  write(chunk: Uint8Array): boolean
  /** Ends the reply. */
  end(): unknown
  /** Cuts the connection when the upstream stream breaks mid-reply. */
  destroy(error?: Error): unknown
  /** Listens once for the connection closing (the client leaving aborts the upstream request). */
  once(event: 'close', listener: () => void): unknown
  /** Listens for `close` or `drain` (backpressure). */
  on(event: 'close' | 'drain', listener: () => void): unknown
  /** Removes an `on` listener. */
  off(event: 'close' | 'drain', listener: () => void): unknown
  /** Whether `end()` was called (a `close` before it is a client disconnect). */
  readonly writableEnded: boolean
}

/** Turns a Node request's async iterator into a pull-based stream (backpressure kept). */
function requestBody(request: NodeRequestLike): ReadableStream<Uint8Array> {
  const iterator = request[Symbol.asyncIterator]()
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next()
      if (done) controller.close()
      else controller.enqueue(typeof value === 'string' ? encoder.encode(value) : value)
    },
    // No iterator.return() here: it would destroy the socket before a 413 reply goes out.
  })
}

function toRequest(request: NodeRequestLike, signal: AbortSignal): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name.startsWith(':')) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = request.method ?? 'GET'
  const host = headers.get('host') ?? 'localhost'
  const url = new URL(request.originalUrl ?? request.url ?? '/', `http://${host}`)
  const hasBody = method !== 'GET' && method !== 'HEAD'
  return new Request(url, {
    method,
    headers,
    signal,
    ...(hasBody ? { body: requestBody(request), duplex: 'half' } : {}),
  } as RequestInit)
}

/**
 * Adapts the Fetch API proxy to Node's `(req, res)` signature, for Express,
 * Fastify's raw mode, Koa's `ctx.req/res` or a bare `http.createServer`. Mount
 * it before any body parser (it reads the raw body). A client that disconnects
 * aborts the upstream request; streamed replies are written as they arrive.
 *
 * ```ts
 * app.use('/api/formtalk', toNodeHandler(createInteractiveFormProxy({ apiKey, siteId })))
 * ```
 */
export function toNodeHandler(handler: InteractiveFormProxyHandler): (request: NodeRequestLike, response: NodeResponseLike) => Promise<void> {
  return async (nodeRequest, nodeResponse) => {
    const controller = new AbortController()
    nodeResponse.once('close', () => {
      if (!nodeResponse.writableEnded) controller.abort()
    })
    let request: Request | undefined
    try {
      request = toRequest(nodeRequest, controller.signal)
    } catch {
      // An unparsable Host header or URL; answered here so no promise rejects unhandled in a bare http server.
    }
    const response = request === undefined ? proxyErrorResponse(400, 'BAD_REQUEST', 'Malformed request.') : await handler(request)
    await writeResponse(response, nodeResponse, controller.signal)
  }
}

async function writeResponse(response: Response, nodeResponse: NodeResponseLike, aborted: AbortSignal): Promise<void> {
  nodeResponse.statusCode = response.status
  response.headers.forEach((value, name) => {
    nodeResponse.setHeader(name, value)
  })
  if (response.body === null) {
    nodeResponse.end()
    return
  }
  // Sends the status line and headers now, so an event-stream client sees the reply start before the first event.
  nodeResponse.flushHeaders?.()

  const reader = response.body.getReader()
  aborted.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true })
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done || aborted.aborted) break
      if (!nodeResponse.write(value)) {
        await waitForDrain(nodeResponse)
      }
    }
    if (!aborted.aborted) nodeResponse.end()
  } catch {
    // The upstream stream broke mid-reply: cut the connection so the client sees an interrupted stream, not a clean end.
    nodeResponse.destroy()
  }
}
