/**
 * The widget's public hooks, for apps that build parts of their own on top of
 * `<InteractiveForm>`'s context: config and labels, the form schema, an
 * editable field, a prompt's state, and the drop-in's session.
 */
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { ResponseChunk } from '../../src/api/wire-types'
import { FormSchemaProvider, WidgetConfigProvider, useEditableField, useFormSchema, useLabels, usePromptState, useWidgetConfig, useWidgetSession } from '../../src/components'
import { SessionProvider, useTranscript } from '../../src/hooks'
import { en, es } from '../../src/locales'
import { itemIndexOf, selectTranscript } from '../../src/store'
import type { AssistantChunkItem, TranscriptItem } from '../../src/store'
import { contactForm } from '../form-schema/test-form'
import { BASE_URL, createFakeService } from '../hooks/fake-service'
import { createTestSession } from '../progress/session-handle'
import { endOfResponse, singleSelect, text } from '../store/chunk-builders'
import { FORM_ID, SESSION } from '../store/fold-events'

describe('useWidgetConfig and useLabels', () => {
  it('give the English labels and the defaults outside any provider', () => {
    const { result } = renderHook(() => ({ config: useWidgetConfig(), labels: useLabels() }))
    expect(result.current.labels).toBe(en)
    expect(result.current.config).toMatchObject({ debug: false, startButton: false, getCheckoutUrl: undefined, components: {} })
  })

  it('give the locale with the overrides on top', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <WidgetConfigProvider locale={es} labels={{ send: 'Mandar' }}>
        {children}
      </WidgetConfigProvider>
    )
    const { result } = renderHook(() => useLabels(), { wrapper })
    expect(result.current.send).toBe('Mandar')
    expect(result.current.message).toBe(es.message)
  })

  it('call the latest getCheckoutUrl through a wrapper that keeps its identity', async () => {
    let resolver = (checkoutId: string) => `https://shop.test/old/${checkoutId}`
    const wrapper = ({ children }: { children: ReactNode }) => <WidgetConfigProvider getCheckoutUrl={(id) => resolver(id)}>{children}</WidgetConfigProvider>
    const { result, rerender } = renderHook(() => useWidgetConfig(), { wrapper })
    const first = result.current.getCheckoutUrl
    resolver = (checkoutId) => `https://shop.test/new/${checkoutId}`
    rerender()
    expect(result.current.getCheckoutUrl).toBe(first)
    expect(await result.current.getCheckoutUrl?.('c-1')).toBe('https://shop.test/new/c-1')
  })
})

describe('useFormSchema and useEditableField', () => {
  function withSchema(form: typeof contactForm | null) {
    return ({ children }: { children: ReactNode }) => <FormSchemaProvider form={form}>{children}</FormSchemaProvider>
  }

  it('useFormSchema is null until a schema is provided', () => {
    expect(renderHook(() => useFormSchema()).result.current).toBeNull()
    expect(renderHook(() => useFormSchema(), { wrapper: withSchema(contactForm) }).result.current).toBe(contactForm)
  })

  it('useEditableField gives the field and the editor it gets', () => {
    const { result } = renderHook(() => ({ meal: useEditableField('meal'), topics: useEditableField('topics'), email: useEditableField('email') }), {
      wrapper: withSchema(contactForm),
    })
    expect(result.current.meal).toMatchObject({ info: { target: 'meal', label: 'Meal' }, kind: 'one' })
    expect(result.current.topics?.kind).toBe('many')
    expect(result.current.email?.kind).toBe('text')
  })

  it('useEditableField is null for a field the schema does not have, and without a schema', () => {
    expect(renderHook(() => useEditableField('shoeSize'), { wrapper: withSchema(contactForm) }).result.current).toBeNull()
    expect(renderHook(() => useEditableField('meal'), { wrapper: withSchema(null) }).result.current).toBeNull()
  })
})

describe('usePromptState', () => {
  /** A started session whose reply so far holds `chunks`, shared through a SessionProvider. */
  function sessionWith(chunks: ResponseChunk[]) {
    const session = createTestSession({ formId: FORM_ID })
    session.store.dispatch({ type: 'session-starting', formId: FORM_ID })
    session.store.dispatch({ type: 'session-created', session: SESSION })
    session.store.dispatch({ type: 'chunks', chunks })
    const wrapper = ({ children }: { children: ReactNode }) => <SessionProvider session={session}>{children}</SessionProvider>
    return { store: session.store, wrapper }
  }

  /** The transcript's select prompts, as the hook reads them (the same item objects the transcript holds). */
  function promptsOf(items: readonly TranscriptItem[]): AssistantChunkItem[] {
    return items.flatMap((item) => (item.kind === 'chunk' && item.chunk.chunkType === 'SINGLE_SELECT_INPUT' ? [item] : []))
  }

  it('follows a select prompt: waiting while its reply streams, then open, then answered', () => {
    const { store, wrapper } = sessionWith([singleSelect('meal', [['veg', 'Vegetarian']])])
    const { result } = renderHook(
      () => {
        const [prompt] = promptsOf(useTranscript(store))
        if (!prompt) throw new Error('no prompt')
        return usePromptState(prompt)
      },
      { wrapper },
    )
    expect(result.current).toBe('waiting')
    act(() => {
      store.dispatch({ type: 'chunk', chunk: endOfResponse() })
      store.dispatch({ type: 'turn-ended' })
    })
    expect(result.current).toBe('open')
    const itemIndex = itemIndexOf(store.getState().openPrompt?.itemId ?? '')
    if (itemIndex === undefined) throw new Error('no open prompt')
    act(() => store.dispatch({ type: 'user-message', text: 'Vegetarian', answer: { itemIndex, value: 'veg', label: 'Vegetarian' } }))
    expect(result.current).toBe('answered')
  })

  it('closes a prompt that a newer one superseded', () => {
    const { store, wrapper } = sessionWith([singleSelect('meal', [['veg', 'Vegetarian']]), text('Or rather:'), singleSelect('drink', [['tea', 'Tea']]), endOfResponse()])
    act(() => store.dispatch({ type: 'turn-ended' }))
    const [older, newer] = promptsOf(selectTranscript(store.getState()))
    if (!older || !newer) throw new Error('two prompts expected')
    const { result } = renderHook(() => [usePromptState(older), usePromptState(newer)], { wrapper })
    expect(result.current).toEqual(['closed', 'open'])
  })
})

describe('useWidgetSession', () => {
  it('outside any provider builds its own client from baseUrl and fetch; with autoStart false it waits for Start', async () => {
    const service = createFakeService({ session: { id: 'session-w', formId: FORM_ID } })
    service.reply({ chunks: [text('Hi!'), endOfResponse()] })
    const fetch = vi.fn(service.fetch)
    const { result } = renderHook(() => useWidgetSession({ formId: FORM_ID, baseUrl: BASE_URL, fetch, autoStart: false, form: contactForm }))
    expect(result.current.view.startButton).toBe(true)
    expect(result.current.session.status).toBe('idle')
    expect(service.requests).toHaveLength(0)

    await act(() => result.current.session.start())
    await waitFor(() => expect(result.current.session.status).toBe('ready'))
    expect(result.current.session.sessionId).toBe('session-w')
    expect(fetch.mock.calls[0]?.[0]).toBe(`${BASE_URL}/create-streamed`)
  })
})
