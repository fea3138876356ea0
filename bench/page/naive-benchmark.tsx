/**
 * The naive baseline the issue compares against: the transcript in a
 * `useState` array, appended with `[...items, item]` and rendered with
 * `.map`, every bubble rendering again on every append. It renders the same
 * default bubble components as the real thread (so a bubble costs the same)
 * and runs in the same page and run as the real thing.
 */
import { useLayoutEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { TranscriptItemView, WidgetConfigProvider } from '../../src/components'
import { SessionProvider } from '../../src/hooks/session-context'
import { createSessionStore, selectTranscript } from '../../src/store'
import type { TranscriptItem } from '../../src/store'
import type { AppendRunOptions, AppendRunResult } from '../shared/bench-results'
import { median } from '../shared/statistics'
import { createTranscriptScript, sessionOpeningEvents } from '../shared/transcript-script'
import { lastTenthStart } from './measure-window'
import { createBenchFrame } from './bench-frame'
import { benchSession } from './bench-session'
import { clippedTotal } from './clipped-total'
import { countingComponents } from './counting-components'

type Append = (item: TranscriptItem) => void

/** At most this many appends are timed: each costs O(N) here, and the cost is flat within the last 10%. */
export const NAIVE_MAX_TIMED = 50

function NaiveBubble({ item }: { item: TranscriptItem }) {
  // No memo, and a fresh object each render (as a view model built in `.map` would be).
  return <TranscriptItemView item={{ ...item }} />
}

function NaiveTranscript({ initial, onReady }: { initial: TranscriptItem[]; onReady: (append: Append) => void }) {
  const [items, setItems] = useState(initial)
  useLayoutEffect(() => onReady((item) => setItems((current) => [...current, item])), [onReady])
  return (
    <div className="formtalk-log" role="log" aria-label="Conversation">
      {items.map((item) => (
        <NaiveBubble key={item.id} item={item} />
      ))}
    </div>
  )
}

export async function runNaiveBenchmark(options: AppendRunOptions): Promise<AppendRunResult> {
  // The same transcript the real run shows, built by the real reducer without React.
  const store = createSessionStore()
  for (const event of sessionOpeningEvents()) store.dispatch(event)
  for (const step of createTranscriptScript(options.chunks, options.seed ?? 1)) store.dispatch(step.event)
  const items = selectTranscript(store.getState())
  // Everything before the first measured assistant bubble is the initial state: the same DOM as appending it one by one, without the O(n²) wait.
  const measureFrom = Math.max(lastTenthStart(options.chunks), options.chunks - NAIVE_MAX_TIMED)
  let assistant = 0
  let firstMeasured = items.length
  for (const [position, item] of items.entries()) {
    if (item.kind !== 'user' && assistant++ === measureFrom) {
      firstMeasured = position
      break
    }
  }
  const counter = { renders: 0, renderedIds: [] as string[] }
  const components = countingComponents(counter)
  const frame = createBenchFrame()
  const root = createRoot(frame.element)
  let append: Append | undefined
  try {
    flushSync(() =>
      root.render(
        <SessionProvider session={benchSession(store)}>
          <WidgetConfigProvider components={components}>
            <section className="formtalk" data-theme="light">
              <NaiveTranscript initial={items.slice(0, firstMeasured)} onReady={(callback) => (append = callback)} />
            </section>
          </WidgetConfigProvider>
        </SessionProvider>,
      ),
    )
    if (!append) throw new Error('the naive transcript did not mount')
    const appendItem: Append = append
    let measured = 0
    let renders = 0
    let mismatched = 0
    const stepTimes: number[] = []
    for (const item of items.slice(firstMeasured)) {
      const rendersBefore = counter.renders
      counter.renderedIds.length = 0
      const start = performance.now()
      flushSync(() => appendItem(item))
      const end = performance.now()
      if (item.kind === 'user') continue
      measured++
      stepTimes.push(end - start)
      renders += counter.renders - rendersBefore
      if (counter.renders - rendersBefore !== 1) mismatched++
    }
    const { elapsedMs, clippedSteps } = clippedTotal(stepTimes)
    const bubblesInDom = frame.element.querySelectorAll('[role="log"] > *').length
    if (bubblesInDom !== items.length) throw new Error(`the naive transcript shows ${bubblesInDom} bubbles for ${items.length} items`)
    return {
      implementation: 'naive',
      chunks: options.chunks,
      pacing: 'commit',
      timedChunks: measured,
      msPerChunk: elapsedMs / measured,
      typicalMsPerChunk: median(stepTimes),
      // Commit pacing: the whole step is script.
      scriptMsPerChunk: elapsedMs / measured,
      scriptPartsMsPerChunk: { commit: elapsedMs / measured, resizeObserver: 0, scrollListeners: 0 },
      clippedChunks: clippedSteps,
      rendersPerChunk: renders / measured,
      changedItemsPerChunk: 1,
      mismatchedChunks: mismatched,
      mismatchExamples: [],
      bubblesInDom,
      storeListeners: 0,
      atBottom: null,
      commitFloorOnPageMs: null,
    }
  } finally {
    root.unmount()
    frame.remove()
  }
}
