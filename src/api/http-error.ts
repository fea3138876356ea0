import { InteractiveFormError } from './errors'
import type { WixErrorBody } from './wire-types'

/**
 * Builds the `http` error for a non-2xx answer from the Wix error body
 * `{message, details}`; a body that is not that shape still gives the status.
 *
 * @param bodyText - the response body, or `undefined` when it could not be read.
 */
export function httpErrorFromResponse(response: Response, bodyText: string | undefined, now: number = Date.now()): InteractiveFormError {
  const body = parseErrorBody(bodyText)
  const code = body?.details?.applicationError?.code
  const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'), now)
  const message =
    typeof body?.message === 'string' && body.message !== ''
      ? body.message
      : response.statusText !== ''
        ? response.statusText
        : `HTTP ${response.status}`
  return new InteractiveFormError({
    kind: 'http',
    status: response.status,
    message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(body?.details === undefined ? {} : { details: body.details }),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  })
}

function parseErrorBody(text: string | undefined): WixErrorBody | undefined {
  if (text === undefined || text === '') return undefined
  try {
    const parsed: unknown = JSON.parse(text)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined
    const body = parsed as Record<string, unknown>
    const details = typeof body.details === 'object' && body.details !== null && !Array.isArray(body.details) ? body.details : undefined
    return {
      ...(typeof body.message === 'string' ? { message: body.message } : {}),
      ...(details === undefined ? {} : { details: details as NonNullable<WixErrorBody['details']> }),
    }
  } catch {
    return undefined
  }
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now) / 1000))
}
