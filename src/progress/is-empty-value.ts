import type { JsonValue } from '../api/wire-types'

/** Whether a field value counts as not given: `null`, a blank string or an empty list. */
export function isEmptyValue(value: JsonValue | undefined): boolean {
  if (value === undefined || value === null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return false
}
