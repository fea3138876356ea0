import { applicationErrorBody } from '../api/wix-error-body'

/** Codes of the errors the proxy itself answers with (never the upstream's). */
export type ProxyErrorCode =
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'PERMISSION_DENIED'
  | 'INVALID_JSON'
  | 'UPSTREAM_UNAVAILABLE'
  | 'CLIENT_CLOSED_REQUEST'
  | 'INTERNAL'
  | 'BAD_REQUEST'

/**
 * An error the proxy answers itself, shaped like the service's own errors
 * (`{message, details: {applicationError: {code}}}`) so the browser client
 * reads both the same way. Messages are fixed strings: nothing from the
 * request, the configuration or an upstream failure goes into them.
 */
export function proxyErrorResponse(
  status: number,
  code: ProxyErrorCode,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(applicationErrorBody(code, message)), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  })
}
