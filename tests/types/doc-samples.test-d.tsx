/**
 * The main code samples of README.md, docs/hook.md and docs/client.md, as a
 * reader would paste them (`from 'formtalk'` becomes `../../src`): if the
 * API changes under a sample, this file stops compiling. Names a sample
 * leaves to the reader (`redirectToCheckout`, `Bubble`, …) are declared here.
 * Change a sample here and in its document together.
 */
import type { ReactNode } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import {
  InteractiveForm,
  InteractiveFormProvider,
  SessionProvider,
  createInteractiveFormClient,
  isInteractiveFormError,
  useInteractiveFormSession,
  useSessionActions,
  useSessionStore,
  useTranscript,
} from '../../src'
import type { InteractiveFormError, ResponseChunk, TranscriptItem } from '../../src'
import { createInteractiveFormProxy } from '../../src/proxy'

declare function redirectToCheckout(checkoutId: string): void
declare function Bubble(props: { item: TranscriptItem }): ReactNode
declare function getVisitorToken(): Promise<string>
declare function render(chunk: ResponseChunk): void
declare const formId: string

describe('README.md', () => {
  it('"Use it": the drop-in widget', () => {
    function ContactChat() {
      return (
        <InteractiveForm
          formId="0b1c9a5e-3f4d-4c2a-9e61-7d5b2a8c4f10"
          baseUrl="/api/formtalk" // your same-origin proxy (formtalk/proxy)
          onSubmitted={({ submissionId }) => console.log('submitted', submissionId)}
        />
      )
    }
    expectTypeOf(ContactChat).returns.toExtend<ReactNode>()
  })

  it('"Use it": the proxy route', () => {
    const handler = createInteractiveFormProxy({ apiKey: process.env.WIX_API_KEY!, siteId: process.env.WIX_SITE_ID! })
    expectTypeOf(handler).toEqualTypeOf<(request: Request) => Promise<Response>>()
  })

  it('"Use it": headless, with your own components', () => {
    const client = createInteractiveFormClient({ baseUrl: '/api/formtalk' })

    function MyChat({ formId }: { formId: string }) {
      const session = useInteractiveFormSession({ formId })
      const items = useTranscript(session.store)
      // call session.send(text), session.answer(target, value, label), session.retry() …
      // (A sample without a return does not compile: `<MyChat />` needs a component that returns a node.)
      return <ol>{items.map((item) => <li key={item.id}>{item.kind === 'user' ? item.text : '…'}</li>)}</ol>
    }

    const app = (
      <InteractiveFormProvider client={client}>
        <MyChat formId="…" />
      </InteractiveFormProvider>
    )
    void app
  })
})

describe('docs/hook.md', () => {
  it('the first sample: a provider and a chat of your own', () => {
    const client = createInteractiveFormClient({ baseUrl: '/api/interactive-form-sessions' }) // your same-origin proxy

    function App() {
      return (
        <InteractiveFormProvider client={client}>
          <MyChat formId="3f2a6c1e-8b4d-4e7a-9c15-2d8f0a6b7e41" />
        </InteractiveFormProvider>
      )
    }

    function MyChat({ formId }: { formId: string }) {
      const session = useInteractiveFormSession({
        formId,
        onCheckout: (checkoutId) => redirectToCheckout(checkoutId),
      })
      const items = useTranscript(session.store)
      return (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void session.send(session.draft)
          }}
        >
          {items.map((item) => (
            <Bubble key={item.id} item={item} />
          ))}
          {session.failedMessage && (
            <button type="button" onClick={() => void session.retry()}>
              Retry
            </button>
          )}
          <input value={session.draft} onChange={(event) => session.setDraft(event.target.value)} />
          <button disabled={session.isBusy}>Send</button>
          {session.isBusy && (
            <button type="button" onClick={session.stop}>
              Stop
            </button>
          )}
        </form>
      )
    }
    void App
  })

  it('"Custom UIs with useSessionStore"', () => {
    function ProgressBadge() {
      const captured = useSessionStore((state) => Object.keys(state.values).length)
      return <span>{captured} answers</span>
    }

    function PlanPicker() {
      const prompt = useSessionStore((state) => state.openPrompt)
      const { answer } = useSessionActions()
      if (prompt?.chunk.chunkType !== 'SINGLE_SELECT_INPUT') return null
      return prompt.chunk.singleSelectInputDetails.options.map((option) => (
        <button key={option.value} onClick={() => void answer(prompt.fieldTarget, option.value, option.label)}>
          {option.label}
        </button>
      ))
    }

    function Chat({ formId }: { formId: string }) {
      const session = useInteractiveFormSession({ formId })
      return (
        <SessionProvider session={session.handle}>
          <ProgressBadge />
          <PlanPicker />
        </SessionProvider>
      )
    }
    void Chat
  })
})

describe('docs/client.md', () => {
  it('the first sample: create, then stream a reply', async () => {
    const client = createInteractiveFormClient({
      baseUrl: '/api/interactive-form-sessions', // your same-origin proxy
      headers: async () => ({ Authorization: await getVisitorToken() }),
    })

    const { interactiveFormSession, responseChunks } = await client.createInteractiveFormSession(formId)

    for await (const { responseChunk } of client.sendUserMessageStreamed(interactiveFormSession.id, { input: 'I am John, 25' })) {
      render(responseChunk)
    }
    expectTypeOf(responseChunks).toEqualTypeOf<ResponseChunk[]>()
  })

  it('"Errors": every failure narrows to InteractiveFormError', () => {
    const failure: unknown = new Error('x')
    if (isInteractiveFormError(failure)) {
      expectTypeOf(failure).toEqualTypeOf<InteractiveFormError>()
      expectTypeOf(failure.retryable).toEqualTypeOf<boolean>()
      expectTypeOf(failure.kind).toEqualTypeOf<'http' | 'network' | 'timeout' | 'aborted' | 'interrupted' | 'protocol' | 'validation'>()
    }
  })
})
