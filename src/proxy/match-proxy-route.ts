/** A request path the proxy forwards, with the upstream URL it maps to. */
export type ProxyRoute =
  | { kind: 'create'; method: 'POST'; upstreamUrl: string }
  | { kind: 'send'; method: 'POST'; upstreamUrl: string }
  | { kind: 'form-schema'; method: 'GET'; upstreamUrl: string; formId: string }

export interface RouteTargets {
  /** Path prefix the proxy is mounted under, without a trailing slash (`''` for the root). */
  prefix: string
  /** The sessions service base URL, without a trailing slash. */
  upstreamBaseUrl: string
  /** The Form Schemas API base (`…/form-schema-service/v4/forms`), or `undefined` when schema reads are off. */
  formSchemaBaseUrl: string | undefined
}

/**
 * Ids in paths are GUIDs on the service. Accepting only URL-unreserved
 * characters, and never a dot-only segment, means a path can never climb out
 * of the forwarded endpoints (`..`, encoded slashes, query smuggling).
 */
const ID_PATTERN = /^[A-Za-z0-9_~.-]{1,200}$/

function isSafeId(segment: string): boolean {
  return ID_PATTERN.test(segment) && !/^\.+$/.test(segment)
}

/**
 * Every route that matches `pathname`, regardless of method: the caller
 * answers 404 when there is none and 405 when none has the request's method.
 * (`/forms/send-user-message` is both a schema read and a send for a session
 * called `forms`; the method decides.)
 */
export function matchProxyRoutes(pathname: string, targets: RouteTargets): ProxyRoute[] {
  const { prefix, upstreamBaseUrl, formSchemaBaseUrl } = targets
  if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return []
  const rest = pathname.slice(prefix.length).replace(/\/$/, '')
  const segments = rest === '' ? [] : rest.slice(1).split('/')
  const routes: ProxyRoute[] = []

  const [first, second] = segments
  if (segments.length === 0) {
    routes.push({ kind: 'create', method: 'POST', upstreamUrl: upstreamBaseUrl })
  } else if (segments.length === 1 && first === 'create-streamed') {
    routes.push({ kind: 'create', method: 'POST', upstreamUrl: `${upstreamBaseUrl}/create-streamed` })
  } else if (segments.length === 2 && first !== undefined && second !== undefined) {
    if (isSafeId(first) && (second === 'send-user-message' || second === 'send-user-message-streamed')) {
      routes.push({ kind: 'send', method: 'POST', upstreamUrl: `${upstreamBaseUrl}/${first}/${second}` })
    }
    if (first === 'forms' && formSchemaBaseUrl !== undefined && isSafeId(second)) {
      routes.push({ kind: 'form-schema', method: 'GET', upstreamUrl: `${formSchemaBaseUrl}/${second}`, formId: second })
    }
  }
  return routes
}
