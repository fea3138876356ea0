/**
 * Drives one session: runs create/send requests (through mutation functions
 * the hook hands in), pipes their chunks into the store in order, and owns
 * every AbortController. Plain TypeScript so the ordering rules can be read
 * without React in the way; `useInteractiveFormSession` wires it to React.
 */
import type { InteractiveFormClient, InteractiveFormEventStream } from '../api/client'
import { InteractiveFormError, isInteractiveFormError } from '../api/errors'
import { abortedError, describe, inputTooLongError } from '../api/request-errors'
import { isKnownChunk } from '../api/wire-types'
import type {
  CurrentValues,
  InteractiveFormResponse,
  InteractiveFormSession,
  InteractiveFormStreamEvent,
  JsonValue,
  ResponseChunk,
  WixForm,
} from '../api/wire-types'
import type { FormPersistence, SessionPersistenceFactory } from '../persist/create-session-persistence'
import type { SessionStore } from '../store/session-store'
import { isBusy, itemIndexOf } from '../store/session-state'
import type { SessionActions } from './session-context'

/** Where an error came from: a request, or `persist` (storage problems, never fatal). */
export type SessionOperation = 'create' | 'send' | 'form' | 'persist'

/** Context of an `onError` call. */
export interface SessionErrorInfo {
  /** What failed: `create`, `send`, `form` (the schema fetch) or `persist` (see `SessionOperation`). */
  operation: SessionOperation
  /**
   * `true` when the turn failed (the session shows the error and offers
   * Retry); `false` for warnings the conversation survives: a malformed
   * stream frame that was skipped, a form schema that could not be fetched,
   * a message refused for being too long, a storage problem of `persist`.
   */
  fatal: boolean
}

/** What a SUBMISSION chunk reports. */
export interface SessionSubmission {
  /** The id of the form submission. */
  submissionId: string
  /** The eCommerce checkout of a purchase; absent otherwise. */
  checkoutId?: string
}

/** A conversation this mount took over from storage (`persist`). */
export interface SessionRestoration {
  /** The restored session's id; `resumed` holds while the store still shows it. */
  sessionId: string
  /** When it was restored. */
  restoredAt: Date
  /** When it was last saved before the reload. */
  savedAt: Date
}

/** A submission an earlier visit left in storage (`persist`): the chat starts fresh, the page may say "order completed". */
export interface PreviousSubmission extends SessionSubmission {
  /** When the submission was saved to storage (as its `SUBMISSION` chunk arrived). */
  submittedAt: Date
}

/** Automatic retries of a failed create. */
export interface CreateRetryOptions {
  /** How many times a retryable create failure is tried again. Default: `2`. */
  retries?: number
  /** Wait before the first retry in ms; doubles with each further retry. Default: `500`. */
  delayMs?: number
}

export interface SessionCallbacks {
  onChunk?: ((chunk: ResponseChunk) => void) | undefined
  onSubmitted?: ((submission: SessionSubmission) => void) | undefined
  onCheckout?: ((checkoutId: string) => void) | undefined
  onError?: ((error: InteractiveFormError, info: SessionErrorInfo) => void) | undefined
}

/** One request in flight; stale runs (stopped, reset, unmounted) may never touch the store. */
export interface SessionRun {
  readonly kind: 'create' | 'send'
  readonly abort: AbortController
  /** Chunks delivered so far; a create that delivered any is never retried automatically. */
  chunks: number
  sessionSeen: boolean
  /** A typed message (it cleared the composer): given back to the composer if it fails before any reply. */
  typedText?: string
}

export interface CreateVariables {
  run: SessionRun
  formId: string
  streaming: boolean
  currentValues: CurrentValues | undefined
  dryRun: boolean
}

export interface SendVariables {
  run: SessionRun
  sessionId: string
  streaming: boolean
  input: string | undefined
  currentValues: CurrentValues | undefined
}

/** The latest options and mutation runners, refreshed after every commit. */
export interface SessionControllerConfig extends SessionCallbacks {
  client: InteractiveFormClient
  formId: string
  streaming: boolean
  currentValues?: CurrentValues | undefined
  dryRun: boolean
  autoStart: boolean
  form?: WixForm | undefined
  createRetry: Required<CreateRetryOptions> | false
  persist?: SessionPersistenceFactory | undefined
  runCreate(variables: CreateVariables): Promise<void>
  runSend(variables: SendVariables): Promise<void>
}

/** A message as `#submit` takes it (also the fake session's, in stories and browser tests). */
export interface OutgoingMessage {
  text: string
  currentValues?: CurrentValues | undefined
  answer?: { itemIndex: number; value: JsonValue; label: string } | undefined
  retryOf?: number | undefined
  clearDraft: boolean
}

export const DEFAULT_CREATE_RETRY: Required<CreateRetryOptions> = { retries: 2, delayMs: 500 }

/** The longest `Retry-After` an automatic create retry waits out; longer ones fail to the user with Retry. */
export const MAX_AUTOMATIC_RETRY_WAIT_MS = 10_000

function retryAfterMs(error: InteractiveFormError): number {
  return error.retryAfterSeconds !== undefined && error.retryAfterSeconds > 0 ? error.retryAfterSeconds * 1000 : 0
}

export class SessionController {
  #config: SessionControllerConfig | null = null
  #run: SessionRun | null = null
  #mounted = false
  /** Aborted on unmount; covers requests outside a turn (the form schema). */
  #lifetime: AbortController | null = null
  /** A cleanup cut a run short; the next mount must unstick the store. */
  #cutByCleanup = false
  #formRequestedFor: string | null = null
  readonly #submissionsSeen = new Set<string>()
  /** `persist`: the storage of the current form, attached to the store while mounted. */
  #persistence: FormPersistence | null = null
  #detachPersistence: (() => void) | null = null
  /** Storage warnings found before mount (during the first render), reported once mounted. */
  #deferredWarnings: InteractiveFormError[] = []
  /** Set when this controller restored a saved conversation. */
  restoration: SessionRestoration | null = null
  /** Set when storage held a submitted session of this form. */
  previousSubmission: PreviousSubmission | null = null

  /** Stable action functions, safe to pass down and to list in effect dependencies. */
  readonly actions: SessionActions & { start(): Promise<void>; startOver(): Promise<void> }

  constructor(readonly store: SessionStore) {
    this.actions = {
      send: (text, options) => this.send(text, options),
      answer: (fieldTarget, value, label) => this.answer(fieldTarget, value, label),
      stop: () => this.stop(),
      retry: () => this.retry(),
      reset: () => this.reset(),
      setDraft: (draft) => this.setDraft(draft),
      start: () => this.start(),
      startOver: () => this.reset(),
    }
  }

  /**
   * With `persist`: restores this form's saved conversation into the (fresh)
   * store, so the first render already shows it and no session is created.
   * Reads storage only; warnings wait for mount.
   */
  restore(formId: string, persist: SessionPersistenceFactory | undefined): void {
    this.#detach()
    this.restoration = null
    this.previousSubmission = null
    this.#persistence = persist?.open(formId, (error) => this.#warnPersist(error)) ?? null
    const saved = this.#persistence?.read()
    if (saved?.kind === 'submission') {
      this.previousSubmission = { ...saved.submission, submittedAt: new Date(saved.savedAt) }
    } else if (saved?.kind === 'conversation') {
      this.store.dispatch({ type: 'restored', snapshot: saved.conversation })
      this.restoration = { sessionId: saved.conversation.session.id, restoredAt: new Date(), savedAt: new Date(saved.savedAt) }
    }
  }

  configure(config: SessionControllerConfig): void {
    const previous = this.#config
    this.#config = config
    if (config.form && this.store.getState().form !== config.form && (!previous || previous.form !== config.form)) {
      this.store.dispatch({ type: 'form-loaded', form: config.form })
    }
    if (previous && previous.formId !== config.formId && this.#mounted) {
      // A new form: the old session (and its request) is of no use any more.
      this.#cancelRun()
      this.#formRequestedFor = null
      // Detached first: the old form's saved conversation stays (its pending draft is written), only this store moves on.
      this.#detach()
      this.store.dispatch({ type: 'reset' })
      this.restore(config.formId, config.persist)
      if (!this.#resume() && config.autoStart) void this.start()
    }
  }

  /**
   * Called by the mount effect; returns its cleanup. The first create is
   * deferred to a microtask that the cleanup cancels, so React StrictMode's
   * mount → unmount → mount sends exactly one create request.
   */
  mount(): () => void {
    this.#mounted = true
    this.#lifetime = new AbortController()
    if (this.#cutByCleanup) {
      // Remounted (StrictMode, Fast Refresh, <Activity>) after a request was cut: show it as stopped, not in flight forever.
      this.#cutByCleanup = false
      this.store.dispatch({ type: 'turn-stopped' })
    }
    for (const warning of this.#deferredWarnings.splice(0)) this.#warnPersist(warning)
    this.#resume()
    let cancelled = false
    queueMicrotask(() => {
      if (cancelled || !this.#config?.autoStart) return
      const state = this.store.getState()
      if (state.status === 'idle' && !state.session) void this.start()
    })
    return () => {
      cancelled = true
      this.#mounted = false
      if (this.#run) {
        this.#cutByCleanup = true
        this.#cancelRun()
      }
      this.#lifetime?.abort()
      this.#lifetime = null
      this.#formRequestedFor = null
      this.#detach()
    }
  }

  // --- actions ---------------------------------------------------------------

  /** Creates a session (dropping any request in flight). */
  async start(): Promise<void> {
    const config = this.#config
    if (!this.#mounted || !config) return
    this.#cancelRun()
    const run = this.#beginRun('create')
    const { formId, currentValues } = config
    this.store.dispatch({ type: 'session-starting', formId, currentValues })
    try {
      await config.runCreate({ run, formId, currentValues, dryRun: config.dryRun, streaming: config.streaming })
      this.#finishRun(run)
    } catch (error) {
      this.#failRun(run, error)
    }
  }

  send(text: string, options?: { currentValues?: CurrentValues }): Promise<boolean> {
    return this.#submit({ text, currentValues: options?.currentValues, clearDraft: true })
  }

  answer(fieldTarget: string, value: JsonValue, label: string): Promise<boolean> {
    const state = this.store.getState()
    const prompt = state.openPrompt
    const itemIndex = prompt && prompt.fieldTarget === fieldTarget ? itemIndexOf(prompt.itemId) : undefined
    return this.#submit({
      text: label,
      currentValues: { [fieldTarget]: value },
      // An answer with no open prompt for the field (e.g. a custom UI's field editor) is still sent, just not tied to a bubble.
      answer: itemIndex === undefined ? undefined : { itemIndex, value, label },
      clearDraft: false,
    })
  }

  stop(): void {
    const run = this.#run
    if (!run || !this.#mounted) return
    this.#run = null
    run.abort.abort()
    this.store.dispatch({ type: 'turn-stopped' })
    this.#giveTextBack(run)
  }

  async retry(): Promise<boolean> {
    const state = this.store.getState()
    if (!this.#mounted || this.#run || isBusy(state) || state.submission) return false
    if (!state.session) {
      await this.start()
      return true
    }
    const failed = state.failedMessage
    if (failed) {
      // The text given back to the composer goes out again with Retry; anything typed since stays.
      return this.#submit({ text: failed.text, currentValues: failed.currentValues, retryOf: failed.itemIndex, clearDraft: state.draft.trim() === failed.text })
    }
    if ((state.interrupted || state.status === 'error') && state.lastUserItemIndex === null) {
      // The greeting itself was cut short: nothing of the user's to re-send, so start over.
      await this.reset()
      return true
    }
    return false
  }

  async reset(): Promise<void> {
    if (!this.#mounted) return
    this.#cancelRun()
    this.restoration = null
    this.store.dispatch({ type: 'reset' })
    // Also when the store held no session (reset twice): nothing saved may come back on reload.
    this.#persistence?.remove()
    await this.start()
  }

  setDraft(draft: string): void {
    if (!this.#mounted) return
    this.store.dispatch({ type: 'draft-changed', draft })
  }

  // --- mutation functions ---------------------------------------------------

  async executeCreate({ run, formId, streaming, currentValues, dryRun }: CreateVariables): Promise<void> {
    const client = this.#requireLive(run)
    const options = { signal: run.abort.signal, currentValues, dryRun: dryRun || undefined }
    await this.#consume(
      run,
      streaming ? client.createInteractiveFormSessionStreamed(formId, { ...options, onMalformed: (error) => this.#warn(run, error) }) : client.createInteractiveFormSession(formId, options),
    )
    if (!run.sessionSeen) {
      throw new InteractiveFormError({ kind: 'protocol', message: 'The reply has no interactiveFormSession' })
    }
  }

  async executeSend({ run, sessionId, streaming, input, currentValues }: SendVariables): Promise<void> {
    const client = this.#requireLive(run)
    const options = { signal: run.abort.signal, input, currentValues }
    await this.#consume(
      run,
      streaming ? client.sendUserMessageStreamed(sessionId, { ...options, onMalformed: (error) => this.#warn(run, error) }) : client.sendUserMessage(sessionId, options),
    )
  }

  /** TanStack Query's `retry` for the create mutation. */
  shouldRetryCreate(failureCount: number, error: unknown): boolean {
    const policy = this.#config?.createRetry
    const run = this.#run
    if (!policy || !run || run.kind !== 'create' || !this.#isLive(run)) return false
    // Chunks already shown would be duplicated by a second greeting.
    if (run.chunks > 0) return false
    if (!isInteractiveFormError(error) || !error.retryable) return false
    // A server asking for a long pause gets it from the user (the error says when), not from a silent spinner.
    if (retryAfterMs(error) > MAX_AUTOMATIC_RETRY_WAIT_MS) return false
    return failureCount < policy.retries
  }

  /** TanStack Query's `retryDelay`: `failureCount` is 0 before the first retry; a `Retry-After` is honoured. */
  createRetryDelay(failureCount: number, error?: unknown): number {
    const policy = this.#config?.createRetry
    const backoff = policy ? policy.delayMs * 2 ** failureCount : 0
    return Math.max(backoff, isInteractiveFormError(error) ? retryAfterMs(error) : 0)
  }

  // --- internals -------------------------------------------------------------

  async #submit(message: OutgoingMessage): Promise<boolean> {
    const config = this.#config
    const state = this.store.getState()
    const session = state.session
    const input = message.text.trim()
    const currentValues = message.currentValues && Object.keys(message.currentValues).length > 0 ? message.currentValues : undefined
    if (!this.#mounted || !config || !session) return false
    // The policy is to refuse, never to interleave: one reply in flight at a time.
    // A submitted form takes no more messages, also when the reply that submitted it failed afterwards.
    if (this.#run || isBusy(state) || state.submission) return false
    if (input === '' && !currentValues) return false
    const tooLong = inputTooLongError(input)
    if (tooLong) {
      this.#report(tooLong, { operation: 'send', fatal: false })
      return false
    }
    const run = this.#beginRun('send')
    if (message.clearDraft) run.typedText = input
    this.store.dispatch({
      type: 'user-message',
      text: input,
      currentValues,
      answer: message.answer,
      retryOf: message.retryOf,
    })
    if (message.clearDraft) this.store.dispatch({ type: 'draft-changed', draft: '' })
    try {
      await config.runSend({ run, sessionId: session.id, streaming: config.streaming, input: input === '' ? undefined : input, currentValues })
      this.#finishRun(run)
    } catch (error) {
      this.#failRun(run, error)
    }
    return true
  }

  #beginRun(kind: SessionRun['kind']): SessionRun {
    const run: SessionRun = { kind, abort: new AbortController(), chunks: 0, sessionSeen: false }
    this.#run = run
    return run
  }

  /** Aborts the run in flight without telling the store (the caller replaces or discards it). */
  #cancelRun(): void {
    const run = this.#run
    this.#run = null
    run?.abort.abort()
  }

  #isLive(run: SessionRun): boolean {
    return this.#mounted && this.#run === run && !run.abort.signal.aborted
  }

  /** Throws `aborted` once the run is stale, which also stops TanStack Query retrying it. */
  #requireLive(run: SessionRun): InteractiveFormClient {
    if (!this.#isLive(run) || !this.#config) {
      throw abortedError(run.abort.signal)
    }
    return this.#config.client
  }

  #finishRun(run: SessionRun): void {
    if (!this.#isLive(run)) return
    this.#run = null
    this.store.dispatch({ type: 'turn-ended' })
  }

  #failRun(run: SessionRun, error: unknown): void {
    // Our own stop, reset or unmount: not an error anyone needs to hear about.
    if (!this.#isLive(run)) return
    this.#run = null
    const failure = toInteractiveFormError(error)
    this.store.dispatch({ type: 'turn-failed', error: failure })
    this.#giveTextBack(run)
    this.#report(failure, { operation: run.kind, fatal: true })
  }

  /**
   * A typed message that got no reply at all (failed or stopped before the
   * first chunk) goes back into an empty composer, so nothing typed is lost
   * even if the user ignores Retry. Never over text typed since.
   */
  #giveTextBack(run: SessionRun): void {
    const text = run.typedText
    const state = this.store.getState()
    if (text === undefined || run.chunks > 0 || state.draft.trim() !== '' || state.failedMessage?.text !== text) return
    this.store.dispatch({ type: 'draft-changed', draft: text })
  }

  /**
   * A streamed reply or a standard one; every chunk is handed to the store in
   * order while the run is live. A stream from our client is read a network
   * read at a time, so a busy stream updates the store (and renders) once per
   * read instead of once per chunk.
   */
  async #consume(run: SessionRun, reply: InteractiveFormEventStream | Promise<InteractiveFormResponse>): Promise<void> {
    if (reply instanceof Promise) {
      const { interactiveFormSession, responseChunks } = await reply
      this.#requireLive(run)
      this.#receiveSession(run, interactiveFormSession)
      this.#receive(run, responseChunks.map((responseChunk) => ({ responseChunk })))
    } else if (reply.batches) {
      for await (const events of reply.batches()) {
        this.#requireLive(run)
        this.#receive(run, events)
      }
    } else {
      for await (const event of reply) {
        this.#requireLive(run)
        this.#receive(run, [event])
      }
    }
    this.#requireLive(run)
  }

  /** Only a create names the session; a send's reply repeating it changes nothing. */
  #receiveSession(run: SessionRun, session: InteractiveFormSession | undefined): void {
    if (!session || run.sessionSeen || run.kind !== 'create') return
    run.sessionSeen = true
    this.store.dispatch({ type: 'session-created', session })
    this.#loadForm(session)
  }

  /** Events in arrival order: their chunks go to the store in one update (after the session they name, if any). */
  #receive(run: SessionRun, events: readonly InteractiveFormStreamEvent[]): void {
    const chunks: ResponseChunk[] = []
    for (const { responseChunk: chunk, interactiveFormSession } of events) {
      this.#receiveSession(run, interactiveFormSession)
      if (isKnownChunk(chunk) && chunk.chunkType === 'END_OF_RESPONSE' && !chunk.endOfResponseDetails.success) {
        this.#apply(run, chunks)
        if (!this.#isLive(run)) return
        // The service gave up on this reply: a failed turn like a cut stream (error, Retry), not a quiet end.
        invoke(this.#config?.onChunk, chunk)
        throw new InteractiveFormError({ kind: 'interrupted', message: 'The service could not finish the reply (END_OF_RESPONSE success: false)' })
      }
      chunks.push(chunk)
    }
    this.#apply(run, chunks)
  }

  /** One store update for the chunks, then the callbacks for each in order (until one of them stops the run). */
  #apply(run: SessionRun, chunks: readonly ResponseChunk[]): void {
    // No chunks: the fold returns the same state, so the store does not notify.
    run.chunks += chunks.length
    this.store.dispatch({ type: 'chunks', chunks })
    for (const chunk of chunks) {
      if (!this.#isLive(run)) return
      const config = this.#config
      invoke(config?.onChunk, chunk)
      if (isKnownChunk(chunk) && chunk.chunkType === 'SUBMISSION') {
        const details = chunk.submissionDetails
        if (this.#submissionsSeen.has(details.submissionId)) continue
        this.#submissionsSeen.add(details.submissionId)
        invoke(config?.onSubmitted, { submissionId: details.submissionId, ...(details.checkoutId ? { checkoutId: details.checkoutId } : {}) })
        if (details.checkoutId) invoke(config?.onCheckout, details.checkoutId)
      }
    }
  }

  /** Fetches the schema once per form when neither the caller nor the session supplied it; failures are warnings. */
  #loadForm(session: InteractiveFormSession): void {
    const config = this.#config
    const lifetime = this.#lifetime
    if (!config || !lifetime || session.form || config.form || this.store.getState().form) return
    const formId = session.formId || config.formId
    if (this.#formRequestedFor === formId) return
    this.#formRequestedFor = formId
    config.client.getForm(formId, { signal: lifetime.signal }).then(
      (form) => {
        if (lifetime.signal.aborted || !this.#mounted || this.store.getState().formId !== formId) return
        this.store.dispatch({ type: 'form-loaded', form })
      },
      (error: unknown) => {
        if (lifetime.signal.aborted || !this.#mounted) return
        if (this.#formRequestedFor === formId) this.#formRequestedFor = null
        this.#report(toInteractiveFormError(error), { operation: 'form', fatal: false })
      },
    )
  }

  /**
   * Attaches persistence to the store and fetches the form schema a restored
   * session (or one whose schema request a cleanup cut) still needs. Returns
   * whether the store holds a session.
   */
  #resume(): boolean {
    if (this.#persistence && !this.#detachPersistence) this.#detachPersistence = this.#persistence.attach(this.store)
    const session = this.store.getState().session
    if (session) this.#loadForm(session)
    return session !== null
  }

  #detach(): void {
    this.#detachPersistence?.()
    this.#detachPersistence = null
  }

  #warnPersist(error: InteractiveFormError): void {
    if (this.#mounted) this.#report(error, { operation: 'persist', fatal: false })
    else this.#deferredWarnings.push(error)
  }

  #warn(run: SessionRun, error: InteractiveFormError): void {
    if (this.#isLive(run)) this.#report(error, { operation: run.kind, fatal: false })
  }

  #report(error: InteractiveFormError, info: SessionErrorInfo): void {
    invoke(this.#config?.onError, error, info)
  }
}

function toInteractiveFormError(error: unknown): InteractiveFormError {
  if (isInteractiveFormError(error)) return error
  return new InteractiveFormError({ kind: 'protocol', message: `Unexpected failure: ${describe(error)}`, cause: error })
}

/**
 * Calls an app callback; if it throws, the error is rethrown on its own task
 * so it reaches the console and error trackers without breaking the stream.
 */
function invoke<Args extends unknown[]>(callback: ((...args: Args) => void) | undefined, ...args: Args): void {
  if (!callback) return
  try {
    callback(...args)
  } catch (error) {
    setTimeout(() => {
      throw error
    })
  }
}
