import type { AppendRunOptions, AppendRunResult } from '../shared/bench-results'
import { median } from '../shared/statistics'
import { clippedTotal } from './clipped-total'
import { createTranscriptScript } from '../shared/transcript-script'
import { lastTenthStart } from './measure-window'
import { runScript } from './run-script'

/**
 * Chunks one sample times at least, at every N: the last 10% of N = 500 is
 * only 50 chunks, so a sample there repeats the run (same script) 10 times.
 * A cost paid every few hundred chunks, such as a minor garbage collection
 * (4–12 ms, capped like any long step), falls inside a 500-chunk window in
 * nearly every run but inside a 50-chunk one in about one run in ten, so a
 * median over single runs dropped it at the smallest N and kept it at the
 * largest: equal sample sizes count it alike.
 */
export const SAMPLE_TIMED_CHUNKS = 500

/** Benchmark 1: N bubble-making chunks through the real store and widget; the last 10% measured. */
export async function runAppendBenchmark(options: AppendRunOptions): Promise<AppendRunResult> {
  const steps = createTranscriptScript(options.chunks, options.seed ?? 1)
  const measureFrom = lastTenthStart(options.chunks)
  const passes = Math.ceil(SAMPLE_TIMED_CHUNKS / (options.chunks - measureFrom))
  const totals = { measured: 0, elapsedMs: 0, clippedSteps: 0, renders: 0, changedItems: 0, mismatched: 0 }
  const stepTimes: number[] = []
  let scriptElapsedMs = 0
  const scriptParts = { commit: 0, resizeObserver: 0, scrollListeners: 0 }
  const mismatchExamples: AppendRunResult['mismatchExamples'] = []
  let last = null
  let atBottom: boolean | null = null
  for (let pass = 0; pass < passes; pass++) {
    const commitFloorFrames = pass === passes - 1 ? (options.commitFloorFrames ?? 0) : 0
    const run = await runScript({ steps, measure: 'bubble', measureFrom, pacing: options.pacing, commitFloorFrames })
    if (run.bubblesInDom !== run.finalState.itemCount) {
      throw new Error(`the thread shows ${run.bubblesInDom} bubbles for ${run.finalState.itemCount} items`)
    }
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += run[key]
    stepTimes.push(...run.stepTimes)
    scriptElapsedMs += clippedTotal(run.scriptTimes).elapsedMs
    for (const part of Object.keys(scriptParts) as (keyof typeof scriptParts)[]) scriptParts[part] += run.scriptParts[part]
    mismatchExamples.push(...run.mismatchExamples.slice(0, 5 - mismatchExamples.length))
    atBottom = run.atBottom === null ? null : (atBottom ?? true) && run.atBottom
    last = run
  }
  if (!last) throw new Error('no run')
  return {
    implementation: 'formtalk',
    chunks: options.chunks,
    pacing: options.pacing,
    timedChunks: totals.measured,
    msPerChunk: totals.elapsedMs / totals.measured,
    typicalMsPerChunk: median(stepTimes),
    scriptMsPerChunk: scriptElapsedMs / totals.measured,
    scriptPartsMsPerChunk: {
      commit: scriptParts.commit / totals.measured,
      resizeObserver: scriptParts.resizeObserver / totals.measured,
      scrollListeners: scriptParts.scrollListeners / totals.measured,
    },
    clippedChunks: totals.clippedSteps,
    rendersPerChunk: totals.renders / totals.measured,
    changedItemsPerChunk: totals.changedItems / totals.measured,
    mismatchedChunks: totals.mismatched,
    mismatchExamples,
    bubblesInDom: last.bubblesInDom,
    storeListeners: last.storeListeners,
    atBottom,
    commitFloorOnPageMs: last.commitFloorMs,
  }
}
