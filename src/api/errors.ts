import type { WixErrorBody } from './wire-types'

/**
 * What went wrong:
 * - `http`: the service answered with an error status (see `status`, `code`);
 * - `network`: the request never got an answer (offline, DNS, CORS, reset);
 * - `timeout`: no answer within `timeoutMs`;
 * - `aborted`: the caller's signal aborted it;
 * - `interrupted`: a stream ended before `END_OF_RESPONSE`;
 * - `protocol`: the answer was not what the API sends (bad JSON, wrong content type, `{error}` event);
 * - `validation`: refused before any request (bad input).
 */
export type InteractiveFormErrorKind = 'http' | 'network' | 'timeout' | 'aborted' | 'interrupted' | 'protocol' | 'validation'

export interface InteractiveFormErrorOptions {
  kind: InteractiveFormErrorKind
  message: string
  status?: number
  code?: string
  details?: WixErrorBody['details'] | Record<string, unknown>
  /** Seconds from a `Retry-After` header. */
  retryAfterSeconds?: number
  cause?: unknown
}

/** The one error type the client throws. */
export class InteractiveFormError extends Error {
  override readonly name = 'InteractiveFormError'
  // `declare`: the constructor assigns all five, so no field initialisers are emitted as well.
  declare readonly kind: InteractiveFormErrorKind
  declare readonly status: number | undefined
  declare readonly code: string | undefined
  declare readonly details: InteractiveFormErrorOptions['details'] | undefined
  declare readonly retryAfterSeconds: number | undefined

  constructor(options: InteractiveFormErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause })
    this.kind = options.kind
    this.status = options.status
    this.code = options.code
    this.details = options.details
    this.retryAfterSeconds = options.retryAfterSeconds
  }

  /**
   * Whether trying the same request again may succeed: network faults,
   * timeouts, interrupted streams, 408, 429 and 5xx. Never for validation,
   * aborts or other 4xx.
   */
  get retryable(): boolean {
    switch (this.kind) {
      case 'network':
      case 'timeout':
      case 'interrupted':
        return true
      case 'http':
        return this.status === 408 || this.status === 429 || (this.status !== undefined && this.status >= 500)
      case 'aborted':
      case 'protocol':
      case 'validation':
        return false
      default:
        return this.kind satisfies never
    }
  }
}

export function isInteractiveFormError(error: unknown): error is InteractiveFormError {
  return error instanceof InteractiveFormError
}
