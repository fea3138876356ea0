import { DEFAULT_BASE_URL, FORMS_PATH } from '../api/wire-types'
import { matchProxyRoutes, type ProxyRoute } from './match-proxy-route'
import { proxyErrorResponse } from './proxy-error-response'
import { readBodyWithLimit } from './read-body-with-limit'
import { createRedactingStream, redactText, secretSpellings } from './redact-secret'

/** Where the proxy is mounted on the site unless told otherwise. */
export const DEFAULT_PROXY_BASE_URL = '/api/formtalk'

/**
 * The biggest legitimate body is a 10,000-character `input` (up to 40 KB of
 * UTF-8) plus `currentValues`; 64 KiB leaves room for both.
 */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024

/** Options of `createInteractiveFormProxy`: `apiKey` and `siteId` are required, the rest optional. */
export interface InteractiveFormProxyOptions {
  /**
   * A Wix API key with the "Manage form submissions" permission. It is added
   * to every upstream request as `Authorization` and never sent to the browser
   * (also redacted from upstream replies that would echo it). Required.
   */
  apiKey: string
  /** The Wix site id the key acts on, sent as `wix-site-id`. Required. */
  siteId: string
  /**
   * Forms a session may be created for (and whose schema may be read): a list
   * of form ids, or a predicate. Enforced when a session is created: a session
   * id is opaque, so sends are forwarded for any session (which can only exist
   * for an allowed form if every create went through this proxy).
   * Default: every form of the site.
   */
  allowedFormIds?: readonly string[] | ((formId: string) => boolean | Promise<boolean>)
  /**
   * The path prefix the proxy is mounted under on the site; the client's
   * `baseUrl` must point at it. Must start with `/` (else the factory throws).
   * Default: `'/api/formtalk'`.
   */
  baseUrl?: string
  /** The Interactive Form Sessions service, an absolute http(s) URL (else the factory throws). Default: `DEFAULT_BASE_URL` (`https://www.wixapis.com/forms/ai/v1/interactive-form-sessions`). */
  upstreamBaseUrl?: string
  /** The `fetch` used for upstream calls. Default: the global `fetch`, looked up at call time. */
  fetch?: typeof fetch
  /** Largest request body accepted, in bytes; bigger ones get 413. A positive integer (else the factory throws). Default: `65536` (64 KiB). */
  maxBodyBytes?: number
  /**
   * Also forward `GET {baseUrl}/forms/{formId}` to the Form Schemas API
   * (`{upstream origin}/form-schema-service/v4/forms/{formId}`), for progress
   * views that need the form's fields. Default: `true`.
   */
  formSchema?: boolean
}

/** A Fetch API handler: Next.js route handlers, Hono, Bun, Deno, workers, or Node via `toNodeHandler`. */
export type InteractiveFormProxyHandler = (request: Request) => Promise<Response>

const RESPONSE_HEADERS = ['content-type', 'retry-after', 'x-wix-request-id'] as const

function normalizePrefix(baseUrl: string): string {
  if (baseUrl !== '' && !baseUrl.startsWith('/')) {
    throw new TypeError('createInteractiveFormProxy: baseUrl must be a path starting with "/" (e.g. "/api/formtalk")')
  }
  return baseUrl.replace(/\/+$/, '')
}

function normalizeUpstream(upstreamBaseUrl: string): URL {
  let url: URL
  try {
    url = new URL(upstreamBaseUrl)
  } catch {
    throw new TypeError('createInteractiveFormProxy: upstreamBaseUrl must be an absolute http(s) URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError('createInteractiveFormProxy: upstreamBaseUrl must be an absolute http(s) URL')
  }
  return url
}

function toPredicate(allowed: InteractiveFormProxyOptions['allowedFormIds']): (formId: string) => boolean | Promise<boolean> {
  if (allowed === undefined) return () => true
  if (typeof allowed === 'function') return allowed
  const ids = new Set(allowed)
  return (formId) => ids.has(formId)
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const forbidden = (): Response =>
  proxyErrorResponse(403, 'PERMISSION_DENIED', 'This form is not available through this proxy.')

/**
 * A same-origin proxy for the Interactive Form Sessions API: the browser calls
 * it without credentials, it adds the API key server-side and forwards only
 * the four session endpoints (and, optionally, form schema reads). Streamed
 * replies pass through as they arrive.
 *
 * ```ts
 * // app/api/formtalk/[[...path]]/route.ts (Next.js)
 * const handler = createInteractiveFormProxy({ apiKey: process.env.WIX_API_KEY!, siteId: process.env.WIX_SITE_ID! })
 * export const POST = handler
 * export const GET = handler
 * ```
 */
export function createInteractiveFormProxy(options: InteractiveFormProxyOptions): InteractiveFormProxyHandler {
  const { apiKey, siteId } = options
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new TypeError('createInteractiveFormProxy: apiKey is required')
  }
  if (typeof siteId !== 'string' || siteId.trim() === '') {
    throw new TypeError('createInteractiveFormProxy: siteId is required')
  }
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes <= 0) {
    throw new TypeError('createInteractiveFormProxy: maxBodyBytes must be a positive integer')
  }
  const upstream = normalizeUpstream(options.upstreamBaseUrl ?? DEFAULT_BASE_URL)
  const targets = {
    prefix: normalizePrefix(options.baseUrl ?? DEFAULT_PROXY_BASE_URL),
    upstreamBaseUrl: upstream.href.replace(/\/+$/, ''),
    formSchemaBaseUrl: options.formSchema === false ? undefined : `${upstream.origin}${FORMS_PATH}`,
  }
  const isAllowed = toPredicate(options.allowedFormIds)
  const spellings = secretSpellings(apiKey)

  async function forward(request: Request, route: ProxyRoute, body: Uint8Array<ArrayBuffer> | undefined): Promise<Response> {
    const headers = new Headers({
      authorization: apiKey,
      'wix-site-id': siteId,
      accept: request.headers.get('accept') ?? 'application/json',
    })
    if (body !== undefined) headers.set('content-type', 'application/json')

    let upstreamResponse: Response
    try {
      const fetchUpstream = options.fetch ?? globalThis.fetch
      upstreamResponse = await fetchUpstream(route.upstreamUrl, {
        method: route.method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: request.signal,
        // A redirect could carry the key to another host.
        redirect: 'error',
      })
    } catch {
      // The cause is dropped on purpose: a fetch error can quote request details.
      if (request.signal.aborted) {
        return proxyErrorResponse(499, 'CLIENT_CLOSED_REQUEST', 'The client closed the request.')
      }
      return proxyErrorResponse(502, 'UPSTREAM_UNAVAILABLE', 'The form service could not be reached. Try again later.')
    }

    const responseHeaders = new Headers({ 'cache-control': 'no-store' })
    for (const name of RESPONSE_HEADERS) {
      const value = upstreamResponse.headers.get(name)
      if (value !== null && redactText(value, spellings) === value) responseHeaders.set(name, value)
    }
    if (responseHeaders.get('content-type')?.includes('text/event-stream')) {
      // Tells nginx-style reverse proxies not to buffer the stream.
      responseHeaders.set('x-accel-buffering', 'no')
    }
    const upstreamBody = [204, 205, 304].includes(upstreamResponse.status) ? null : upstreamResponse.body
    // Piped, not read: each upstream chunk goes out as it arrives (SSE stays live).
    return new Response(upstreamBody?.pipeThrough(createRedactingStream(spellings)) ?? null, {
      status: upstreamResponse.status,
      headers: responseHeaders,
    })
  }

  async function handle(request: Request): Promise<Response> {
    const routes = matchProxyRoutes(new URL(request.url).pathname, targets)
    if (routes.length === 0) return proxyErrorResponse(404, 'NOT_FOUND', 'No such endpoint.')
    const route = routes.find((candidate) => candidate.method === request.method)
    if (route === undefined) {
      const allow = [...new Set(routes.map((candidate) => candidate.method))].join(', ')
      return proxyErrorResponse(405, 'METHOD_NOT_ALLOWED', 'Method not allowed.', { allow })
    }

    if (route.kind === 'form-schema') {
      return (await isAllowed(route.formId)) ? forward(request, route, undefined) : forbidden()
    }

    const body = await readBodyWithLimit(request, maxBodyBytes)
    if (!body.ok) {
      return proxyErrorResponse(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBodyBytes} bytes.`)
    }
    let json: unknown
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.bytes))
    } catch {
      return proxyErrorResponse(400, 'INVALID_JSON', 'The request body is not valid JSON.')
    }
    if (!isJsonObject(json)) return proxyErrorResponse(400, 'INVALID_JSON', 'The request body must be a JSON object.')

    if (route.kind === 'create') {
      const { formId } = json
      if (options.allowedFormIds !== undefined && (typeof formId !== 'string' || !(await isAllowed(formId)))) {
        return forbidden()
      }
    }
    return forward(request, route, body.bytes)
  }

  return async (request) => {
    try {
      return await handle(request)
    } catch {
      // Never let an exception (and whatever its message quotes) reach the framework's error page.
      if (request.signal.aborted) {
        return proxyErrorResponse(499, 'CLIENT_CLOSED_REQUEST', 'The client closed the request.')
      }
      return proxyErrorResponse(500, 'INTERNAL', 'The proxy failed to handle the request.')
    }
  }
}
