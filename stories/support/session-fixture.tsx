/**
 * A session for chunk stories: a real store filled by dispatching events,
 * with fake actions (`fn()` spies) that change the store the way the real
 * hook does, but without any network (fake-session-actions.ts, shared with
 * the browser tests' harness, lists the differences). Stories build one in a
 * loader, so the decorator renders it and the play function reads its spies
 * and store.
 */
import type { CSSProperties, ReactNode } from 'react'
import type { Decorator, StoryContext } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import type { Mock } from 'storybook/test'
import { InteractiveFormError } from '../../src/api/errors'
import type { JsonValue, ResponseChunk, WixForm } from '../../src/api/wire-types'
import { FormSchemaProvider, WidgetConfigProvider, defaultLabels } from '../../src/components'
import type { GetCheckoutUrl, Labels, Navigate } from '../../src/components'
import { SessionProvider, useSessionStore } from '../../src/hooks/session-context'
import type { SessionActions, SessionHandle } from '../../src/hooks/session-context'
import { createSessionStore } from '../../src/store/session-store'
import type { SessionStore } from '../../src/store/session-store'
import { createFakeSessionActions, endFakeTurn, failFakeTurn, receiveFakeChunks, sayFakeMessage, startFakeSession } from './fake-session-actions'
import type { FakeRequest } from './fake-session-actions'

/**
 * What a fixture's reply to a request of its actions does (a message sent,
 * answered or retried; a session started by `reset` or `retry`): dispatch
 * chunks, end the turn, or leave it streaming.
 */
export type FixtureResponder = (fixture: FixtureSession, request: FakeRequest) => void

export interface FixtureOptions {
  /** The form schema the parts read field labels from. Default: none (labels fall back to the field target). */
  form?: WixForm | undefined
  /** How the fake service answers the actions' requests (`send`, `answer`, `retry`, `reset`). Default: an empty reply that ends successfully. */
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
  /** `END_OF_RESPONSE` and the end of the request; `false` fails the turn as the hook does (an `interrupted` error, Retry). */
  endTurn(success?: boolean): FixtureSession
  /**
   * The user's message as the hook sends it, without a spy call or a reply:
   * `send` without `answer`, `answer` with it (marking the prompt for the
   * field answered). Throws where the hook would refuse (e.g. a reply still
   * streaming).
   */
  userSays(text: string, answer?: { fieldTarget: string; value: JsonValue }): FixtureSession
  /** The request failed; with no chunk received the user's message is kept as not sent and its text goes back to the composer. */
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

export function createFixtureSession(options: FixtureOptions = {}): FixtureSession {
  const store = createSessionStore({ formId: options.form?.id ?? 'story-form', ...(options.form ? { form: options.form } : {}) })
  const respond = options.respond ?? endReply
  const actions = createFakeSessionActions<Pick<FixtureSession, keyof SessionActions>>(store, {
    spy: fn,
    respond: (request) => respond(fixture, request),
  })

  const fixture: FixtureSession = {
    store,
    debug: options.debug ?? false,
    labels: options.labels,
    getCheckoutUrl: options.getCheckoutUrl,
    ...actions,
    navigate: fn(),
    start() {
      startFakeSession(store)
      return fixture
    },
    receive(...chunks) {
      receiveFakeChunks(store, ...chunks)
      return fixture
    },
    endTurn(success = true) {
      endFakeTurn(store, success)
      return fixture
    },
    userSays(text, answer) {
      sayFakeMessage(store, text, answer)
      return fixture
    },
    fail(error = serviceUnavailable()) {
      failFakeTurn(store, error)
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
