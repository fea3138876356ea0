import type { AppendRunOptions, AppendRunResult } from '../shared/bench-results'
import { createTranscriptScript } from '../shared/transcript-script'
import { lastTenthStart } from './measure-window'
import { runScript } from './run-script'

/** Benchmark 1: N bubble-making chunks through the real store and widget; the last 10% measured. */
export async function runAppendBenchmark(options: AppendRunOptions): Promise<AppendRunResult> {
  const steps = createTranscriptScript(options.chunks, options.seed ?? 1)
  const run = await runScript({ steps, measure: 'bubble', measureFrom: lastTenthStart(options.chunks), pacing: options.pacing })
  if (run.bubblesInDom !== run.finalState.itemCount) {
    throw new Error(`the thread shows ${run.bubblesInDom} bubbles for ${run.finalState.itemCount} items`)
  }
  return {
    implementation: 'formtalk',
    chunks: options.chunks,
    pacing: options.pacing,
    timedChunks: run.measured,
    msPerChunk: run.elapsedMs / run.measured,
    typicalMsPerChunk: run.typicalMs,
    clippedChunks: run.clippedSteps,
    rendersPerChunk: run.renders / run.measured,
    changedItemsPerChunk: run.changedItems / run.measured,
    mismatchedChunks: run.mismatched,
    mismatchExamples: run.mismatchExamples,
    bubblesInDom: run.bubblesInDom,
    storeListeners: run.storeListeners,
    atBottom: run.atBottom,
  }
}
