import { useRef } from 'react'

/**
 * The previous object while the new one has the same keys and values, so an
 * inline `labels={{…}}` or `components={{…}}` does not re-render every bubble
 * each time the host re-renders.
 */
export function useShallowStable<T extends object | undefined>(value: T): T {
  const previous = useRef(value)
  if (!shallowEqual(previous.current, value)) previous.current = value
  return previous.current
}

function shallowEqual(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return true
  if (!a || !b) return false
  const aKeys = Object.keys(a)
  if (aKeys.length !== Object.keys(b).length) return false
  return aKeys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}
