/** Submitted values in words, for the submissions panel. */
import type { JsonValue } from '../src/api/wire-types'

const NO_OPTIONS: ReadonlyMap<string, string> = new Map()

/** `optionLabels` turns option values (`"vip"`) back into what the user saw (`"VIP"`). */
export function formatValue(value: JsonValue, optionLabels: ReadonlyMap<string, string> = NO_OPTIONS): string {
  if (value === null) return '—'
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'number') return value.toLocaleString('en')
  if (typeof value === 'string') return value === '' ? '—' : (optionLabels.get(value) ?? value)
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((item) => formatValue(item, optionLabels)).join(', ')
  const entries = Object.entries(value)
  if (entries.length === 0) return '—'
  return entries.map(([key, item]) => `${key}: ${formatValue(item, optionLabels)}`).join('; ')
}
