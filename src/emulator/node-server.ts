/**
 * The emulator over real HTTP: a Node server and a connect-style middleware
 * (Vite's dev server) that adapt `node:http` to the emulator's Fetch handler.
 * Each SSE frame is written as soon as the handler produces it; a client
 * that disconnects aborts the request, which stops the stream and its timers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createEmulator, EMULATOR_PATH, FORM_SCHEMA_PATH, SESSIONS_PATH, type Emulator, type EmulatorOptions } from './create-emulator'
import { isEmulatedNetworkError } from './faults'
import { waitForDrain } from '../node/wait-for-drain'
import { applicationErrorBody } from '../api/wix-error-body'

/** The answer when the handler itself fails, in the contract's error shape. */
const INTERNAL_ERROR_BODY = JSON.stringify(applicationErrorBody('INTERNAL', 'The emulator failed to process the request'))

/** Largest request body read, in bytes. */
const MAX_BODY_BYTES = 2_000_000

/** Options of `startEmulatorServer`: the emulator's options plus where to listen; all optional. */
export interface StartEmulatorServerOptions extends EmulatorOptions {
  /** An emulator to serve; then pass no emulator options (that throws a `TypeError`). Default: one created from the other options (`forms`, `chunkDelayMs`, …). */
  emulator?: Emulator | undefined
  /** The port; `0` picks a free one (read it from `url`). Default: `0`. */
  port?: number | undefined
  /** The interface to listen on. Default: `127.0.0.1` (never exposed beyond this machine unless asked). */
  host?: string | undefined
}

/** A running emulator server. */
export interface EmulatorServer {
  /** The server's origin, e.g. `http://127.0.0.1:41234`. The sessions API is at `url + SESSIONS_PATH`. */
  url: string
  /** The emulator it serves (for its test helpers). */
  emulator: Emulator
  /** The underlying `node:http` server. */
  server: Server
  /** Stops listening and closes every open connection, streams included. */
  close(): Promise<void>
}

/** Starts the emulator as an HTTP server; resolves once it listens. */
export async function startEmulatorServer(options: StartEmulatorServerOptions = {}): Promise<EmulatorServer> {
  const { emulator: given, port = 0, host = '127.0.0.1', ...emulatorOptions } = options
  const ignored = Object.entries(emulatorOptions).filter(([, value]) => value !== undefined).map(([name]) => name)
  if (given && ignored.length > 0) {
    throw new TypeError(`startEmulatorServer: pass either \`emulator\` or emulator options, not both (${ignored.join(', ')} would be ignored)`)
  }
  const emulator = given ?? createEmulator(emulatorOptions)
  const server = createServer({ noDelay: true }, (request, response) => {
    void handleNodeRequest(emulator, request, response)
  })
  // Hundreds of concurrent streams are normal here; the default header timeout would not hurt, but a long `slow` fault must not be cut by the server.
  server.requestTimeout = 0
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    // A deeper accept queue than Node's 511, for tests that open a thousand streams at once.
    server.listen({ port, host, backlog: 2048 }, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address
  let closing: Promise<void> | undefined
  return {
    url: `http://${shownHost}:${address.port}`,
    emulator,
    server,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      return closing
    },
  }
}

type NextFunction = (error?: unknown) => void

/**
 * Connect-style middleware for a dev server (`server.middlewares.use(emulatorMiddleware(emulator))`
 * in a Vite plugin). Answers the sessions API, the form schema endpoint and
 * `/_emulator/*`; passes every other request to `next()`.
 */
export function emulatorMiddleware(emulator: Emulator): (request: IncomingMessage, response: ServerResponse, next: NextFunction) => void {
  return (request, response, next) => {
    const url = (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '/'
    if (!isEmulatorPath(url.split('?')[0] ?? '/')) {
      next()
      return
    }
    handleNodeRequest(emulator, request, response, url).catch(next)
  }
}

/** Whether the emulator answers `pathname`. */
export function isEmulatorPath(pathname: string): boolean {
  return (
    pathname === SESSIONS_PATH ||
    pathname.startsWith(`${SESSIONS_PATH}/`) ||
    pathname.startsWith(`${FORM_SCHEMA_PATH}/`) ||
    pathname.startsWith(`${EMULATOR_PATH}/`)
  )
}

/**
 * Serves one Node request with the emulator's Fetch handler. Never rejects.
 *
 * @param url - the path and query to serve; default `request.url` (else `/`).
 */
export async function handleNodeRequest(emulator: Emulator, request: IncomingMessage, response: ServerResponse, url: string = request.url ?? '/'): Promise<void> {
  const controller = new AbortController()
  const onClose = () => {
    if (!response.writableFinished) controller.abort(new DOMException('The client closed the connection', 'AbortError'))
  }
  response.on('close', onClose)
  try {
    const body = await readBody(request)
    if (body === undefined) {
      sendPlain(response, 413, JSON.stringify(applicationErrorBody('PAYLOAD_TOO_LARGE', 'The request body is too large')))
      return
    }
    const headers = new Headers()
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
    }
    const method = (request.method ?? 'GET').toUpperCase()
    const init: RequestInit = { method, headers, signal: controller.signal }
    if (method !== 'GET' && method !== 'HEAD') init.body = body
    let answer: Response
    try {
      answer = await emulator.fetch(`http://${request.headers.host ?? 'localhost'}${url.startsWith('/') ? url : `/${url}`}`, init)
    } catch (error) {
      // The `network` fault: the connection just dies, as a crashed proxy would do it.
      if (isEmulatedNetworkError(error)) request.socket.destroy()
      else if (!controller.signal.aborted) sendPlain(response, 500, INTERNAL_ERROR_BODY)
      return
    }
    await writeResponse(answer, response, controller.signal)
  } catch {
    // A client that vanished mid-request; nothing is left to answer.
    if (!response.headersSent && !response.destroyed) sendPlain(response, 500, INTERNAL_ERROR_BODY)
    else response.destroy()
  } finally {
    response.off('close', onClose)
  }
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    // Keep reading (and dropping) an oversized body so the 413 can still be sent on this connection.
    if (size <= MAX_BODY_BYTES) chunks.push(chunk)
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')
}

async function writeResponse(answer: Response, response: ServerResponse, signal: AbortSignal): Promise<void> {
  const headers: Record<string, string> = {}
  answer.headers.forEach((value, name) => {
    headers[name] = value
  })
  response.writeHead(answer.status, headers)
  response.flushHeaders()
  if (!answer.body) {
    response.end()
    return
  }
  const reader = answer.body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (signal.aborted) break
      // Each frame goes out at once; wait only when the socket buffer is full.
      if (!response.write(value)) await waitForDrain(response)
    }
    if (!signal.aborted) response.end()
  } catch {
    // The stream errored because the client went away (or the handler failed mid-stream): drop the connection.
    response.destroy()
  } finally {
    reader.cancel().catch(() => {})
  }
}

function sendPlain(response: ServerResponse, status: number, body: string): void {
  if (response.headersSent || response.destroyed) return
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' })
  response.end(body)
}
