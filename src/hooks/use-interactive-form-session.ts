import { MutationObserver, QueryClientContext } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { useContext, useEffect, useLayoutEffect, useMemo, useState } from 'react'
import type { InteractiveFormClient } from '../api/client'
import type { InteractiveFormError } from '../api/errors'
import type { CurrentValues, ResponseChunk, WixForm } from '../api/wire-types'
import type { SessionPersistenceFactory } from '../persist/create-session-persistence'
import { createSessionStore } from '../store/session-store'
import type { SessionStore } from '../store/session-store'
import type { FailedMessage, OpenPrompt, SessionState, SessionStatus } from '../store/session-state'
import { useInteractiveFormContext } from './interactive-form-provider'
import { useStoreSelector } from './session-context'
import type { SessionHandle } from './session-context'
import { DEFAULT_CREATE_RETRY, SessionController } from './session-controller'
import { isBusy } from '../store/session-state'
import type { CreateRetryOptions, CreateVariables, PreviousSubmission, SendVariables, SessionErrorInfo, SessionSubmission } from './session-controller'

/** Options of `useInteractiveFormSession`: `formId` is required, the rest optional. */
export interface UseInteractiveFormSessionOptions {
  /** The Wix form to fill (its GUID). Required. Changing it drops the session and starts one for the new form. */
  formId: string
  /** The API client. Default: the one of the nearest `InteractiveFormProvider`; without either the hook throws. */
  client?: InteractiveFormClient | undefined
  /**
   * The TanStack `QueryClient` the create/send mutations run in. Default: the
   * `InteractiveFormProvider`'s, else the nearest `QueryClientProvider`'s;
   * with none of the three the hook throws (it never builds a QueryClient
   * itself, so a headless bundle carries only the mutation code). Read once,
   * at mount, like `useMutation` does.
   */
  queryClient?: QueryClient | undefined
  /** Read replies as they stream (the `…-streamed` methods) rather than as one JSON reply. Default: `true`. */
  streaming?: boolean | undefined
  /** Field values, keyed by field `target`, sent on create to pre-fill or resume the form. Default: none. */
  currentValues?: CurrentValues | undefined
  /** Run the whole flow without a real submission (fixed at create). Default: `false`. */
  dryRun?: boolean | undefined
  /**
   * Create the session on mount. When `false`, call `start()` (or
   * `retry()`/`reset()`). Read at mount and when `formId` changes. Default: `true`.
   */
  autoStart?: boolean | undefined
  /** The form schema, when you have it. Default: the session's own `form`, else fetched with `client.getForm` once the session exists. */
  form?: WixForm | undefined
  /** Called with every response chunk, in order, after the store has it (the chunks of one network read are stored together, then reported one by one). Default: none. */
  onChunk?: ((chunk: ResponseChunk) => void) | undefined
  /** Called once per submission, when its `SUBMISSION` chunk arrives. Default: none. */
  onSubmitted?: ((submission: SessionSubmission) => void) | undefined
  /** Called once with the `checkoutId` when a submission carries one (a purchase): redirect to checkout here. Default: none. */
  onCheckout?: ((checkoutId: string) => void) | undefined
  /**
   * Called for every failure (`info.fatal`: HTTP errors, timeouts, network
   * errors, cut streams, `END_OF_RESPONSE` with `success: false`), and for
   * warnings the conversation survives (`!info.fatal`: skipped malformed
   * frames, a form schema that could not be fetched, a message over 10,000
   * characters, storage problems of `persist` with `operation: 'persist'`).
   * Never for the hook's own aborts (stop, reset, unmount). Default: none.
   */
  onError?: ((error: InteractiveFormError, info: SessionErrorInfo) => void) | undefined
  /**
   * Automatic retries of a create that fails with a retryable error (network,
   * timeout, 408, 429, 5xx) before any chunk arrived; `false` disables them.
   * Sends are never retried automatically (call `retry()`). A `Retry-After`
   * (429, 503) is waited out when it is at most 10 s; a longer one fails to
   * the user at once. Default: `{ retries: 2, delayMs: 500 }` — waits 500 ms,
   * then 1000 ms.
   */
  createRetry?: CreateRetryOptions | false | undefined
  /**
   * Keep the conversation across reloads: `createSessionPersistence()` for
   * the defaults, or `createSessionPersistence({ storage, key, maxIdleMs })`
   * — `storage` default `sessionStorage`, `key` default `formtalk:<formId>`,
   * `maxIdleMs` default 30 minutes. A saved conversation is restored instead
   * of creating a session (see `resumed`, `startOver`); a submitted one is
   * not (see `previousSubmission`). Read at mount and when `formId` changes.
   * Storage problems are `onError` warnings (`operation: 'persist'`). A
   * factory rather than `true` so apps that do not persist ship none of its
   * code. Default: none (nothing is kept).
   */
  persist?: SessionPersistenceFactory | undefined
}

/** What `useInteractiveFormSession` returns: the session's state, its actions and its `handle`. */
export interface UseInteractiveFormSessionResult extends SessionHandle {
  /** The service's session id once created. */
  sessionId: string | null
  /** `idle` before a create, `starting`/`streaming` while a request is in flight, then `ready`, `submitted` or `error`. */
  status: SessionStatus
  /** Values captured so far, by field target. */
  values: SessionState['values']
  /** The newest unanswered input prompt. */
  openPrompt: OpenPrompt | null
  /** What the `SUBMISSION` chunk reported, once the form is submitted; `send` refuses from then on. */
  submission: SessionState['submission']
  /** The error of the last failed turn (cleared by the next send). */
  error: InteractiveFormError | null
  /** Whether the last reply was cut short. */
  interrupted: boolean
  /** The message Retry would re-send. */
  failedMessage: FailedMessage | null
  /** The composer's text. */
  draft: string
  /** A create or reply is in flight (`starting`/`streaming`); `send` refuses meanwhile. */
  isBusy: boolean
  /** Creates the session when `autoStart` is `false` (or starts over, dropping a request in flight). */
  start(): Promise<void>
  /** `{store, ...actions}` with a stable identity, for `<SessionProvider session={…}>` without re-rendering its consumers. */
  handle: SessionHandle
  /** `persist`: the conversation shown was restored from storage (until `startOver`/`reset`). */
  resumed: boolean
  /** `persist`: when the shown conversation was restored, else `null`. */
  restoredAt: Date | null
  /** `persist`: a submission an earlier visit of this form left in storage (the chat itself starts fresh), else `null`. */
  previousSubmission: PreviousSubmission | null
  /** Forgets the restored (or current) conversation, its saved copy included, and starts a new session. Same as `reset`. */
  startOver(): Promise<void>
}

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect

/** The state fields the result exposes as they are. */
const VIEW_KEYS = ['status', 'values', 'openPrompt', 'submission', 'error', 'interrupted', 'failedMessage', 'draft'] as const
type SessionView = Pick<UseInteractiveFormSessionResult, (typeof VIEW_KEYS)[number] | 'sessionId' | 'isBusy'>

/**
 * A selector whose snapshot is a new object only when one of the result's
 * state fields changed, so a chunk that only grows a text bubble does not
 * re-render the caller.
 */
function createViewSelector(): (state: SessionState) => SessionView {
  let view: SessionView | undefined
  return (state) => {
    const sessionId = state.session?.id ?? null
    if (!view || view.sessionId !== sessionId || VIEW_KEYS.some((key) => view?.[key] !== state[key])) {
      const fields = Object.fromEntries(VIEW_KEYS.map((key) => [key, state[key]])) as Pick<SessionState, (typeof VIEW_KEYS)[number]>
      view = { ...fields, sessionId, isBusy: isBusy(state) }
    }
    return view
  }
}

/**
 * One Interactive Form session, headless: creates it on mount (once, also
 * under StrictMode), streams replies into a store, and returns the state a
 * UI needs plus the actions. The fields come from one memoised selection: a
 * chunk that only grows a text bubble does not re-render the caller. Read
 * the transcript with `useTranscript(result.store)` or `useSessionStore`.
 */
export function useInteractiveFormSession(options: UseInteractiveFormSessionOptions): UseInteractiveFormSessionResult {
  const context = useInteractiveFormContext()
  const queryClientAbove = useContext(QueryClientContext)
  const client = options.client ?? context?.client
  const queryClient = options.queryClient ?? context?.queryClient ?? queryClientAbove
  if (!client) {
    throw new Error(
      'formtalk: useInteractiveFormSession needs an API client: render it inside <InteractiveFormProvider client={createInteractiveFormClient(…)}> or pass options.client.',
    )
  }
  if (!queryClient) {
    throw new Error(
      'formtalk: useInteractiveFormSession needs a TanStack QueryClient: render it inside <InteractiveFormProvider> (which creates a QueryClient) or your own QueryClientProvider, or pass `queryClient`.',
    )
  }

  const [{ store, controller, selectView, createObserver, sendObserver }] = useState(() => {
    const created: SessionStore = createSessionStore({ formId: options.formId, form: options.form })
    const sessionController = new SessionController(created)
    // Before the first render, so a restored conversation is what it shows (and no session is created).
    sessionController.restore(options.formId, options.persist)
    // TanStack mutations through bare observers, not `useMutation`: the store already holds everything a UI
    // shows, so re-rendering on each mutation state change (what `useMutation` subscribes to) would be waste.
    return {
      store: created,
      controller: sessionController,
      selectView: createViewSelector(),
      createObserver: new MutationObserver<void, InteractiveFormError, CreateVariables>(queryClient, {
        mutationKey: ['formtalk', 'create-interactive-form-session'],
        mutationFn: (variables) => sessionController.executeCreate(variables),
        retry: (failureCount, error) => sessionController.shouldRetryCreate(failureCount, error),
        retryDelay: (failureCount, error) => sessionController.createRetryDelay(failureCount, error),
        networkMode: 'always',
      }),
      sendObserver: new MutationObserver<void, InteractiveFormError, SendVariables>(queryClient, {
        mutationKey: ['formtalk', 'send-user-message'],
        mutationFn: (variables) => sessionController.executeSend(variables),
        // A send may have reached the server; only the user decides to send again.
        retry: false,
        networkMode: 'always',
      }),
    }
  })
  // Subscribed while mounted, like `useMutation`: unsubscribing lets the cache collect the last mutation.
  useEffect(() => {
    const unsubscribers = [createObserver.subscribe(ignore), sendObserver.subscribe(ignore)]
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe())
  }, [createObserver, sendObserver])

  const { streaming = true, dryRun = false, autoStart = true } = options
  const createRetry = options.createRetry === false ? false : { ...DEFAULT_CREATE_RETRY, ...options.createRetry }
  useIsomorphicLayoutEffect(() => {
    controller.configure({ ...options, client, streaming, dryRun, autoStart, createRetry, runCreate: createObserver.mutate, runSend: sendObserver.mutate })
  })
  useEffect(() => controller.mount(), [controller])

  const view = useStoreSelector(store, selectView)
  const [handle] = useState<SessionHandle>(() => ({ store, ...controller.actions }))
  const { sessionId } = view
  // The controller sets these only together with a store change (restore, reset), which re-renders here.
  const restoration = controller.restoration
  const resumed = restoration !== null && sessionId === restoration.sessionId
  const restoredAt = resumed ? restoration.restoredAt : null
  const previousSubmission = controller.previousSubmission
  return useMemo(
    () => ({
      store,
      ...controller.actions,
      handle,
      ...view,
      resumed,
      restoredAt,
      previousSubmission,
    }),
    [store, controller, handle, view, resumed, restoredAt, previousSubmission],
  )
}

function ignore(): void {}
