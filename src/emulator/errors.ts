/** Wix-shaped error answers: `{message, details: {applicationError | validationError}}`. */
import type { WixErrorBody } from '../api/wire-types'
import { applicationErrorBody } from '../api/wix-error-body'

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, accept, wix-site-id, x-emulator-fault',
  'access-control-expose-headers': 'retry-after',
  'access-control-max-age': '600',
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...CORS_HEADERS, ...headers },
  })
}

export function applicationError(status: number, code: string, message: string, data?: Record<string, unknown>, headers?: Record<string, string>): Response {
  return jsonResponse(status, applicationErrorBody(code, message, data), headers)
}

export function validationError(field: string, description: string, violatedRule: string): Response {
  const body: WixErrorBody = {
    message: `${field} ${description}`,
    details: { validationError: { fieldViolations: [{ field, description, violatedRule }] } },
  }
  return jsonResponse(400, body)
}
