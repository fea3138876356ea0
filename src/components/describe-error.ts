import type { InteractiveFormError } from '../api/errors'
import type { Labels } from './labels'

/** A transport failure in words the user can act on. */
export function describeError(error: InteractiveFormError, labels: Labels): string {
  switch (error.kind) {
    case 'network':
      return labels.errorOffline
    case 'timeout':
      return labels.errorTimeout
    case 'interrupted':
      return labels.errorInterrupted
    case 'http':
      if (error.status === 429) return labels.errorRateLimited(error.retryAfterSeconds)
      if (error.status !== undefined && error.status >= 500) return labels.errorServer
      if (error.status === 401 || error.status === 403) return labels.errorUnauthorized
      if (error.status === 404) return labels.errorNotFound
      return labels.errorGeneric(error.message)
    default:
      return labels.errorGeneric(error.message)
  }
}
