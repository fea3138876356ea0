import { QueryClientContext } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { useCallback, useContext, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { createInteractiveFormClient } from '../api/client'
import type { FetchFunction, InteractiveFormClient, InteractiveFormClientOptions } from '../api/client'
import { createFormtalkQueryClient, useInteractiveFormContext } from '../hooks/interactive-form-provider'
import type { SessionSubmission } from '../hooks/session-controller'
import { useInteractiveFormSession } from '../hooks/use-interactive-form-session'
import type { UseInteractiveFormSessionOptions, UseInteractiveFormSessionResult } from '../hooks/use-interactive-form-session'
import type { SessionStore } from '../store/session-store'
import { checkoutHandoffOf } from './checkout-handoff'
import type { InteractiveFormViewOptions } from './interactive-form-view'
import { assignLocation } from './widget-config'

/** What `<InteractiveForm>` and `<InteractiveFormLauncher>` take: the hook's options, the view's, and how to build a client. */
export interface InteractiveFormProps
  extends Omit<UseInteractiveFormSessionOptions, 'client'>, Omit<InteractiveFormViewOptions, 'startButton' | 'previousSubmission' | 'onStartNew'> {
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
 * The session behind a drop-in (inline or launcher) plus the view options
 * that go with it: its own client and QueryClient when there are none, the checkout redirect
 * of a purchase made here, and — with `persist` — the completed state of a
 * form already submitted on an earlier visit (no new session is created
 * until the user asks for one).
 */
export function useWidgetSession(props: InteractiveFormProps): {
  session: UseInteractiveFormSessionResult
  view: InteractiveFormViewOptions
} {
  const { client, baseUrl, headers, fetch, onCheckout, getCheckoutUrl, navigate, autoStart = true, ...rest } = props
  const { components, locale, labels, className, debug, theme, dir, progress, devtools, ...sessionOptions } = rest
  const context = useInteractiveFormContext()
  const ownClient = useOwnClient(client === undefined && context === null, baseUrl, headers, fetch)
  const queryClientAbove = useContext(QueryClientContext)
  const ownQueryClient = useRef<QueryClient | null>(null)
  // The hook never builds a QueryClient; a drop-in outside any provider brings its own, created once.
  const queryClient =
    sessionOptions.queryClient ?? context?.queryClient ?? queryClientAbove ?? (ownQueryClient.current ??= createFormtalkQueryClient())

  // Decided before the hook's first render, so a submitted form does not start a new session by itself.
  const [held, setHeld] = useState(() => ({ formId: sessionOptions.formId, submission: storedSubmission(sessionOptions) }))
  if (held.formId !== sessionOptions.formId) setHeld({ formId: sessionOptions.formId, submission: storedSubmission(sessionOptions) })
  const holding = held.formId === sessionOptions.formId && held.submission !== null

  const latest = useRef({ onCheckout, getCheckoutUrl, navigate })
  useLayoutEffect(() => {
    latest.current = { onCheckout, getCheckoutUrl, navigate }
  })
  const store = useRef<SessionStore | null>(null)
  // The hook calls this once per live submission with a checkoutId: the app hears it, and the widget redirects.
  const handleCheckout = useCallback((checkoutId: string) => {
    const current = latest.current
    current.onCheckout?.(checkoutId)
    const resolve = current.getCheckoutUrl
    if (!resolve || !store.current) return
    checkoutHandoffOf(store.current).begin(checkoutId, {
      getCheckoutUrl: resolve,
      navigate: (url) => (latest.current.navigate ?? assignLocation)(url),
      redirect: true,
    })
  }, [])

  const session = useInteractiveFormSession({
    ...sessionOptions,
    autoStart: autoStart && !holding,
    onCheckout: onCheckout || getCheckoutUrl ? handleCheckout : undefined,
    client: client ?? context?.client ?? ownClient,
    queryClient,
  })
  useLayoutEffect(() => {
    store.current = session.store
  }, [session.store])

  const { startOver } = session
  const startNew = useCallback(() => {
    setHeld((current) => ({ ...current, submission: null }))
    void startOver()
  }, [startOver])

  const previousSubmission = holding ? (session.previousSubmission ?? held.submission) : null
  return {
    session,
    view: {
      components,
      locale,
      labels,
      className,
      debug,
      theme,
      dir,
      progress,
      devtools,
      getCheckoutUrl,
      navigate,
      startButton: autoStart === false,
      previousSubmission,
      onStartNew: startNew,
      resumed: session.resumed,
    } satisfies InteractiveFormViewOptions,
  }
}

/** The submission a previous visit left in `persist`'s storage, if any (read through the same factory the hook uses). */
function storedSubmission(options: Pick<UseInteractiveFormSessionOptions, 'formId' | 'persist'>): SessionSubmission | null {
  if (!options.persist) return null
  try {
    // Warnings are the hook's to report: it reads the same record right after.
    const read = options.persist.open(options.formId, () => {}).read()
    return read.kind === 'submission' ? read.submission : null
  } catch {
    return null
  }
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
