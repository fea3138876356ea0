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

/** What `new InteractiveFormError(…)` takes; each becomes the property of the same name. */
export interface InteractiveFormErrorOptions {
  /** What went wrong (see `InteractiveFormErrorKind`). Required. */
  kind: InteractiveFormErrorKind
  /** The error's message: the service's own when it gave one. Required. */
  message: string
  /** The HTTP status, for kind `http`. Default: none. */
  status?: number
  /** A machine-readable code: the Wix `applicationError.code` (else the body's `code`), or formtalk's own (`EMPTY_REQUEST`, a `PersistProblemCode`). Default: none. */
  code?: string
  /** The Wix error body's `details` (e.g. `validationError.fieldViolations`), or formtalk's own (`{frame}` of a skipped stream frame). Default: none. */
  details?: WixErrorBody['details'] | Record<string, unknown>
  /** Seconds from a `Retry-After` header. Default: none. */
  retryAfterSeconds?: number
  /** The underlying failure, passed on as the standard `Error.cause`. Default: none (no `cause` set). */
  cause?: unknown
}

/** The one error type the client throws. */
export class InteractiveFormError extends Error {
  /** Always `"InteractiveFormError"`. */
  override readonly name = 'InteractiveFormError'
  // `declare`: the constructor assigns all five, so no field initialisers are emitted as well.
  /** What went wrong (see `InteractiveFormErrorKind`). */
  declare readonly kind: InteractiveFormErrorKind
  /** The HTTP status (kind `http`); else `undefined`. */
  declare readonly status: number | undefined
  /** The Wix `applicationError.code` or formtalk's own code, when there is one. */
  declare readonly code: string | undefined
  /** The Wix error body's `details`, when there are any. */
  declare readonly details: InteractiveFormErrorOptions['details'] | undefined
  /** Seconds to wait, from a `Retry-After` header (typically on 429 / 503). */
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

/** Whether `error` is an `InteractiveFormError` (a type guard for `catch` blocks). */
export function isInteractiveFormError(error: unknown): error is InteractiveFormError {
  return error instanceof InteractiveFormError
}
