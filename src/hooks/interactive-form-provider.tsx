import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query'
import { createContext, useContext, useMemo, useRef } from 'react'
import type { ReactNode } from 'react'
import type { InteractiveFormClient } from '../api/client'

/** What `InteractiveFormProvider` hands down: the API client and the QueryClient formtalk's mutations run in. */
export interface InteractiveFormContextValue {
  /** The provider's `client`. */
  client: InteractiveFormClient
  /** The resolved QueryClient: `queryClient`, else the app's, else the provider's own. */
  queryClient: QueryClient
}

const InteractiveFormContext = createContext<InteractiveFormContextValue | null>(null)

/** Props of `InteractiveFormProvider`. */
export interface InteractiveFormProviderProps {
  /** The API client every session below uses (`createInteractiveFormClient(…)`). Required. */
  client: InteractiveFormClient
  /**
   * The TanStack Query client formtalk's create/send mutations run in.
   * Default: the one of the nearest `QueryClientProvider` above, else one
   * created once for this provider.
   */
  queryClient?: QueryClient | undefined
  /** The app (or part of it) whose sessions use this client. Default: none. */
  children?: ReactNode
}

/**
 * A QueryClient for formtalk alone. Every request is tried even when the
 * browser reports offline (a paused chat would look frozen; a failed one
 * offers Retry), and nothing is retried unless a mutation asks for it.
 */
export function createFormtalkQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', retry: false },
      mutations: { networkMode: 'always', retry: false },
    },
  })
}

/**
 * Provides the API client (and a TanStack `QueryClient`) to
 * `useInteractiveFormSession` and `<InteractiveForm>` below it.
 *
 * The QueryClient is `queryClient` when given, else the app's own from a
 * `QueryClientProvider` above, else one created once per provider. When no
 * `QueryClientProvider` is above, children are wrapped in one for the
 * resolved client; an app's own provider is never shadowed.
 */
export function InteractiveFormProvider({ client, queryClient, children }: InteractiveFormProviderProps) {
  const above = useContext(QueryClientContext)
  const ownQueryClient = useRef<QueryClient | null>(null)
  // Lazy, so a provider that is given a QueryClient never builds one of its own.
  const resolved = queryClient ?? above ?? (ownQueryClient.current ??= createFormtalkQueryClient())
  const value = useMemo(() => ({ client, queryClient: resolved }), [client, resolved])
  // The tree keeps one shape whatever is resolved, so children never remount when props change.
  return (
    <QueryClientProvider client={above ?? resolved}>
      <InteractiveFormContext.Provider value={value}>{children}</InteractiveFormContext.Provider>
    </QueryClientProvider>
  )
}

/** The nearest provider's client and QueryClient, or `null` outside any provider. */
export function useInteractiveFormContext(): InteractiveFormContextValue | null {
  return useContext(InteractiveFormContext)
}

/** The API client of the nearest `InteractiveFormProvider`; throws outside one. */
export function useInteractiveFormClient(): InteractiveFormClient {
  const context = useContext(InteractiveFormContext)
  if (!context) {
    throw new Error(
      'formtalk: useInteractiveFormClient() must be called inside <InteractiveFormProvider client={createInteractiveFormClient(…)}>.',
    )
  }
  return context.client
}
