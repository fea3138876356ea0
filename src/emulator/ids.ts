/** Random GUIDs from an injected source, so a seeded `random` gives the same ids every run. */

/** Random numbers in [0, 1), like `Math.random`. */
export type RandomSource = () => number

/** A version-4-shaped GUID (`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`) drawn from `random`. */
export function guid(random: RandomSource): string {
  const bytes: number[] = []
  for (let index = 0; index < 16; index += 1) bytes.push(Math.floor(clampUnit(random()) * 256) & 0xff)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** A small deterministic generator (mulberry32) for tests and reproducible demos. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

function clampUnit(value: number): number {
  // A bad injected source must not produce malformed ids.
  if (!Number.isFinite(value) || value < 0) return 0
  return value >= 1 ? 0.999999 : value
}
