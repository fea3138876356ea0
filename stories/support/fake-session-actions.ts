/**
 * The store logic of a fake session handle, shared by the browser tests'
 * harness (`vi.fn` spies, tests/browser/components/harness.tsx) and the
 * stories' fixture (storybook `fn()` spies, stories/support/session-fixture.tsx).
 *
 * Plain functions over a `SessionStore` that change it the way
 * `SessionController` (src/hooks/session-controller.ts) does for the same
 * call, so a component under test sees the store it would see with the real
 * hook:
 *
 * - `send` and `answer` are refused (`false`, store untouched) with no
 *   session, while a request is in flight or the session is busy
 *   (`isBusy` from the store), after submission (`submission` set, also when the reply that submitted failed afterwards),
 *   for blank text without `currentValues`, and for text over the input
 *   limit. The text is trimmed, empty `currentValues` are dropped.
 * - `send` clears the draft; `answer` does not. `answer` ties the message to
 *   the open prompt only when that prompt asks for the same field (its
 *   `itemIndex` read from the prompt's `itemId` as the controller does);
 *   otherwise the answer is still sent, as a plain user message with
 *   `currentValues`.
 * - `retry` re-sends the failed message (`retryOf` its item, its
 *   `currentValues`) and clears the draft only when the draft is that
 *   message's text; a session that never started is started; a greeting cut
 *   short (no user message yet) starts over; anything else is refused.
 * - `stop`, and a failure (`failFakeTurn`, `endFakeTurn(store, false)`), give
 *   a typed message that got no reply chunk back to an empty composer, as
 *   the controller's `#giveTextBack` does.
 * - `reset` dispatches `reset` and starts a new session (the draft stays).
 *
 * Where the fake deliberately differs (there is no network):
 *
 * - No request goes out. A request is "in flight" while the store's last turn
 *   is `streaming`; it ends when the responder (if any) or the test/story
 *   ends it (`receiveFakeChunks`, `endFakeTurn`, `failFakeTurn`). The
 *   responder is called synchronously, right after the store shows the
 *   request, and without one the turn stays in flight.
 * - `send`, `answer` and `retry` resolve at once, not when the reply ends.
 * - Starting a session (`startFakeSession`, `reset`, `retry`) names the
 *   session immediately (`session-created` right after `session-starting`,
 *   ids `session-1`, `session-2`, … per store) instead of when the create's
 *   reply says so; the greeting turn then streams.
 * - The fake is always "mounted" (the real actions do nothing outside a
 *   mount), reports nothing (no `onError` for a too-long message, no
 *   `onChunk`/`onSubmitted`), persists nothing and fetches no form schema.
 */
import { InteractiveFormError } from '../../src/api/errors'
import { inputTooLongError } from '../../src/api/request-errors'
import type { CurrentValues, JsonValue, ResponseChunk, WixForm } from '../../src/api/wire-types'
import type { SessionActions } from '../../src/hooks/session-context'
import type { OutgoingMessage } from '../../src/hooks/session-controller'
import { isBusy, itemIndexOf } from '../../src/store/session-state'
import type { SessionState } from '../../src/store/session-state'
import type { SessionStore } from '../../src/store/session-store'

/** What the fake "service" is asked: a new session, or a user message (also a retried one). */
export type FakeRequest =
  | { kind: 'create'; formId: string }
  | { kind: 'send'; text: string; currentValues?: CurrentValues; retryOf?: number }

/** Plays the service: dispatches the reply (chunks, end, failure) or leaves the turn in flight. */
export type FakeResponder = (request: FakeRequest) => void

/**
 * Wraps one action in a spy that calls it: `vi.fn` in browser tests,
 * storybook's `fn` in stories. The two libraries' `Mock` types differ, so
 * the caller names what its spies are (`Spied` of `createFakeSessionActions`).
 */
export type SpyFactory = (implementation: (...args: never[]) => unknown) => unknown

export interface FakeSessionActionsOptions {
  /** Wraps each action; the spy must call the fake's implementation. */
  spy: SpyFactory
  /** Answers every request the actions make. Default: none (each request stays in flight for the test or story to drive). */
  respond?: FakeResponder | undefined
}

/** What the fake keeps beside the store: the stand-in for the controller's run. */
interface FakeRun {
  /** Sessions started on this store, for the next id. */
  starts: number
  /** A typed message in flight (it cleared the composer) and the reply turn it waits for. */
  typed: { text: string; turnId: string } | null
}

const runs = new WeakMap<SessionStore, FakeRun>()

function runOf(store: SessionStore): FakeRun {
  let run = runs.get(store)
  if (!run) {
    run = { starts: 0, typed: null }
    runs.set(store, run)
  }
  return run
}

/** The controller's `#run !== null`, read from the store. */
function inFlight(state: SessionState): boolean {
  return state.lastTurn?.status === 'streaming'
}

/**
 * Starts a session as the controller's `start` does, but names it at once:
 * `session-starting`, then `session-created`. The greeting turn is left
 * streaming. Default id: `session-<n>`, n counting this store's starts.
 */
export function startFakeSession(store: SessionStore, options: { sessionId?: string; form?: WixForm } = {}): void {
  const run = runOf(store)
  run.starts += 1
  run.typed = null
  const formId = store.getState().formId ?? 'form-1'
  store.dispatch({ type: 'session-starting', formId })
  store.dispatch({
    type: 'session-created',
    session: { id: options.sessionId ?? `session-${run.starts}`, formId, ...(options.form ? { form: options.form } : {}) },
  })
}

/** Chunks arriving in one network read: one store update, as the controller applies them. */
export function receiveFakeChunks(store: SessionStore, ...chunks: ResponseChunk[]): void {
  store.dispatch({ type: 'chunks', chunks })
}

/**
 * The end of the reply in flight. `success: false` is handled as the
 * controller does: the `END_OF_RESPONSE` chunk is not stored, the turn fails
 * with an `interrupted` error (status `error`, Retry offered).
 */
export function endFakeTurn(store: SessionStore, success = true): void {
  if (!success) {
    failFakeTurn(store, new InteractiveFormError({ kind: 'interrupted', message: 'The service could not finish the reply (END_OF_RESPONSE success: false)' }))
    return
  }
  receiveFakeChunks(store, { chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: true } })
  store.dispatch({ type: 'turn-ended' })
  runOf(store).typed = null
}

/** The request in flight failed: `turn-failed`, then a typed message with no reply goes back to the composer. */
export function failFakeTurn(store: SessionStore, error: InteractiveFormError): void {
  if (!inFlight(store.getState())) return
  store.dispatch({ type: 'turn-failed', error })
  giveTextBack(store)
}

/**
 * A typed message that got no reply at all goes back into an empty
 * composer, never over text typed since (the controller's `#giveTextBack`).
 */
function giveTextBack(store: SessionStore): void {
  const run = runOf(store)
  const typed = run.typed
  run.typed = null
  const state = store.getState()
  if (!typed || typed.turnId !== state.lastTurn?.id) return
  if (state.turnHasChunks || state.draft.trim() !== '' || state.failedMessage?.text !== typed.text) return
  store.dispatch({ type: 'draft-changed', draft: typed.text })
}

/**
 * The controller's `#submit` without the request: refusals, the user
 * message, the draft. Returns whether the message was accepted; the caller
 * hands it to the responder.
 */
function submit(store: SessionStore, message: OutgoingMessage): { text: string; currentValues?: CurrentValues } | null {
  const state = store.getState()
  const input = message.text.trim()
  const currentValues = message.currentValues && Object.keys(message.currentValues).length > 0 ? message.currentValues : undefined
  if (!state.session) return null
  if (inFlight(state) || isBusy(state) || state.submission) return null
  if (input === '' && !currentValues) return null
  if (inputTooLongError(input)) return null
  store.dispatch({ type: 'user-message', text: input, currentValues, answer: message.answer, retryOf: message.retryOf })
  const turnId = store.getState().lastTurn?.id
  runOf(store).typed = message.clearDraft && turnId ? { text: input, turnId } : null
  if (message.clearDraft) store.dispatch({ type: 'draft-changed', draft: '' })
  return { text: input, ...(currentValues ? { currentValues } : {}) }
}

/** The controller's `answer`: the open prompt's item when it asks for this field, else a plain message with the value. */
function answerMessage(store: SessionStore, fieldTarget: string, value: JsonValue, label: string): OutgoingMessage {
  const prompt = store.getState().openPrompt
  const itemIndex = prompt && prompt.fieldTarget === fieldTarget ? itemIndexOf(prompt.itemId) : undefined
  return {
    text: label,
    currentValues: { [fieldTarget]: value },
    answer: itemIndex === undefined ? undefined : { itemIndex, value, label },
    clearDraft: false,
  }
}


/**
 * A user message put in the store without a spy call or a reply, for setting
 * a scene: `send` without `answer`, `answer` with it. Throws where the real
 * hook would refuse, so a scene cannot show what the widget never would.
 */
export function sayFakeMessage(store: SessionStore, text: string, answer?: { fieldTarget: string; value: JsonValue }): void {
  const message = answer ? answerMessage(store, answer.fieldTarget, answer.value, text) : { text, clearDraft: true }
  if (!submit(store, message)) {
    throw new Error(`The session would refuse "${text}" now (status ${store.getState().status}): end the turn first.`)
  }
}

/**
 * The six session actions over `store`, each wrapped by `spy`. `Spied` is
 * the caller's type of the wrapped actions, e.g.
 * `{ [Name in keyof SessionActions]: Mock<SessionActions[Name]> }`.
 */
export function createFakeSessionActions<Spied extends SessionActions>(store: SessionStore, options: FakeSessionActionsOptions): Spied {
  const { respond } = options
  // Typed per action here; what the spy adds is the caller's `Spied`.
  const spy = <Action extends (...args: never[]) => unknown>(implementation: Action) => options.spy(implementation) as Action

  const submitAndRespond = (message: OutgoingMessage): boolean => {
    const sent = submit(store, message)
    if (!sent) return false
    respond?.({ kind: 'send', ...sent, ...(message.retryOf !== undefined ? { retryOf: message.retryOf } : {}) })
    return true
  }

  const start = () => {
    startFakeSession(store)
    respond?.({ kind: 'create', formId: store.getState().formId ?? 'form-1' })
  }

  const reset = () => {
    // The controller drops the run in flight without telling the store, then starts over.
    runOf(store).typed = null
    store.dispatch({ type: 'reset' })
    start()
  }

  const actions: SessionActions = {
    send: spy<SessionActions['send']>(async (text, sendOptions) => submitAndRespond({ text, currentValues: sendOptions?.currentValues, clearDraft: true })),
    answer: spy<SessionActions['answer']>(async (fieldTarget, value, label) => submitAndRespond(answerMessage(store, fieldTarget, value, label))),
    stop: spy<SessionActions['stop']>(() => {
      if (!inFlight(store.getState())) return
      store.dispatch({ type: 'turn-stopped' })
      giveTextBack(store)
    }),
    retry: spy<SessionActions['retry']>(async () => {
      const state = store.getState()
      if (inFlight(state) || isBusy(state) || state.submission) return false
      if (!state.session) {
        start()
        return true
      }
      const failed = state.failedMessage
      if (failed) {
        // The text given back to the composer goes out again with Retry; anything typed since stays.
        return submitAndRespond({ text: failed.text, currentValues: failed.currentValues, retryOf: failed.itemIndex, clearDraft: state.draft.trim() === failed.text })
      }
      if ((state.interrupted || state.status === 'error') && state.lastUserItemIndex === null) {
        reset()
        return true
      }
      return false
    }),
    reset: spy<SessionActions['reset']>(async () => reset()),
    setDraft: spy<SessionActions['setDraft']>((draft) => store.dispatch({ type: 'draft-changed', draft })),
  }
  return actions as Spied
}
