/**
 * A session for chunk stories: a real store filled by dispatching events,
 * with fake actions (`fn()` spies) that change the store the way the real
 * hook does, but without any network. Stories build one in a loader, so the
 * decorator renders it and the play function reads its spies and store.
 */
import type { CSSProperties, ReactNode } from 'react'
import type { Decorator, StoryContext } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import type { Mock } from 'storybook/test'
import { InteractiveFormError } from '../../src/api/errors'
import type { CurrentValues, JsonValue, ResponseChunk, WixForm } from '../../src/api/wire-types'
import { FormSchemaProvider, WidgetConfigProvider, defaultLabels } from '../../src/components'
import type { GetCheckoutUrl, Labels, Navigate } from '../../src/components'
import { SessionProvider, useSessionStore } from '../../src/hooks/session-context'
import type { SessionActions, SessionHandle } from '../../src/hooks/session-context'
import { createSessionStore } from '../../src/store/session-store'
import type { SessionStore } from '../../src/store/session-store'
import type { SessionState } from '../../src/store/session-state'

/** What a fixture's reply to a message does: dispatch chunks, end the turn, or leave it streaming. */
export type FixtureResponder = (fixture: FixtureSession, message: { text: string; currentValues?: CurrentValues }) => void

export interface FixtureOptions {
  /** The form schema the parts read field labels from. Default: none (labels fall back to the field target). */
  form?: WixForm | undefined
  /** How the fake service answers `send`, `answer` and `retry`. Default: an empty reply that ends successfully. */
  respond?: FixtureResponder | undefined
  /** Shows `DEBUG` chunks. Default: `false`. */
  debug?: boolean | undefined
  /** Label overrides. Default: English. */
  labels?: Partial<Labels> | undefined
  /**
   * Resolves a purchase's checkout URL, so the submission card links to it.
   * No hook runs here, so the card never redirects by itself (as a card
   * restored from an earlier visit); its link calls `navigate`. Default:
   * none (the card shows no checkout action).
   */
  getCheckoutUrl?: GetCheckoutUrl | undefined
}

/** The session handle the parts receive, every action a spy. */
export interface FixtureSession extends SessionHandle {
  store: SessionStore
  send: Mock<SessionActions['send']>
  answer: Mock<SessionActions['answer']>
  stop: Mock<SessionActions['stop']>
  retry: Mock<SessionActions['retry']>
  reset: Mock<SessionActions['reset']>
  setDraft: Mock<SessionActions['setDraft']>
  /** Stands in for `window.location.assign`: where the checkout link took the buyer. */
  navigate: Mock<Navigate>
  readonly debug: boolean
  readonly labels: Partial<Labels> | undefined
  readonly getCheckoutUrl: GetCheckoutUrl | undefined
  /** Session created; the greeting turn is streaming. */
  start(): FixtureSession
  /** Chunks arriving, in order. */
  receive(...chunks: ResponseChunk[]): FixtureSession
  /** `END_OF_RESPONSE` and the end of the request. */
  endTurn(success?: boolean): FixtureSession
  /** The user's message as the hook sends it (an answer marks its prompt answered). */
  userSays(text: string, answer?: { fieldTarget: string; value: JsonValue }): FixtureSession
  /** The request failed; with no chunk received the user's message is kept as not sent. */
  fail(error?: InteractiveFormError): FixtureSession
}

/** The end of a reply without any chunk: enough for the message to count as delivered. */
export const endReply: FixtureResponder = (fixture) => {
  fixture.endTurn()
}

/** A reply that never ends: the prompt stays in its "waiting" state. */
export const neverReply: FixtureResponder = () => {}

export function serviceUnavailable(): InteractiveFormError {
  return new InteractiveFormError({ kind: 'http', status: 503, message: 'The service is temporarily unavailable' })
}

const isBusy = (state: SessionState) => state.status === 'starting' || state.status === 'streaming'

export function createFixtureSession(options: FixtureOptions = {}): FixtureSession {
  const store = createSessionStore({ formId: options.form?.id ?? 'story-form', ...(options.form ? { form: options.form } : {}) })
  const respond = options.respond ?? endReply
  const refused = () => isBusy(store.getState()) || store.getState().submission !== null

  const fixture: FixtureSession = {
    store,
    debug: options.debug ?? false,
    labels: options.labels,
    getCheckoutUrl: options.getCheckoutUrl,
    send: fn(async (text: string, sendOptions?: { currentValues?: CurrentValues }) => {
      if (refused() || text.trim() === '') return false
      const currentValues = sendOptions?.currentValues
      store.dispatch({ type: 'user-message', text, ...(currentValues ? { currentValues } : {}) })
      // As the hook does: a message accepted from the composer empties it.
      store.dispatch({ type: 'draft-changed', draft: '' })
      respond(fixture, { text, ...(currentValues ? { currentValues } : {}) })
      return true
    }),
    answer: fn(async (fieldTarget: string, value: JsonValue, label: string) => {
      if (refused()) return false
      fixture.userSays(label, { fieldTarget, value })
      respond(fixture, { text: label, currentValues: { [fieldTarget]: value } })
      return true
    }),
    stop: fn(() => store.dispatch({ type: 'turn-stopped' })),
    retry: fn(async () => {
      const failed = store.getState().failedMessage
      if (!failed || isBusy(store.getState())) return false
      store.dispatch({
        type: 'user-message',
        text: failed.text,
        retryOf: failed.itemIndex,
        ...(failed.currentValues ? { currentValues: failed.currentValues } : {}),
      })
      respond(fixture, { text: failed.text, ...(failed.currentValues ? { currentValues: failed.currentValues } : {}) })
      return true
    }),
    reset: fn(async () => store.dispatch({ type: 'reset' })),
    setDraft: fn((draft: string) => store.dispatch({ type: 'draft-changed', draft })),
    navigate: fn(),
    start() {
      const formId = options.form?.id ?? 'story-form'
      store.dispatch({ type: 'session-starting', formId })
      store.dispatch({ type: 'session-created', session: { id: 'story-session', formId } })
      return fixture
    },
    receive(...chunks) {
      for (const chunk of chunks) store.dispatch({ type: 'chunk', chunk })
      return fixture
    },
    endTurn(success = true) {
      fixture.receive({ chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success } })
      store.dispatch({ type: 'turn-ended' })
      return fixture
    },
    userSays(text, answer) {
      const prompt = store.getState().openPrompt
      const answered = answer && prompt?.fieldTarget === answer.fieldTarget ? Number(prompt.itemId.slice(1)) : undefined
      store.dispatch({
        type: 'user-message',
        text,
        ...(answer ? { currentValues: { [answer.fieldTarget]: answer.value } } : {}),
        ...(answer && answered !== undefined ? { answer: { itemIndex: answered, value: answer.value, label: text } } : {}),
      })
      return fixture
    },
    fail(error = serviceUnavailable()) {
      store.dispatch({ type: 'turn-failed', error })
      return fixture
    },
  }
  return fixture
}

/** The fixture a story's loader made (`loaders: [fixtureLoader(…)]`). */
export function fixtureOf(context: Pick<StoryContext, 'loaded'>): FixtureSession {
  const fixture: unknown = context.loaded.fixture
  if (!fixture || typeof fixture !== 'object' || !('store' in fixture)) {
    throw new Error('This story needs `loaders: [fixtureLoader(…)]` to build its session.')
  }
  return fixture as FixtureSession
}

/** A loader building a fresh fixture per render, so every story (and every test run) starts from the same state. */
export function fixtureLoader(build: (fixture: FixtureSession) => void, options: FixtureOptions = {}) {
  return async () => {
    const fixture = createFixtureSession(options)
    build(fixture)
    return { fixture }
  }
}

/** The presentation args every chunk story has. */
export interface FixtureArgs {
  /** `light`, `dark` or `auto`. */
  theme: 'light' | 'dark' | 'auto'
  /** Text direction. */
  dir: 'ltr' | 'rtl'
}

export const fixtureArgs: FixtureArgs = { theme: 'light', dir: 'ltr' }

export const fixtureArgTypes = {
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'], description: 'The widget theme (`data-theme` on the root).' },
  dir: { control: 'inline-radio', options: ['ltr', 'rtl'], description: 'Text direction of the widget.' },
} as const

// The chunk stories are short: no need for the widget's fixed 32rem height.
const frameStyle = { '--formtalk-height': 'auto', inlineSize: '32rem', maxInlineSize: '100%' } as CSSProperties
const contentStyle: CSSProperties = { padding: '0.75rem' }

/**
 * Wraps a story in what the widget gives its parts: the session, labels and
 * config, the form schema, and the `.formtalk` root (theme, direction, CSS).
 */
export const withSessionFixture: Decorator = (Story, context) => {
  const fixture = fixtureOf(context)
  const args = context.args as Partial<FixtureArgs>
  const theme = args.theme ?? 'light'
  const dir = args.dir ?? 'ltr'
  return (
    <SessionProvider session={fixture}>
      <WidgetConfigProvider labels={fixture.labels} debug={fixture.debug} getCheckoutUrl={fixture.getCheckoutUrl} navigate={fixture.navigate}>
        <SchemaFromStore>
          <section
            className="formtalk"
            aria-label={fixture.labels?.widget ?? defaultLabels.widget}
            data-theme={theme}
            dir={dir}
            style={frameStyle}
          >
            <div className="formtalk-log-content" style={contentStyle}>
              <Story />
            </div>
          </section>
        </SchemaFromStore>
      </WidgetConfigProvider>
    </SessionProvider>
  )
}

function SchemaFromStore({ children }: { children: ReactNode }) {
  const form = useSessionStore((state) => state.form)
  return <FormSchemaProvider form={form}>{children}</FormSchemaProvider>
}
