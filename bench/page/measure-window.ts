/** Where the measured window starts: the last 10% of `count` (at least one). */
export function lastTenthStart(count: number): number {
  return count - Math.max(1, Math.round(count / 10))
}
