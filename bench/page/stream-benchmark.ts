import type { StreamRunOptions, StreamRunResult } from '../shared/bench-results'
import { createStreamingScript } from '../shared/transcript-script'
import { lastTenthStart } from './measure-window'
import { runScript } from './run-script'

/**
 * Benchmark 2: word-sized text pieces streamed into the last message after a
 * long history. `commit`: every piece measured; `frame` (one frame per
 * piece): the last 10%.
 */
export async function runStreamBenchmark(options: StreamRunOptions): Promise<StreamRunResult> {
  const steps = createStreamingScript(options.earlierBubbles, options.pieces)
  const measureFrom = options.pacing === 'frame' ? lastTenthStart(options.pieces) : 0
  const run = await runScript({ steps, measure: 'text-piece', measureFrom, pacing: options.pacing })
  const last = run.finalState.tail[run.finalState.tail.length - 1]
  if (last?.kind !== 'text') throw new Error('the streamed pieces did not end in one text message')
  return {
    earlierBubbles: options.earlierBubbles,
    pieces: options.pieces,
    pacing: options.pacing,
    timedPieces: run.measured,
    msPerPiece: run.elapsedMs / run.measured,
    typicalMsPerPiece: run.typicalMs,
    clippedPieces: run.clippedSteps,
    rendersPerPiece: run.renders / run.measured,
    mismatchedPieces: run.mismatched,
    mismatchExamples: run.mismatchExamples,
    finalTextLength: last.segments.reduce((length, segment) => length + segment.text.length, 0),
    atBottom: run.atBottom,
  }
}
