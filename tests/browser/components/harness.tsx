import { vi } from 'vitest'
import { render } from 'vitest-browser-react'
import '../../../src/components/styles.css'
import type { ResponseChunk, WixForm } from '../../../src/api/wire-types'
import { InteractiveFormView } from '../../../src/components/interactive-form-view'
import type { InteractiveFormViewOptions } from '../../../src/components/interactive-form-view'
import type { SessionHandle } from '../../../src/hooks/session-context'
import { createSessionStore } from '../../../src/store/session-store'
import type { SessionStore } from '../../../src/store/session-store'

export interface FakeSession extends SessionHandle {
  store: SessionStore
  send: ReturnType<typeof vi.fn<SessionHandle['send']>>
  answer: ReturnType<typeof vi.fn<SessionHandle['answer']>>
  stop: ReturnType<typeof vi.fn<SessionHandle['stop']>>
  retry: ReturnType<typeof vi.fn<SessionHandle['retry']>>
  reset: ReturnType<typeof vi.fn<SessionHandle['reset']>>
  setDraft: ReturnType<typeof vi.fn<SessionHandle['setDraft']>>
}

/**
 * A store the test fills by dispatching events, with actions that behave
 * like the real hook's as far as the store goes (no network).
 */
export function createFakeSession(options: { form?: WixForm } = {}): FakeSession {
  const store = createSessionStore({ formId: 'form-1', ...(options.form ? { form: options.form } : {}) })
  const busy = () => ['starting', 'streaming'].includes(store.getState().status) || store.getState().submission !== null
  return {
    store,
    send: vi.fn(async (text: string) => {
      if (busy()) return false
      store.dispatch({ type: 'user-message', text })
      // As the real hook does: an accepted message leaves the composer.
      store.dispatch({ type: 'draft-changed', draft: '' })
      return true
    }),
    answer: vi.fn(async (fieldTarget, value, label) => {
      const prompt = store.getState().openPrompt
      if (busy() || !prompt) return false
      store.dispatch({
        type: 'user-message',
        text: label,
        currentValues: { [fieldTarget]: value },
        answer: { itemIndex: Number(prompt.itemId.slice(1)), value, label },
      })
      return true
    }),
    stop: vi.fn(() => store.dispatch({ type: 'turn-stopped' })),
    retry: vi.fn(async () => true),
    reset: vi.fn(async () => {}),
    setDraft: vi.fn((draft: string) => store.dispatch({ type: 'draft-changed', draft })),
  }
}

/** Session created, the greeting turn streaming. */
export function startSession(session: FakeSession, form?: WixForm) {
  session.store.dispatch({ type: 'session-starting', formId: 'form-1' })
  session.store.dispatch({ type: 'session-created', session: { id: 'session-1', formId: 'form-1', ...(form ? { form } : {}) } })
}

export function receive(session: FakeSession, ...chunks: ResponseChunk[]) {
  for (const chunk of chunks) session.store.dispatch({ type: 'chunk', chunk })
}

/** END_OF_RESPONSE plus the end of the request. */
export function endTurn(session: FakeSession, success = true) {
  receive(session, { chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success } })
  session.store.dispatch({ type: 'turn-ended' })
}

/** The widget at 480 px; form progress is off unless asked for (these tests are about the chat's parts). */
export function renderWidget(session: FakeSession, options: InteractiveFormViewOptions = {}) {
  return render(
    <div style={{ inlineSize: '480px' }}>
      <InteractiveFormView session={session} progress={false} {...options} />
    </div>,
  )
}

export const text = (value: string, style: 'NORMAL' | 'BOLD' = 'NORMAL'): ResponseChunk => ({
  chunkType: 'TEXT',
  textDetails: { text: value, style },
})

export const sampleForm: WixForm = {
  id: 'form-1',
  name: 'Pizza order',
  formFields: [
    {
      id: 'f1',
      fieldType: 'INPUT',
      inputOptions: {
        target: 'email',
        inputType: 'STRING',
        stringOptions: { componentType: 'TEXT_INPUT', textInputOptions: { label: 'Email address' } },
      },
    },
    {
      id: 'f2',
      fieldType: 'INPUT',
      inputOptions: {
        target: 'guests',
        inputType: 'NUMBER',
        numberOptions: { componentType: 'NUMBER_INPUT', numberInputOptions: { label: 'Number of guests' } },
      },
    },
    {
      id: 'f3',
      fieldType: 'INPUT',
      inputOptions: {
        target: 'toppings',
        inputType: 'ARRAY',
        arrayOptions: { componentType: 'CHECKBOX_GROUP', checkboxGroupOptions: { label: 'Toppings' } },
      },
    },
    {
      id: 'f4',
      fieldType: 'INPUT',
      inputOptions: {
        target: 'size',
        inputType: 'STRING',
        stringOptions: { componentType: 'RADIO_GROUP', radioGroupOptions: { label: 'Pizza size' } },
      },
    },
  ],
}
