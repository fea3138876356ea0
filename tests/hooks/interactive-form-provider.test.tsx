import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { createInteractiveFormClient } from '../../src/api/client'
import { InteractiveFormProvider, createFormtalkQueryClient, useInteractiveFormClient, useInteractiveFormContext } from '../../src/hooks'
import { BASE_URL, createFakeService } from './fake-service'

const client = createInteractiveFormClient({ baseUrl: BASE_URL, fetch: createFakeService().fetch })

/** What a component below the provider sees: formtalk's context and the app's own `useQueryClient()`. */
function useSeen() {
  return { context: useInteractiveFormContext(), queryClientBelow: useQueryClient(), client: useInteractiveFormClient() }
}

describe('useInteractiveFormContext', () => {
  it('is null outside any provider, so a component can fall back to props', () => {
    const { result } = renderHook(() => useInteractiveFormContext())
    expect(result.current).toBeNull()
  })
})

describe('InteractiveFormProvider', () => {
  it('hands down its client, to useInteractiveFormClient as well', () => {
    const wrapper = ({ children }: { children: ReactNode }) => <InteractiveFormProvider client={client}>{children}</InteractiveFormProvider>
    const { result } = renderHook(useSeen, { wrapper })
    expect(result.current.context?.client).toBe(client)
    expect(result.current.client).toBe(client)
  })

  it('runs formtalk in the queryClient it is given, and leaves the app its own QueryClientProvider', () => {
    const appQueryClient = new QueryClient()
    const formtalkQueryClient = createFormtalkQueryClient()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={appQueryClient}>
        <InteractiveFormProvider client={client} queryClient={formtalkQueryClient}>
          {children}
        </InteractiveFormProvider>
      </QueryClientProvider>
    )
    const { result } = renderHook(useSeen, { wrapper })
    expect(result.current.context?.queryClient).toBe(formtalkQueryClient)
    expect(result.current.queryClientBelow).toBe(appQueryClient)
  })

  it("uses the app's QueryClient from a provider above when given none", () => {
    const appQueryClient = new QueryClient()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={appQueryClient}>
        <InteractiveFormProvider client={client}>{children}</InteractiveFormProvider>
      </QueryClientProvider>
    )
    const { result } = renderHook(useSeen, { wrapper })
    expect(result.current.context?.queryClient).toBe(appQueryClient)
    expect(result.current.queryClientBelow).toBe(appQueryClient)
  })

  it('creates one QueryClient of its own when there is none, keeps it across renders and provides it below', () => {
    const wrapper = ({ children }: { children: ReactNode }) => <InteractiveFormProvider client={client}>{children}</InteractiveFormProvider>
    const { result, rerender } = renderHook(useSeen, { wrapper })
    const own = result.current.context?.queryClient
    expect(own).toBeInstanceOf(QueryClient)
    expect(result.current.queryClientBelow).toBe(own)
    rerender()
    expect(result.current.context?.queryClient).toBe(own)
  })

  it('creates a QueryClient that never retries and runs while the browser reports offline', () => {
    const defaults = createFormtalkQueryClient().getDefaultOptions()
    expect(defaults.mutations).toMatchObject({ retry: false, networkMode: 'always' })
    expect(defaults.queries).toMatchObject({ retry: false, networkMode: 'always' })
  })
})
