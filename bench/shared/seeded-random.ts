import { seededRandom } from '../../src/emulator/ids'

/** The emulator's deterministic generator (mulberry32) with helpers, so every run feeds the same transcript and body. */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max]. */
  integer(min: number, max: number): number
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
}

export function createSeededRandom(seed: number): SeededRandom {
  const next = seededRandom(seed)
  return {
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)]
      if (item === undefined) throw new Error('pick from an empty list')
      return item
    },
  }
}
