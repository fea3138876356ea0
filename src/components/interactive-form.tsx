import { useLayoutEffect, useMemo, useRef } from 'react'
import { createInteractiveFormClient } from '../api/client'
import type { FetchFunction, InteractiveFormClient, InteractiveFormClientOptions } from '../api/client'
import { useInteractiveFormContext } from '../hooks/interactive-form-provider'
import { useInteractiveFormSession } from '../hooks/use-interactive-form-session'
import type { UseInteractiveFormSessionOptions } from '../hooks/use-interactive-form-session'
import { InteractiveFormView } from './interactive-form-view'
import type { InteractiveFormViewOptions } from './interactive-form-view'

export interface InteractiveFormProps extends Omit<UseInteractiveFormSessionOptions, 'client'>, Omit<InteractiveFormViewOptions, 'startButton'> {
  /** The API client. Default: the nearest `InteractiveFormProvider`'s, else one built from `baseUrl`, `headers` and `fetch`. */
  client?: InteractiveFormClient | undefined
  /** Endpoint (or same-origin proxy path) for the client built when there is no `client` nor provider. Default: the Wix API. */
  baseUrl?: string | undefined
  /** Request headers for that client, e.g. a function adding a visitor token. Never a Wix API key in a browser. Default: none. */
  headers?: InteractiveFormClientOptions['headers']
  /** The `fetch` for that client. Default: `globalThis.fetch`. */
  fetch?: FetchFunction | undefined
}

/**
 * The drop-in: `<InteractiveForm formId="…" />` turns a Wix form into a chat.
 * Inside an `InteractiveFormProvider` it uses the provider's client; outside,
 * it builds its own from `baseUrl` / `headers` / `fetch` (and the hook keeps a
 * private QueryClient).
 */
export function InteractiveForm(props: InteractiveFormProps) {
  const { client, baseUrl, headers, fetch, components, labels, className, debug, theme, dir, onCheckout, ...sessionOptions } = props
  const context = useInteractiveFormContext()
  const ownClient = useOwnClient(client === undefined && context === null, baseUrl, headers, fetch)
  const session = useInteractiveFormSession({ ...sessionOptions, onCheckout, client: client ?? context?.client ?? ownClient })
  return (
    <InteractiveFormView
      session={session.handle}
      components={components}
      labels={labels}
      className={className}
      debug={debug}
      theme={theme}
      dir={dir}
      onCheckout={onCheckout}
      startButton={sessionOptions.autoStart === false}
    />
  )
}

/**
 * A client built once per `baseUrl`; `headers` and `fetch` are read at each
 * request, so inline functions do not rebuild it.
 */
function useOwnClient(
  needed: boolean,
  baseUrl: string | undefined,
  headers: InteractiveFormClientOptions['headers'],
  fetch: FetchFunction | undefined,
): InteractiveFormClient | undefined {
  const latest = useRef({ headers, fetch })
  useLayoutEffect(() => {
    latest.current = { headers, fetch }
  })
  return useMemo(() => {
    if (!needed) return undefined
    return createInteractiveFormClient({
      baseUrl,
      fetch: (input, init) => (latest.current.fetch ?? globalThis.fetch)(input, init),
      headers: (context) => {
        const current = latest.current.headers
        return typeof current === 'function' ? current(context) : (current ?? {})
      },
    })
  }, [needed, baseUrl])
}
