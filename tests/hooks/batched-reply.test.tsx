/**
 * A streamed reply is handed to the store one network read at a time: many
 * chunks in one read are one store update and one render, not one each, and
 * nothing about the conversation changes (order, callbacks, failures).
 */
import { QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { createInteractiveFormClient } from '../../src/api/client'
import type { FetchFunction, InteractiveFormClient } from '../../src/api/client'
import type { InteractiveFormStreamEvent, ResponseChunk } from '../../src/api/wire-types'
import { InteractiveFormProvider, createFormtalkQueryClient, useInteractiveFormSession, useTranscript } from '../../src/hooks'
import type { UseInteractiveFormSessionOptions } from '../../src/hooks'
import { selectTranscript } from '../../src/store'
import { endOfResponse, separator, submission, textData } from '../store/chunk-builders'

const FORM_ID = 'form-1'
const SESSION = { id: 'session-1', formId: FORM_ID }
const BASE_URL = 'https://formtalk.test/forms/ai/v1/interactive-form-sessions'

/** Forty captured values: forty bubbles, the kind of reply that arrives in one read. */
const captures: ResponseChunk[] = Array.from({ length: 40 }, (_, index) => textData(`field_${index}`, `value ${index}`))

/** Answers every create with `chunks`, all of them in a single piece of the body (one network read). */
function oneReadFetch(chunks: ResponseChunk[], streamed = true): FetchFunction {
  return async (url) => {
    if (url.includes('/form-schema-service/')) return Response.json({ form: { id: FORM_ID, name: 'Form', formFields: [] } })
    if (!streamed) return Response.json({ interactiveFormSession: SESSION, responseChunks: chunks })
    const text = chunks
      .map((responseChunk, index) => `data: ${JSON.stringify(index === 0 ? { responseChunk, interactiveFormSession: SESSION } : { responseChunk })}\n\n`)
      .join('')
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text))
        controller.close()
      },
    })
    return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } })
  }
}

function setup(client: InteractiveFormClient, options: Partial<UseInteractiveFormSessionOptions> = {}) {
  const queryClient = createFormtalkQueryClient()
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <InteractiveFormProvider client={client} queryClient={queryClient}>
        {children}
      </InteractiveFormProvider>
    </QueryClientProvider>
  )
  const transcriptLengths: number[] = []
  const hook = renderHook(
    () => {
      const session = useInteractiveFormSession({ formId: FORM_ID, ...options })
      const transcript = useTranscript(session.store)
      transcriptLengths.push(transcript.length)
      return { ...session, transcript }
    },
    { wrapper },
  )
  return { ...hook, transcriptLengths }
}

describe('a streamed reply is stored per network read', () => {
  it('forty chunks in one read are one store update and never render half the read', async () => {
    const chunks = [...captures, endOfResponse()]
    const client = createInteractiveFormClient({ baseUrl: BASE_URL, fetch: oneReadFetch(chunks) })
    const onChunk = vi.fn()
    const { result, transcriptLengths } = setup(client, { onChunk })
    const store = result.current.store
    const updates: number[] = []
    const unsubscribe = store.subscribe((state) => updates.push(selectTranscript(state).length))
    await waitFor(() => expect(result.current.status).toBe('ready'))
    unsubscribe()

    expect(selectTranscript(store.getState())).toHaveLength(40)
    expect(store.getState().values.field_39?.value).toBe('value 39')
    // The chunks came in one update; the transcript never showed some of them without the rest.
    expect(updates.filter((length) => length > 0 && length < 40)).toEqual([])
    expect(transcriptLengths.filter((length) => length > 0 && length < 40)).toEqual([])
    // Callbacks still see every chunk, in order.
    expect(onChunk.mock.calls.map(([chunk]) => chunk)).toEqual(chunks)
  })

  it('a standard (non-streamed) reply is one store update too', async () => {
    const client = createInteractiveFormClient({ baseUrl: BASE_URL, fetch: oneReadFetch([...captures, endOfResponse()], false) })
    const { result } = setup(client, { streaming: false })
    const updates: number[] = []
    const unsubscribe = result.current.store.subscribe((state) => updates.push(selectTranscript(state).length))
    await waitFor(() => expect(result.current.status).toBe('ready'))
    unsubscribe()
    expect(result.current.transcript).toHaveLength(40)
    expect(updates.filter((length) => length > 0 && length < 40)).toEqual([])
  })

  it('END_OF_RESPONSE success:false inside a read keeps the chunks before it and fails the turn', async () => {
    const client = createInteractiveFormClient({ baseUrl: BASE_URL, fetch: oneReadFetch([...captures.slice(0, 5), endOfResponse(false), separator()]) })
    const onError = vi.fn()
    const { result } = setup(client, { onError })
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.transcript).toHaveLength(5)
    expect(result.current.error?.kind).toBe('interrupted')
    expect(onError).toHaveBeenCalledTimes(1)
  })

  it('a submission in the middle of a read is reported once, after the store has the whole read', async () => {
    const client = createInteractiveFormClient({ baseUrl: BASE_URL, fetch: oneReadFetch([captures[0] as ResponseChunk, submission('sub-1', 'checkout-1'), captures[1] as ResponseChunk, endOfResponse()]) })
    const transcriptAtSubmission: number[] = []
    const onSubmitted = vi.fn()
    const onCheckout = vi.fn()
    const { result } = setup(client, {
      onSubmitted: (value) => {
        onSubmitted(value)
        transcriptAtSubmission.push(selectTranscript(result.current.store.getState()).length)
      },
      onCheckout,
    })
    await waitFor(() => expect(onCheckout).toHaveBeenCalledWith('checkout-1'))
    expect(onSubmitted).toHaveBeenCalledTimes(1)
    expect(onSubmitted).toHaveBeenCalledWith({ submissionId: 'sub-1', checkoutId: 'checkout-1' })
    expect(transcriptAtSubmission).toEqual([3])
  })

  it('a client of your own that returns a plain async generator (no batches) still works, chunk by chunk', async () => {
    const events: InteractiveFormStreamEvent[] = [
      { responseChunk: captures[0] as ResponseChunk, interactiveFormSession: SESSION },
      { responseChunk: captures[1] as ResponseChunk },
      { responseChunk: endOfResponse() },
    ]
    const real = createInteractiveFormClient({ baseUrl: BASE_URL, fetch: oneReadFetch([]) })
    const client: InteractiveFormClient = {
      ...real,
      async *createInteractiveFormSessionStreamed() {
        yield* events
      },
    }
    const { result } = setup(client)
    await waitFor(() => expect(result.current.status).toBe('ready'))
    expect(result.current.transcript.map((item) => (item.kind === 'chunk' ? item.chunk : null))).toEqual([captures[0], captures[1]])
  })
})
