/** The `persist` option: where and for how long a conversation is kept across reloads. No React. */

/** The three `Storage` methods persistence calls; `sessionStorage`, `localStorage` or your own adapter fit. */
export type PersistStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** Options of `createSessionPersistence`; all optional. */
export interface PersistOptions {
  /**
   * Where the conversation is kept. Default: `sessionStorage` when the page
   * has it (one tab, survives reloads); without it nothing is kept.
   */
  storage?: PersistStorage | undefined
  /** The storage key; one per form (a record of another form found under it is discarded). Default: `formtalk:<formId>`. */
  key?: string | undefined
  /**
   * A saved conversation untouched for longer than this is not restored (the
   * service forgets idle sessions too), in ms; `Infinity` keeps it until
   * submission or "Start over". Default: `1_800_000` (30 minutes), also used
   * when the value is negative or not a number.
   */
  maxIdleMs?: number | undefined
}

/** The default `maxIdleMs`: 30 minutes. */
export const DEFAULT_PERSIST_MAX_IDLE_MS = 30 * 60_000

/** The prefix of the default key; the form id follows. */
export const PERSIST_KEY_PREFIX = 'formtalk:'

export interface ResolvedPersistOptions {
  /** `undefined` when the option asked for the default storage and the page has none (or refuses access). */
  storage: PersistStorage | undefined
  /** Why `storage` is missing: `server` (no window: nothing to report) or the error the browser threw. */
  storageProblem: 'server' | { error: unknown } | undefined
  key: string
  maxIdleMs: number
}

/** The settings for one form. */
export function resolvePersistOptions(options: PersistOptions, formId: string): ResolvedPersistOptions {
  const key = options.key ?? `${PERSIST_KEY_PREFIX}${formId}`
  // `>= 0` is false for NaN, so NaN falls back too; Infinity passes and never expires.
  const maxIdleMs = options.maxIdleMs !== undefined && options.maxIdleMs >= 0 ? options.maxIdleMs : DEFAULT_PERSIST_MAX_IDLE_MS
  if (options.storage) return { storage: options.storage, storageProblem: undefined, key, maxIdleMs }
  const found = defaultStorage()
  return 'storage' in found ? { storage: found.storage, storageProblem: undefined, key, maxIdleMs } : { storage: undefined, storageProblem: found.problem, key, maxIdleMs }
}

function defaultStorage(): { storage: PersistStorage } | { problem: ResolvedPersistOptions['storageProblem'] } {
  if (typeof window === 'undefined') return { problem: 'server' }
  try {
    // Reading the property throws (SecurityError) when the browser blocks storage for this page.
    const storage = window.sessionStorage
    return storage ? { storage } : { problem: { error: new Error('sessionStorage is not available') } }
  } catch (error) {
    return { problem: { error } }
  }
}
