/**
 * Keeps one form's conversation in a `Storage` so a reload can resume it.
 * Writes are throttled to what a user would miss: when a turn starts or
 * ends, and 300 ms after the draft stops changing — never per chunk. Every
 * storage failure becomes a warning; the chat itself never depends on it.
 * No React.
 */
import { InteractiveFormError } from '../api/errors'
import type { RestoredSession } from '../store/session-events'
import type { SessionStore } from '../store/session-store'
import { isBusy } from '../store/session-state'
import type { SessionState } from '../store/session-state'
import type { PersistStorage, ResolvedPersistOptions } from './persist-options'
import { CorruptRecordError, PERSIST_FORMAT_VERSION, conversationOf, parsePersistedRecord } from './persisted-record'
import type { PersistedRecord } from './persisted-record'

/** How long the draft must stay unchanged before it is written, in ms. */
export const DRAFT_SAVE_DELAY_MS = 300

/** Codes of the warnings persistence reports (kind `protocol`, never fatal). */
export type PersistProblemCode = 'STORAGE_UNAVAILABLE' | 'STORAGE_CORRUPT' | 'STORAGE_WRITE_FAILED'

/**
 * What a read found: a `conversation` to resume, a `submission` (its ids) to
 * mention, or `none`; `savedAt` is when it was written (ms since the epoch).
 */
export type PersistedRead =
  | { kind: 'conversation'; conversation: RestoredSession; savedAt: number }
  | { kind: 'submission'; submission: { submissionId: string; checkoutId?: string }; savedAt: number }
  | { kind: 'none' }

/**
 * Draft writes still waiting for their delay, per storage and key. A widget
 * remounted in one render (a changed `key`) reads storage before the old
 * copy's cleanup writes its draft; a read writes these first, so the words
 * typed in the last 300 ms come back too.
 */
const pendingDrafts = new WeakMap<PersistStorage, Map<string, Set<() => void>>>()

function pendingDraftsOf(storage: PersistStorage, key: string): Set<() => void> {
  let byKey = pendingDrafts.get(storage)
  if (!byKey) pendingDrafts.set(storage, (byKey = new Map()))
  let flushes = byKey.get(key)
  if (!flushes) byKey.set(key, (flushes = new Set()))
  return flushes
}

export interface SessionPersistenceOptions {
  formId: string
  settings: ResolvedPersistOptions
  /** Told about every storage problem (kind `protocol`, a `PersistProblemCode` as `code`). */
  warn: (error: InteractiveFormError) => void
  /** The clock. Default: `Date.now`. */
  now?: (() => number) | undefined
}

export class SessionPersistence {
  private readonly formId: string
  private readonly settings: ResolvedPersistOptions
  private readonly warn: (error: InteractiveFormError) => void
  private readonly now: () => number
  private unavailableReported = false
  /** A failed write is reported once until a write succeeds again (a full quota would otherwise warn every turn). */
  private writeFailing = false

  constructor(options: SessionPersistenceOptions) {
    this.formId = options.formId
    this.settings = options.settings
    this.warn = options.warn
    this.now = options.now ?? Date.now
  }

  get key(): string {
    return this.settings.key
  }

  /** Reads the saved record; an expired or unusable one is removed (the latter with a warning). */
  read(): PersistedRead {
    const storage = this.storage()
    if (!storage) return { kind: 'none' }
    for (const flush of [...pendingDraftsOf(storage, this.settings.key)]) flush()
    let text: string | null
    try {
      text = storage.getItem(this.settings.key)
    } catch (error) {
      this.problem('STORAGE_UNAVAILABLE', 'The saved conversation could not be read', error)
      return { kind: 'none' }
    }
    if (text === null) return { kind: 'none' }
    let record: PersistedRecord
    try {
      record = parsePersistedRecord(text, this.formId)
    } catch (error) {
      this.remove()
      const reason = error instanceof CorruptRecordError ? error.message : String(error)
      this.problem('STORAGE_CORRUPT', `The saved conversation was discarded: ${reason}`, error)
      return { kind: 'none' }
    }
    if (this.now() - record.savedAt > this.settings.maxIdleMs) {
      this.remove()
      return { kind: 'none' }
    }
    return 'submission' in record
      ? { kind: 'submission', submission: record.submission, savedAt: record.savedAt }
      : { kind: 'conversation', conversation: record.conversation, savedAt: record.savedAt }
  }

  /** Writes the conversation now (nothing without a session; a submitted one leaves only its ids). */
  save(state: SessionState): void {
    if (state.submission) {
      this.write({ version: PERSIST_FORMAT_VERSION, formId: this.formId, savedAt: this.now(), submission: state.submission })
      return
    }
    const conversation = conversationOf(state)
    if (!conversation) return
    this.write({ version: PERSIST_FORMAT_VERSION, formId: this.formId, savedAt: this.now(), conversation })
  }

  /** Forgets the saved conversation. */
  remove(): void {
    const storage = this.storage()
    if (!storage) return
    try {
      storage.removeItem(this.settings.key)
    } catch (error) {
      this.problem('STORAGE_UNAVAILABLE', 'The saved conversation could not be removed', error)
    }
  }

  /**
   * Saves the store's changes until the returned function is called (which
   * writes a pending draft first). Also writes a pending draft when the page
   * is hidden or left, since an unload runs no React cleanup.
   */
  attach(store: SessionStore): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined
    const cancel = () => {
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
    }
    const flush = () => {
      if (timer === undefined) return
      cancel()
      this.save(store.getState())
    }
    const pending = this.settings.storage ? pendingDraftsOf(this.settings.storage, this.settings.key) : undefined
    pending?.add(flush)
    const unsubscribe = store.subscribe((next, previous) => {
      if (next.session === null) {
        // Reset or a new session starting: the old conversation must not come back on reload.
        if (previous.session !== null) {
          cancel()
          this.remove()
        }
        return
      }
      if (next.submission !== null) {
        if (previous.submission === null) {
          cancel()
          this.save(next)
        }
        return
      }
      if (isBusy(next) !== isBusy(previous)) {
        // A turn started (the user's message is saved, as stopped) or ended: write at once.
        cancel()
        this.save(next)
        return
      }
      if (next.draft !== previous.draft) {
        cancel()
        timer = setTimeout(() => {
          timer = undefined
          this.save(store.getState())
        }, DRAFT_SAVE_DELAY_MS)
      }
    })
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    const hasWindow = typeof window !== 'undefined' && typeof document !== 'undefined'
    if (hasWindow) {
      window.addEventListener('pagehide', flush)
      document.addEventListener('visibilitychange', onHide)
    }
    return () => {
      unsubscribe()
      pending?.delete(flush)
      if (hasWindow) {
        window.removeEventListener('pagehide', flush)
        document.removeEventListener('visibilitychange', onHide)
      }
      flush()
    }
  }

  private write(record: PersistedRecord): void {
    const storage = this.storage()
    if (!storage) return
    let text: string
    try {
      text = JSON.stringify(record)
    } catch (error) {
      // Only a value a custom UI put into the store could do this (a BigInt, a cycle).
      this.writeProblem('The conversation could not be serialised', error)
      return
    }
    try {
      storage.setItem(this.settings.key, text)
      this.writeFailing = false
    } catch (error) {
      this.writeProblem('The conversation could not be saved (storage full or disabled)', error)
    }
  }

  private writeProblem(message: string, cause: unknown): void {
    if (this.writeFailing) return
    this.writeFailing = true
    this.problem('STORAGE_WRITE_FAILED', message, cause)
  }

  private storage() {
    const { storage, storageProblem } = this.settings
    if (storage) return storage
    if (storageProblem && storageProblem !== 'server' && !this.unavailableReported) {
      this.unavailableReported = true
      this.problem('STORAGE_UNAVAILABLE', 'Storage is not available on this page; the conversation will not survive a reload', storageProblem.error)
    }
    return undefined
  }

  private problem(code: PersistProblemCode, message: string, cause: unknown): void {
    this.warn(new InteractiveFormError({ kind: 'protocol', code, message, cause }))
  }
}
