/** The hook against the project's emulator: the real request/stream path end to end, no scripted replies. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { createInteractiveFormClient } from '../../src/api/client'
import { createEmulator } from '../../src/emulator/create-emulator'
import { contactForm } from '../../src/emulator/sample-forms'
import { useInteractiveFormSession } from '../../src/hooks'

describe('useInteractiveFormSession with the emulator', () => {
  it('streams a greeting, captures the values a message gives, and loads the form schema', async () => {
    const emulator = createEmulator({ forms: [contactForm] })
    const client = createInteractiveFormClient({ baseUrl: `https://emulator.test/forms/ai/v1/interactive-form-sessions`, fetch: (input, init) => emulator.fetch(input, init) })
    const onError = vi.fn()
    // The app's own QueryClientProvider is enough: no InteractiveFormProvider needed.
    const queryClient = new QueryClient()
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    const { result } = renderHook(() => useInteractiveFormSession({ formId: contactForm.id, client, onError }), { wrapper })
    await waitFor(() => expect(result.current.status).toBe('ready'))
    expect(result.current.sessionId).toBe(emulator.sessions()[0]?.id)
    await waitFor(() => expect(result.current.store.getState().form?.id).toBe(contactForm.id))

    await act(async () => {
      expect(await result.current.send('My name is Ada Lovelace, email ada@example.com')).toBe(true)
    })
    expect(result.current.status).toBe('ready')
    expect(result.current.values.email?.value).toBe('ada@example.com')
    expect(emulator.getSession(result.current.sessionId ?? '')?.values.email).toBe('ada@example.com')
    expect(onError).not.toHaveBeenCalled()
  })
})
