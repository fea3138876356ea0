/** What recording and replay match requests by. */
export interface RequestTarget {
  method: string
  /** Path and query, no origin. */
  path: string
}

export function requestTargetOf(input: RequestInfo | URL, init: RequestInit | undefined): RequestTarget {
  const request = typeof Request !== 'undefined' && input instanceof Request ? input : undefined
  const method = (init?.method ?? request?.method ?? 'GET').toUpperCase()
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : (request?.url ?? String(input))
  return { method, path: pathOf(href) }
}

export function signalOf(input: RequestInfo | URL, init: RequestInit | undefined): AbortSignal | undefined {
  if (init?.signal) return init.signal
  return typeof Request !== 'undefined' && input instanceof Request ? input.signal : undefined
}

/** `https://host/a/b?c=1#x` and `/a/b?c=1` both give `/a/b?c=1`. */
function pathOf(href: string): string {
  try {
    const url = new URL(href, 'http://formtalk.invalid')
    return url.pathname + url.search
  } catch {
    return href
  }
}

/** An error as a recording keeps it. */
export function describeError(error: unknown): { name: string; message: string } {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown }
    return { name: typeof name === 'string' ? name : 'Error', message: typeof message === 'string' ? message : String(message) }
  }
  return { name: 'Error', message: String(error) }
}
