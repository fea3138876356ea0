import { vi } from 'vitest'
import type { Mock } from 'vitest'
import { render } from 'vitest-browser-react'
import '../../../src/components/styles.css'
import type { InteractiveFormError } from '../../../src/api/errors'
import type { ResponseChunk, WixForm } from '../../../src/api/wire-types'
import { InteractiveFormView } from '../../../src/components/interactive-form-view'
import type { InteractiveFormViewOptions } from '../../../src/components/interactive-form-view'
import type { SessionActions } from '../../../src/hooks/session-context'
import { createSessionStore } from '../../../src/store/session-store'
import type { SessionStore } from '../../../src/store/session-store'
import {
  createFakeSessionActions,
  endFakeTurn,
  failFakeTurn,
  receiveFakeChunks,
  startFakeSession,
} from '../../../stories/support/fake-session-actions'
import type { FakeResponder } from '../../../stories/support/fake-session-actions'

/** The session actions, each a `vi.fn` spy. */
export type FakeSessionActions = { [Name in keyof SessionActions]: Mock<SessionActions[Name]> }

export type FakeSession = FakeSessionActions & { store: SessionStore }

export interface FakeSessionOptions {
  /** The form schema the parts read field labels from. Default: none. */
  form?: WixForm
  /** Answers each request the actions make. Default: none (the test drives every reply with `receive`, `endTurn`, `failTurn`). */
  respond?: FakeResponder
}

/**
 * A store the test fills by dispatching events, with actions that change it
 * as the real hook does, without a network (see
 * stories/support/fake-session-actions.ts for the few differences).
 */
export function createFakeSession(options: FakeSessionOptions = {}): FakeSession {
  const store = createSessionStore({ formId: 'form-1', ...(options.form ? { form: options.form } : {}) })
  return { store, ...createFakeSessionActions<FakeSessionActions>(store, { spy: vi.fn, respond: options.respond }) }
}

/** Session created, the greeting turn streaming. */
export function startSession(session: FakeSession, form?: WixForm) {
  startFakeSession(session.store, form ? { form } : {})
}

/** Chunks arriving together (one network read). */
export function receive(session: FakeSession, ...chunks: ResponseChunk[]) {
  receiveFakeChunks(session.store, ...chunks)
}

/** END_OF_RESPONSE plus the end of the request; `false` fails the turn as the real hook does (`interrupted`). */
export function endTurn(session: FakeSession, success = true) {
  endFakeTurn(session.store, success)
}

/** The request in flight failed; a typed message with no reply goes back to the composer. */
export function failTurn(session: FakeSession, error: InteractiveFormError) {
  failFakeTurn(session.store, error)
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
