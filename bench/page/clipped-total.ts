import { median } from '../shared/statistics'

/**
 * A measured step longer than this many times the run's median step counts
 * as that much. On a shared machine a step is now and then descheduled for a
 * whole time slice (4–10 ms against a typical 0.03 ms), which would otherwise
 * decide the mean; real periodic work, such as sealing a block every 32nd
 * chunk, stays far below the cap, and a pathological step still counts 50×.
 */
export const CLIP_FACTOR = 50

/** The smallest timer step of a cross-origin isolated page, so a sub-tick median still gives a cap. */
const TIMER_RESOLUTION_MS = 0.005

/** The total of the measured steps with each capped at `CLIP_FACTOR` × the median step, and how many hit the cap. */
export function clippedTotal(stepTimes: readonly number[]): { elapsedMs: number; clippedSteps: number } {
  const cap = CLIP_FACTOR * Math.max(median(stepTimes), TIMER_RESOLUTION_MS)
  let elapsedMs = 0
  let clippedSteps = 0
  for (const time of stepTimes) {
    if (time > cap) clippedSteps++
    elapsedMs += Math.min(time, cap)
  }
  return { elapsedMs, clippedSteps }
}
