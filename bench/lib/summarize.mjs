// Turns the raw runs into medians, ratios and verdicts (plain data, no formatting).
import { TARGETS } from './profiles.mjs'

export function median(values) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const sum = (values) => values.reduce((total, value) => total + value, 0)

/**
 * Appending: per (pacing, N) the median ms/chunk over the runs; per pacing the
 * growth ratio median(largest N) / median(smallest N). The runs of all sizes
 * are interleaved, so load drift hits both sides of the ratio alike.
 */
export function summarizeAppend(runs, profile) {
  const sizes = profile.appendSizes
  const smallest = sizes[0]
  const largest = sizes[sizes.length - 1]
  const gate = TARGETS.growthRatio * (1 + profile.growthTolerance)
  const pacings = [...new Set(runs.map((run) => run.pacing))]
  const rows = []
  const growth = []
  for (const pacing of pacings) {
    const ofPacing = runs.filter((run) => run.pacing === pacing)
    for (const chunks of sizes) {
      const cell = ofPacing.filter((run) => run.chunks === chunks)
      rows.push({
        pacing,
        chunks,
        runs: cell.length,
        msPerChunk: median(cell.map((run) => run.msPerChunk)),
        typicalMsPerChunk: median(cell.map((run) => run.typicalMsPerChunk)),
        scriptMsPerChunk: median(cell.map((run) => run.scriptMsPerChunk)),
        scriptPartsMsPerChunk: Object.fromEntries(['commit', 'resizeObserver', 'scrollListeners'].map((part) => [part, median(cell.map((run) => run.scriptPartsMsPerChunk[part]))])),
        clippedChunks: sum(cell.map((run) => run.clippedChunks)),
        msRange: [Math.min(...cell.map((run) => run.msPerChunk)), Math.max(...cell.map((run) => run.msPerChunk))],
        rendersPerChunk: median(cell.map((run) => run.rendersPerChunk)),
        rendersPerChangedItem: sum(cell.map((run) => run.rendersPerChunk * run.timedChunks)) / sum(cell.map((run) => run.changedItemsPerChunk * run.timedChunks)),
        mismatchedChunks: sum(cell.map((run) => run.mismatchedChunks)),
        mismatchExamples: cell.flatMap((run) => run.mismatchExamples).slice(0, 3),
        timedChunks: cell[0]?.timedChunks ?? 0,
        storeListeners: cell[0]?.storeListeners ?? 0,
        atBottom: pacing === 'frame' ? cell.every((run) => run.atBottom === true) : null,
        commitFloorOnPageMs: median(cell.map((run) => run.commitFloorOnPageMs).filter((floor) => floor !== null)),
      })
    }
    const medianAt = (chunks, key) => median(ofPacing.filter((run) => run.chunks === chunks).map((run) => run[key]))
    const ratio = medianAt(largest, 'msPerChunk') / medianAt(smallest, 'msPerChunk')
    const typicalRatio = medianAt(largest, 'typicalMsPerChunk') / medianAt(smallest, 'typicalMsPerChunk')
    growth.push({ pacing, smallest, largest, ratio, typicalRatio, gate, pass: ratio <= gate })
  }
  const mismatched = sum(rows.map((row) => row.mismatchedChunks))
  return { rows, growth, mismatched, rendersPass: mismatched === 0 }
}

export function summarizeNaive(runs, profile) {
  return profile.naiveSizes.map((chunks) => {
    const cell = runs.filter((run) => run.chunks === chunks)
    return { chunks, runs: cell.length, msPerChunk: median(cell.map((run) => run.msPerChunk)), rendersPerChunk: median(cell.map((run) => run.rendersPerChunk)), timedChunks: cell[0]?.timedChunks ?? 0 }
  })
}

export function summarizeStream(runs) {
  const pacings = [...new Set(runs.map((run) => run.pacing))]
  return pacings.map((pacing) => {
    const cell = runs.filter((run) => run.pacing === pacing)
    return {
      pacing,
      runs: cell.length,
      earlierBubbles: cell[0]?.earlierBubbles ?? 0,
      pieces: cell[0]?.pieces ?? 0,
      timedPieces: cell[0]?.timedPieces ?? 0,
      msPerPiece: median(cell.map((run) => run.msPerPiece)),
      typicalMsPerPiece: median(cell.map((run) => run.typicalMsPerPiece)),
      clippedPieces: sum(cell.map((run) => run.clippedPieces)),
      rendersPerPiece: median(cell.map((run) => run.rendersPerPiece)),
      mismatchedPieces: sum(cell.map((run) => run.mismatchedPieces)),
      mismatchExamples: cell.flatMap((run) => run.mismatchExamples).slice(0, 3),
      finalTextLength: cell[0]?.finalTextLength ?? 0,
      atBottom: pacing === 'frame' ? cell.every((run) => run.atBottom === true) : null,
    }
  })
}

export function readerVerdict(result, profile) {
  const gate = TARGETS.readerRatio * (1 - profile.readerTolerance)
  return { ...result, gate, pass: result.ratio >= gate }
}
