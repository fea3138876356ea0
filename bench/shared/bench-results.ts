/** What one run of a page benchmark returns to bench/run.mjs (plain JSON). */

/**
 * How events are fed. The widget always has its default fixed height (its
 * log is the scroll container) and its auto-scroll on.
 */
export type Pacing =
  /** One `flushSync` per event in a plain loop: the store's and React's cost; no frame runs in between. */
  | 'commit'
  /** One event per animation frame, timed until the frame's work is done: + style, layout, the auto-scroll (a ResizeObserver) and paint. */
  | 'frame'

export interface AppendRunOptions {
  /** Bubble-making assistant chunks to append. */
  chunks: number
  pacing: Pacing
  seed?: number
  /**
   * After the last run, with its thread still mounted, measure the React
   * floor on that page over this many frames (see `commitFloorOnPageMs`).
   * Default 0: not measured.
   */
  commitFloorFrames?: number
}

export interface AppendRunResult {
  implementation: 'formtalk' | 'naive'
  chunks: number
  pacing: Pacing
  /** Bubble chunks timed: the last 10% of each run, pooled over the runs of one sample (at least 500). */
  timedChunks: number
  /** Mean ms per timed chunk (see `Pacing` for what the time covers), each chunk capped at 50× the median chunk (preemption by other processes). */
  msPerChunk: number
  /** Timed chunks that hit that cap. */
  clippedChunks: number
  /** Median ms of the timed chunks: what a typical chunk costs, robust to preemption by other processes. */
  typicalMsPerChunk: number
  /**
   * Mean script ms per timed chunk (capped like `msPerChunk`): the commit
   * (store, React, effects) plus, in `frame` pacing, the frame's
   * ResizeObserver callbacks (the follow-to-bottom auto-scroll), without the
   * browser's style, layout and paint.
   */
  scriptMsPerChunk: number
  /** `scriptMsPerChunk` by where it was spent (means, not capped); in `commit` pacing only `commit` is non-zero. */
  scriptPartsMsPerChunk: { commit: number; resizeObserver: number; scrollListeners: number }
  /** Bubble (item component) renders per timed chunk. */
  rendersPerChunk: number
  /** Items whose identity changed (new or replaced) per timed chunk: the renders a perfect thread would do. */
  changedItemsPerChunk: number
  /** Timed chunks whose bubble renders differed from their changed items (0 = no wasted or missing render). */
  mismatchedChunks: number
  /** The first few mismatched chunks: which item ids rendered and which changed. */
  mismatchExamples: Array<{ event: string; itemCount: number; renderedIds: string[]; changedIds: string[] }>
  /** Bubbles in the DOM at the end. */
  bubblesInDom: number
  /** Store subscriptions open at the end of the run (each is called on every dispatch). */
  storeListeners: number
  /** `frame` runs: whether the log overflowed its box and the auto-scroll kept it at the bottom. */
  atBottom: boolean | null
  /**
   * The React floor on this page: ms per frame of the minimal
   * `useSyncExternalStore` counter (`measureCommitFloor`), mounted next to
   * the last run's thread and timed like a frame-paced chunk's commit;
   * `null` unless `commitFloorFrames` asked for it.
   */
  commitFloorOnPageMs: number | null
}

export interface StreamRunOptions {
  earlierBubbles: number
  pieces: number
  pacing: Pacing
}

export interface StreamRunResult {
  earlierBubbles: number
  pieces: number
  pacing: Pacing
  /** Pieces timed: all of them for `commit`, the last 10% for `frame`. */
  timedPieces: number
  msPerPiece: number
  typicalMsPerPiece: number
  clippedPieces: number
  rendersPerPiece: number
  mismatchedPieces: number
  mismatchExamples: Array<{ event: string; itemCount: number; renderedIds: string[]; changedIds: string[] }>
  /** Characters in the streamed message at the end (it really grew). */
  finalTextLength: number
  atBottom: boolean | null
}

export interface PageInfo {
  userAgent: string
  crossOriginIsolated: boolean
  hardwareConcurrency: number
}
