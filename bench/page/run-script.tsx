/**
 * Feeds a script of store events into the real store under the real widget
 * (`InteractiveFormView`: thread + composer at the widget's default fixed
 * height, default renderers wrapped in render counters), one `flushSync`
 * commit per event, and measures the events of one kind from a given
 * position on.
 *
 * `commit`: a plain synchronous loop; the time is the store's and React's
 * (dispatch, render, commit, effects) and no frame runs in between.
 * `frame`: before the measured events a frame is let through so the thread's
 * auto-scroll (a ResizeObserver) reaches the bottom; then each event is
 * dispatched inside its own animation frame and timed until the frame's work
 * is done (style, layout, auto-scroll, paint), plus the `scroll` listeners
 * its auto-scroll sets off at the start of the next frame: what a user's
 * browser does per chunk with follow-to-bottom on.
 */
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { InteractiveFormView } from '../../src/components'
import { createSessionStore } from '../../src/store'
import type { SessionState, SessionStore } from '../../src/store'
import type { Pacing } from '../shared/bench-results'
import type { ScriptStep } from '../shared/transcript-script'
import { sessionOpeningEvents } from '../shared/transcript-script'
import { createBenchFrame } from './bench-frame'
import { benchSession } from './bench-session'
import { changedItemIds } from './changed-items'
import { countingComponents } from './counting-components'
import { median } from '../shared/statistics'
import { clippedTotal } from './clipped-total'
import { measureCommitFloor } from './commit-floor'
import { afterFrameWork, isScrolledToBottom, nextFrame } from './frame-timing'
import { installResizeObserverClock } from './resize-observer-clock'
import { installScrollListenerClock } from './scroll-listener-clock'

export interface ScriptRunOptions {
  steps: readonly ScriptStep[]
  /** The kind of step to measure. */
  measure: 'bubble' | 'text-piece'
  /** Measure steps of that kind from this position (0-based, counting only that kind). */
  measureFrom: number
  pacing: Pacing
  /**
   * After the last step, with the thread still mounted and scrolled to the
   * bottom, measure the React floor on this page over this many frames
   * (`measureCommitFloor`). Default 0: not measured.
   */
  commitFloorFrames?: number
}

export interface ScriptRunMeasurement {
  measured: number
  /** The measured steps' time, each step capped at `CLIP_FACTOR` × the median step (see there). */
  elapsedMs: number
  /** Steps that hit the cap. */
  clippedSteps: number
  /** The median measured step: robust to a neighbour process preempting a few steps, blind to a cost every 32nd step. */
  typicalMs: number
  /** Each measured step's time, in order. */
  stepTimes: number[]
  /**
   * Each measured step's script time: the dispatch's commit (store, React,
   * effects) plus, in `frame` pacing, the ResizeObserver callbacks of that
   * frame (the thread's follow-to-bottom auto-scroll) and the `scroll`
   * listeners that auto-scroll sets off in the next frame (including any
   * layout they force); the browser's own style, layout and paint are left
   * out. In `commit` pacing the same as the step.
   */
  scriptTimes: number[]
  /** The measured steps' script time by where it was spent (ms, summed over the steps, not capped). */
  scriptParts: ScriptParts
  renders: number
  changedItems: number
  /** Measured steps whose bubble renders differed from the items they changed. */
  mismatched: number
  /** The first few mismatches, to say which bubbles rendered needlessly (or were missed). */
  mismatchExamples: MismatchExample[]
  bubblesInDom: number
  /** Store subscriptions open at the end (each is called on every dispatch). */
  storeListeners: number
  /** Whether the log overflowed its box (it really scrolled) and ended at the bottom; `null` for `commit`. */
  atBottom: boolean | null
  finalState: SessionState
  /** The React floor measured next to the full thread (see `commitFloorFrames`); `null` when not asked for. */
  commitFloorMs: number | null
}

export interface ScriptParts {
  /** The dispatch's commit: store, React render and commit, effects. */
  commit: number
  /** The frame's ResizeObserver callbacks (the auto-scroll). */
  resizeObserver: number
  /** The `scroll` listeners the auto-scroll sets off at the start of the next frame. */
  scrollListeners: number
}

export interface MismatchExample {
  /** The event's chunk type (or event type). */
  event: string
  itemCount: number
  renderedIds: string[]
  changedIds: string[]
}

const MAX_EXAMPLES = 5

export async function runScript(options: ScriptRunOptions): Promise<ScriptRunMeasurement> {
  const store: SessionStore = createSessionStore()
  for (const event of sessionOpeningEvents()) store.dispatch(event)
  // Count open subscriptions: each one is called on every dispatch, so their number is part of a chunk's cost.
  let storeListeners = 0
  const subscribe = store.subscribe
  store.subscribe = (listener) => {
    storeListeners++
    const unsubscribe = subscribe(listener)
    return () => {
      storeListeners--
      unsubscribe()
    }
  }
  const counter = { renders: 0, renderedIds: [] as string[] }
  const components = countingComponents(counter)
  const frame = createBenchFrame()
  const root = createRoot(frame.element)
  const framePaced = options.pacing === 'frame'
  const resizeObserverClock = installResizeObserverClock()
  const scrollListenerClock = installScrollListenerClock()
  // The scroll listeners' time since the last measured step ended: that step's auto-scroll
  // caused the scroll event, which the browser dispatches at the start of the next frame.
  let scrollMark: number | null = null
  const scriptParts: ScriptParts = { commit: 0, resizeObserver: 0, scrollListeners: 0 }
  const attributeScroll = (...times: number[][]) => {
    if (scrollMark === null) return
    const spent = scrollListenerClock.total - scrollMark
    for (const list of times) list[list.length - 1]! += spent
    scriptParts.scrollListeners += spent
    scrollMark = null
  }
  try {
    flushSync(() => root.render(<InteractiveFormView session={benchSession(store)} components={components} theme="light" />))
    const log = frame.element.querySelector('[role="log"]')
    if (!log) throw new Error('the thread rendered no role="log"')

    let seen = 0
    let paced = false
    const result = { measured: 0, renders: 0, changedItems: 0, mismatched: 0, mismatchExamples: [] as MismatchExample[] }
    const stepTimes: number[] = []
    const scriptTimes: number[] = []
    for (const step of options.steps) {
      const measured = step.kind === options.measure && seen++ >= options.measureFrom
      if (framePaced && measured && !paced) {
        paced = true
        // Let the auto-scroll catch up with the unpaced history before the first measured frame.
        await nextFrame()
        await nextFrame()
      }
      if (paced) await nextFrame()
      attributeScroll(stepTimes, scriptTimes)
      const before = store.getState()
      const rendersBefore = counter.renders
      counter.renderedIds.length = 0
      const observed = resizeObserverClock.total
      const start = performance.now()
      flushSync(() => store.dispatch(step.event))
      const committed = performance.now()
      const end = paced ? await afterFrameWork() : committed
      if (!measured) continue
      const resized = resizeObserverClock.total - observed
      scriptTimes.push(committed - start + resized)
      scriptParts.commit += committed - start
      scriptParts.resizeObserver += resized
      if (paced) scrollMark = scrollListenerClock.total
      const renders = counter.renders - rendersBefore
      const after = store.getState()
      const changed = changedItemIds(before, after)
      result.measured++
      stepTimes.push(end - start)
      result.renders += renders
      result.changedItems += changed.length
      if (renders === changed.length) continue
      result.mismatched++
      if (result.mismatchExamples.length < MAX_EXAMPLES) {
        const event = step.event.type === 'chunk' ? step.event.chunk.chunkType : step.event.type
        result.mismatchExamples.push({ event, itemCount: after.itemCount, renderedIds: [...counter.renderedIds], changedIds: changed })
      }
    }
    await nextFrame()
    attributeScroll(stepTimes, scriptTimes)
    await nextFrame()
    const overflowed = log.scrollHeight > log.clientHeight
    const atBottom = framePaced ? overflowed && isScrolledToBottom(log) : null
    const floorFrames = options.commitFloorFrames ?? 0
    // The counter goes in next to the thread (both in #bench-root): its frames are those of the page with the whole thread in it, as a chunk's are, though only the counter changes.
    const commitFloorMs = floorFrames > 0 ? await measureCommitFloor(floorFrames) : null
    return {
      ...result,
      ...clippedTotal(stepTimes),
      typicalMs: median(stepTimes),
      stepTimes,
      scriptTimes,
      scriptParts,
      // Each item view renders one element into its block.
      bubblesInDom: log.querySelectorAll('.formtalk-block > *').length,
      storeListeners,
      atBottom,
      finalState: store.getState(),
      commitFloorMs,
    }
  } finally {
    root.unmount()
    frame.remove()
    resizeObserverClock.uninstall()
    scrollListenerClock.uninstall()
  }
}
