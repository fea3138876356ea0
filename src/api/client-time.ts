import type { ClientTime } from './wire-types'

/**
 * The caller's clock as the service wants it on create: an ISO-8601 UTC time
 * and the IANA zone, so "tomorrow" or "next Friday" resolve in the user's day.
 *
 * @param now - the instant to report; default `new Date()`.
 */
export function currentClientTime(now: Date = new Date()): ClientTime {
  return { currentTime: now.toISOString(), timeZone: localTimeZone() }
}

function localTimeZone(): string {
  try {
    // Some stripped-down runtimes (older Android WebViews, small-icu Node) report no zone.
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  } catch {
    return 'UTC'
  }
}
