import type { WixErrorBody } from './wire-types'

/** The service's error body for an application error: `{message, details: {applicationError: {code, description, data?}}}`. */
export function applicationErrorBody(code: string, message: string, data?: Record<string, unknown>): WixErrorBody {
  return { message, details: { applicationError: { code, description: message, ...(data ? { data } : {}) } } }
}
