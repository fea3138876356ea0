import { useMutation } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { QueryClientContext } from '@tanstack/react-query'
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { InteractiveFormClient } from '../api/client'
import type { InteractiveFormError } from '../api/errors'
import type { CurrentValues, ResponseChunk, WixForm } from '../api/wire-types'
import type { PersistOption } from '../persist/persist-options'
import { createSessionStore } from '../store/session-store'
import type { SessionStore } from '../store/session-store'
import type { FailedMessage, OpenPrompt, SessionState, SessionStatus } from '../store/session-state'
import { createFormtalkQueryClient, useInteractiveFormContext } from './interactive-form-provider'
import { useStoreSelector } from './session-context'
import type { SessionHandle } from './session-context'
import { DEFAULT_CREATE_RETRY, SessionController, isBusyStatus } from './session-controller'
import type { CreateRetryOptions, CreateVariables, PreviousSubmission, SendVariables, SessionErrorInfo, SessionSubmission } from './session-controller'

export interface UseInteractiveFormSessionOptions {
  /** The Wix form to fill (its GUID). Required. Changing it drops the session and starts one for the new form. */
  formId: string
  /** The API client. Default: the one of the nearest `InteractiveFormProvider`; without either the hook throws. */
  client?: InteractiveFormClient | undefined
  /**
   * The TanStack `QueryClient` the create/send mutations run in. Default: the
   * provider's, else the nearest `QueryClientProvider`'s, else a private one
   * created once for this hook.
   */
  queryClient?: QueryClient | undefined
  /** Read replies as they stream (the `…-streamed` methods) rather than as one JSON reply. Default: `true`. */
  streaming?: boolean | undefined
  /** Field values, keyed by field `target`, sent on create to pre-fill or resume the form. Default: none. */
  currentValues?: CurrentValues | undefined
  /** Run the whole flow without a real submission (fixed at create). Default: `false`. */
  dryRun?: boolean | undefined
  /** Create the session on mount. When `false`, call `start()` (or `retry()`/`reset()`). Default: `true`. */
  autoStart?: boolean | undefined
  /** The form schema, when you have it. Default: the session's own `form`, else fetched with `client.getForm` once the session exists. */
  form?: WixForm | undefined
  /** Called with every response chunk, in order, after the store has it. Default: none. */
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
   * Keep the conversation across reloads: `true` for the defaults, or
   * `{ storage, key, maxIdleMs }` — `storage` default `sessionStorage`,
   * `key` default `formtalk:<formId>`, `maxIdleMs` default 30 minutes. A
   * saved conversation is restored instead of creating a session (see
   * `resumed`, `startOver`); a submitted one is not (see
   * `previousSubmission`). Read at mount and when `formId` changes. Storage
   * problems are `onError` warnings (`operation: 'persist'`). Default: `false`.
   */
  persist?: PersistOption | undefined
}

export interface UseInteractiveFormSessionResult extends SessionHandle {
  /** The service's session id once created. */
  sessionId: string | null
  status: SessionStatus
  /** Values captured so far, by field target. */
  values: SessionState['values']
  /** The newest unanswered input prompt. */
  openPrompt: OpenPrompt | null
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

const selectSessionId = (state: SessionState) => state.session?.id ?? null
const selectStatus = (state: SessionState) => state.status
const selectValues = (state: SessionState) => state.values
const selectOpenPrompt = (state: SessionState) => state.openPrompt
const selectSubmission = (state: SessionState) => state.submission
const selectError = (state: SessionState) => state.error
const selectInterrupted = (state: SessionState) => state.interrupted
const selectFailedMessage = (state: SessionState) => state.failedMessage
const selectDraft = (state: SessionState) => state.draft

/**
 * One Interactive Form session, headless: creates it on mount (once, also
 * under StrictMode), streams replies into a store, and returns the state a
 * UI needs plus the actions. The fields come from narrow subscriptions: a
 * chunk that only grows a text bubble does not re-render the caller. Read
 * the transcript with `useTranscript(result.store)` or `useSessionStore`.
 */
export function useInteractiveFormSession(options: UseInteractiveFormSessionOptions): UseInteractiveFormSessionResult {
  const context = useInteractiveFormContext()
  const queryClientAbove = useContext(QueryClientContext)
  const privateQueryClient = useRef<QueryClient | null>(null)
  const client = requireClient(options.client ?? context?.client)
  const queryClient = options.queryClient ?? context?.queryClient ?? queryClientAbove ?? (privateQueryClient.current ??= createFormtalkQueryClient())

  const [{ store, controller }] = useState(() => {
    const created: SessionStore = createSessionStore({ formId: options.formId, ...(options.form ? { form: options.form } : {}) })
    const sessionController = new SessionController(created)
    // Before the first render, so a restored conversation is what it shows (and no session is created).
    sessionController.restore(options.formId, options.persist)
    return { store: created, controller: sessionController }
  })

  const createMutation = useMutation<void, InteractiveFormError, CreateVariables>(
    {
      mutationKey: ['formtalk', 'create-interactive-form-session'],
      mutationFn: (variables) => controller.executeCreate(variables),
      retry: (failureCount, error) => controller.shouldRetryCreate(failureCount, error),
      retryDelay: (failureCount, error) => controller.createRetryDelay(failureCount, error),
      networkMode: 'always',
    },
    queryClient,
  )
  const sendMutation = useMutation<void, InteractiveFormError, SendVariables>(
    {
      mutationKey: ['formtalk', 'send-user-message'],
      mutationFn: (variables) => controller.executeSend(variables),
      // A send may have reached the server; only the user decides to send again.
      retry: false,
      networkMode: 'always',
    },
    queryClient,
  )
  const runCreate = createMutation.mutateAsync
  const runSend = sendMutation.mutateAsync

  const { formId, streaming = true, currentValues, dryRun = false, autoStart = true, form, persist, onChunk, onSubmitted, onCheckout, onError } = options
  const createRetry = options.createRetry === false ? false : { ...DEFAULT_CREATE_RETRY, ...options.createRetry }
  useIsomorphicLayoutEffect(() => {
    controller.configure({
      client,
      formId,
      streaming,
      currentValues,
      dryRun,
      autoStart,
      form,
      createRetry,
      persist,
      onChunk,
      onSubmitted,
      onCheckout,
      onError,
      runCreate,
      runSend,
    })
  })
  useEffect(() => controller.mount(), [controller])

  const sessionId = useStoreSelector(store, selectSessionId)
  const status = useStoreSelector(store, selectStatus)
  const values = useStoreSelector(store, selectValues)
  const openPrompt = useStoreSelector(store, selectOpenPrompt)
  const submission = useStoreSelector(store, selectSubmission)
  const error = useStoreSelector(store, selectError)
  const interrupted = useStoreSelector(store, selectInterrupted)
  const failedMessage = useStoreSelector(store, selectFailedMessage)
  const draft = useStoreSelector(store, selectDraft)

  const [handle] = useState<SessionHandle>(() => ({ store, ...controller.actions }))
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
      sessionId,
      status,
      values,
      openPrompt,
      submission,
      error,
      interrupted,
      failedMessage,
      draft,
      isBusy: isBusyStatus(status),
      resumed,
      restoredAt,
      previousSubmission,
    }),
    [store, controller, handle, sessionId, status, values, openPrompt, submission, error, interrupted, failedMessage, draft, resumed, restoredAt, previousSubmission],
  )
}

function requireClient(client: InteractiveFormClient | undefined): InteractiveFormClient {
  if (!client) {
    throw new Error(
      'formtalk: useInteractiveFormSession needs an API client: render it inside <InteractiveFormProvider client={createInteractiveFormClient(…)}> or pass options.client.',
    )
  }
  return client
}
