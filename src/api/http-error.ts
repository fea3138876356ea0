import { InteractiveFormError } from './errors'
import type { InteractiveFormErrorOptions } from './errors'
import { isRecord } from './is-record'

/**
 * Builds the `http` error for a non-2xx answer from the Wix error body
 * `{message, details}`; a body that is not that shape still gives the status.
 *
 * @param bodyText - the response body, or `undefined` when it could not be read.
 * @param now - the clock for an HTTP-date `Retry-After`, in ms; default `Date.now()`.
 */
export function httpErrorFromResponse(response: Response, bodyText: string | undefined, now: number = Date.now()): InteractiveFormError {
  let body: unknown
  try {
    body = bodyText ? JSON.parse(bodyText) : undefined
  } catch {
    // Not JSON (an HTML error page): the status says enough.
  }
  const fields = wixErrorFields(body)
  const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'), now)
  return new InteractiveFormError({
    kind: 'http',
    status: response.status,
    ...fields,
    message: fields.message ?? (response.statusText || `HTTP ${response.status}`),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  })
}

/**
 * The parts of a Wix error body `{message, code?, details}` that are there:
 * a non-empty `message`, the `code` of `details.applicationError` (else a
 * top-level `code`), and `details` when it is an object.
 */
export function wixErrorFields(body: unknown): Partial<Pick<InteractiveFormErrorOptions, 'message' | 'code' | 'details'>> {
  if (!isRecord(body)) return {}
  const { message, details } = body
  const applicationError = isRecord(details) ? details.applicationError : undefined
  const code = isRecord(applicationError) && typeof applicationError.code === 'string' ? applicationError.code : body.code
  return {
    ...(typeof message === 'string' && message !== '' ? { message } : {}),
    ...(typeof code === 'string' ? { code } : {}),
    ...(isRecord(details) ? { details } : {}),
  }
}

/**
 * Seconds to wait from a `Retry-After` value, either delay-seconds or an HTTP
 * date (RFC 9110 §10.2.3); `undefined` when absent or unreadable.
 *
 * @param now - the clock an HTTP date is measured from, in ms; default `Date.now()`.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now) / 1000))
}
