import type { MeaningfulInput } from '../api/wire-types'

/** A piece of a message from `highlightRanges`. */
export interface TextRun {
  /** The characters of this piece. */
  text: string
  /** Whether the piece lies inside one of the ranges. */
  marked: boolean
}

/** Splits `text` into plain and marked runs; ranges are clamped to the text, and overlapping or touching ones merged. */
export function highlightRanges(text: string, ranges: readonly MeaningfulInput[]): TextRun[] {
  const spans = ranges
    .map((range) => [Math.max(0, range.startOffset), Math.min(text.length, range.startOffset + range.length)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  const runs: TextRun[] = []
  let position = 0
  for (const [start, end] of merged) {
    if (start > position) runs.push({ text: text.slice(position, start), marked: false })
    runs.push({ text: text.slice(start, end), marked: true })
    position = end
  }
  if (position < text.length || runs.length === 0) runs.push({ text: text.slice(position), marked: false })
  return runs
}
