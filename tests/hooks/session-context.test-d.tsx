import type { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import type { InteractiveFormClient } from '../../src/api/client'
import {
  InteractiveFormProvider,
  SessionProvider,
  createFormtalkQueryClient,
  useInteractiveFormClient,
  useInteractiveFormContext,
  useSessionActions,
  useSessionHandle,
  useSessionStore,
  useStoreSelector,
  useTranscript,
} from '../../src/hooks'
import type { InteractiveFormContextValue, InteractiveFormProviderProps, SessionActions, SessionHandle } from '../../src/hooks'
import type { SessionState, SessionStatus, SessionStore, TranscriptItem } from '../../src/store'

declare const store: SessionStore
declare const client: InteractiveFormClient

describe('providers', () => {
  it('InteractiveFormProvider needs a client; the QueryClient is optional', () => {
    expectTypeOf<InteractiveFormProviderProps>().toEqualTypeOf<{ client: InteractiveFormClient; queryClient?: QueryClient | undefined; children?: ReactNode }>()
    expectTypeOf(InteractiveFormProvider).toBeCallableWith({ client })
    expectTypeOf(InteractiveFormProvider).toBeCallableWith({ client, queryClient: createFormtalkQueryClient() })
    // @ts-expect-error the client is required
    void InteractiveFormProvider({ children: null })
  })

  it('SessionProvider takes a SessionHandle: the hook result or its stable handle', () => {
    expectTypeOf(SessionProvider).parameter(0).toEqualTypeOf<{ session: SessionHandle; children?: ReactNode }>()
    // @ts-expect-error actions alone are not enough: the components read the store
    void SessionProvider({ session: {} as SessionActions })
  })

  it('createFormtalkQueryClient returns a TanStack QueryClient', () => {
    expectTypeOf(createFormtalkQueryClient).returns.toEqualTypeOf<QueryClient>()
  })
})

describe('context hooks', () => {
  it('useInteractiveFormClient returns the client (it throws outside a provider), useInteractiveFormContext may be null', () => {
    expectTypeOf(useInteractiveFormClient).returns.toEqualTypeOf<InteractiveFormClient>()
    expectTypeOf(useInteractiveFormContext).returns.toEqualTypeOf<InteractiveFormContextValue | null>()
    expectTypeOf<InteractiveFormContextValue>().toEqualTypeOf<{ client: InteractiveFormClient; queryClient: QueryClient }>()
  })

  it('useSessionHandle and useSessionActions return the session, never null', () => {
    expectTypeOf(useSessionHandle).returns.toEqualTypeOf<SessionHandle>()
    expectTypeOf(useSessionActions).returns.toEqualTypeOf<SessionActions>()
    expectTypeOf<SessionHandle['store']>().toEqualTypeOf<SessionStore>()
  })
})

describe('selector hooks', () => {
  it('useSessionStore and useStoreSelector return what the selector returns', () => {
    expectTypeOf(useSessionStore((state) => state.status)).toEqualTypeOf<SessionStatus>()
    expectTypeOf(useSessionStore((state) => Object.keys(state.values).length)).toEqualTypeOf<number>()
    expectTypeOf(useStoreSelector(store, (state) => state.draft)).toEqualTypeOf<string>()
    expectTypeOf(useStoreSelector(store, (state) => state.openPrompt?.fieldTarget)).toEqualTypeOf<string | undefined>()
    expectTypeOf(useSessionStore<SessionState['values']>).parameter(0).toEqualTypeOf<(state: SessionState) => SessionState['values']>()
    // @ts-expect-error the selector gets the session state, which has no `transcript` (read it with useTranscript)
    useSessionStore((state) => state.transcript)
    // @ts-expect-error useStoreSelector takes the store first
    useStoreSelector((state: SessionState) => state.draft, store)
  })

  it('useTranscript returns a read-only list of transcript items', () => {
    expectTypeOf(useTranscript(store)).toEqualTypeOf<readonly TranscriptItem[]>()
    const items = useTranscript(store)
    // @ts-expect-error the list is the store's: never mutate it
    items.push(items[0]!)
  })
})
