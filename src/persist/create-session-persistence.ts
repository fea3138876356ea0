/**
 * The value of the hook's `persist` option. A factory the app calls (rather
 * than `persist: true`) so the persistence code is only in bundles of apps
 * that use it: the hook knows these interfaces, never the implementation.
 * No React.
 */
import type { InteractiveFormError } from '../api/errors'
import type { SessionStore } from '../store/session-store'
import { resolvePersistOptions } from './persist-options'
import type { PersistOptions } from './persist-options'
import { SessionPersistence } from './session-persistence'
import type { PersistedRead } from './session-persistence'

/** One form's saved conversation, as the hook drives it. */
export interface FormPersistence {
  /** The saved record; an expired or unusable one is removed. */
  read(): PersistedRead
  /** Saves the store's changes until the returned function is called. */
  attach(store: SessionStore): () => void
  /** Forgets the saved conversation. */
  remove(): void
}

/** What `persist` takes: `createSessionPersistence(…)`. The hook only calls `open`. */
export interface SessionPersistenceFactory {
  /** The storage of one form's conversation; called at mount and whenever `formId` changes. Storage problems go to `warn`. */
  open(formId: string, warn: (error: InteractiveFormError) => void): FormPersistence
}

/**
 * Keeps conversations across reloads: pass the result as the hook's (or the
 * widget's) `persist` option. Create it once (module scope or `useMemo`); it
 * is read at mount and when `formId` changes.
 *
 * @param options - `storage` (default `sessionStorage`), `key` (default
 *   `formtalk:<formId>`), `maxIdleMs` (default 30 minutes).
 */
export function createSessionPersistence(options: PersistOptions = {}): SessionPersistenceFactory {
  return {
    open: (formId, warn) => new SessionPersistence({ formId, settings: resolvePersistOptions(options, formId), warn }),
  }
}

/**
 * The submission a previous visit left for this form, if any and not
 * expired — e.g. for a purchase page to show "order completed" instead of
 * mounting the chat. Pass the same `persist` value as the hook's (default:
 * `createSessionPersistence()`, i.e. `sessionStorage` and `formtalk:<formId>`).
 * The same shape as the hook's `previousSubmission`. Never throws.
 */
export function readPersistedSubmission(
  formId: string,
  persist: SessionPersistenceFactory = createSessionPersistence(),
): { submissionId: string; checkoutId?: string; submittedAt: Date } | null {
  const read = persist.open(formId, () => {}).read()
  return read.kind === 'submission' ? { ...read.submission, submittedAt: new Date(read.savedAt) } : null
}
