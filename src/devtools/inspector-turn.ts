/** What the protocol inspector lists, whichever source it came from. */

export interface InspectorEntry {
  /** Stable within its turn; a React key. */
  key: string
  /**
   * `chunk`: a response chunk (`value` is the chunk as received — or, from a
   * store, rebuilt for `TEXT`); `session`: the `interactiveFormSession`;
   * `form`: a form schema answer; `error`: an error answer or transport
   * failure; `status`: how the turn ended; `raw`: body text that is not JSON.
   */
  kind: 'chunk' | 'session' | 'form' | 'error' | 'status' | 'raw'
  /** The chunk type for chunks, else a short title. */
  label: string
  /** Milliseconds since the turn began; `null` when not known (seen before the inspector mounted). */
  atMs: number | null
  /** What the entry shows (see `kind`), as JSON-like data. */
  value: unknown
}

/** One turn (a request and its reply) as the protocol inspector lists it. */
export interface InspectorTurn {
  /** Stable across updates; a React key. */
  key: string
  /** e.g. `POST …/create-streamed` or `Turn t3`. */
  title: string
  /** What was sent: the request body (recorded), or the user's message and values (store). */
  request?: unknown
  /** HTTP status (recorded) or turn status (store). */
  status?: string
  /** What came back, in order. */
  entries: InspectorEntry[]
}
