/**
 * The core (API client, store) must run without React: a server, a worker or
 * another framework can use it. Every React-side package is mocked to throw
 * on import, then the core is imported and used for real.
 */
import { describe, expect, it, vi } from 'vitest'
import type { WixForm } from '../src/api/wire-types'

vi.mock('react', () => {
  throw new Error('core imported react')
})
vi.mock('react-dom', () => {
  throw new Error('core imported react-dom')
})
vi.mock('@tanstack/react-query', () => {
  throw new Error('core imported @tanstack/react-query')
})
vi.mock('radix-ui', () => {
  throw new Error('core imported radix-ui')
})

describe('the core imports no React', () => {
  it('imports and uses the API layer', async () => {
    const api = await import('../src/api/index')
    const requests: string[] = []
    const client = api.createInteractiveFormClient({
      baseUrl: 'https://formtalk.test/sessions',
      fetch: async (url) => {
        requests.push(url)
        return new Response(JSON.stringify({ interactiveFormSession: { id: 's-1', formId: 'f-1' }, responseChunks: [] }), {
          headers: { 'Content-Type': 'application/json' },
        })
      },
    })
    const reply = await client.createInteractiveFormSession('f-1')
    expect(reply.interactiveFormSession.id).toBe('s-1')
    expect(requests).toEqual(['https://formtalk.test/sessions'])
    expect(new api.InteractiveFormError({ kind: 'http', status: 503, message: 'x' }).retryable).toBe(true)
  })

  it('imports and uses the store', async () => {
    const { createSessionStore, selectTranscript } = await import('../src/store/index')
    const store = createSessionStore({ formId: 'f-1' })
    store.dispatch({ type: 'session-starting', formId: 'f-1' })
    store.dispatch({ type: 'chunk', chunk: { chunkType: 'TEXT', textDetails: { text: 'Hello', style: 'NORMAL' } } })
    expect(store.getState().status).toBe('streaming')
    expect(selectTranscript(store.getState())).toHaveLength(1)
  })

  it('imports and uses persistence and the form schema helpers, which pages read without React', async () => {
    const { createSessionPersistence, readPersistedSubmission } = await import('../src/persist/index')
    const { listInputFields } = await import('../src/form-schema/index')
    const items = new Map<string, string>()
    const storage = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key) }
    expect(readPersistedSubmission('f-1', createSessionPersistence({ storage }))).toBeNull()
    const form: WixForm = { id: 'f-1', formFields: [{ id: 'a', fieldType: 'INPUT', inputOptions: { target: 'age', inputType: 'NUMBER' } }] }
    expect(listInputFields(form).map((field) => field.target)).toEqual(['age'])
  })

  it('does catch a module that imports React (the check itself works)', async () => {
    const failure: unknown = await import('../src/hooks/session-context').then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(failure).toBeInstanceOf(Error)
    expect(String((failure as Error).cause)).toMatch(/core imported react/)
  })
})
