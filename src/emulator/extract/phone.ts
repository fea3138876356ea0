/** Phone numbers in free text: 7 to 15 digits with the usual separators, optionally starting with `+`. */
import type { Found } from './text-tools'

// Bounded repetition keeps this linear on long inputs.
const PHONE = /(?<![\w+])(?:\+\s?)?\(?\d[\d\s().-]{5,24}\d(?![\w])/g

/** A phone number as the validator accepts it. */
export const PHONE_PATTERN = /^\+?[\d\s().-]+$/

/** The digits of a phone number, with its leading `+` when present. */
export function normalizePhone(text: string): string {
  const digits = text.replace(/\D/g, '')
  return text.trim().startsWith('+') ? `+${digits}` : digits
}

export function isPhoneNumber(text: string): boolean {
  if (!PHONE_PATTERN.test(text.trim())) return false
  const digits = text.replace(/\D/g, '').length
  return digits >= 7 && digits <= 15
}

/**
 * Every phone number in `text`. The value is digits only (with `+`), the
 * span covers the number as typed. Runs of digits that read as dates
 * (`2027-06-14`) are left for the date extractor.
 */
export function findPhones(text: string): Array<Found<string>> {
  const found: Array<Found<string>> = []
  for (const match of text.matchAll(PHONE)) {
    const raw = match[0]
    // A trailing " 2" of "555 123 4567 2 guests" would still be digits; trim separators at the edge.
    const trimmed = raw.replace(/[\s.-]+$/, '')
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(trimmed) || /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(trimmed)) continue
    if (!isPhoneNumber(trimmed)) continue
    found.push({ value: normalizePhone(trimmed), start: match.index, end: match.index + trimmed.length })
  }
  return found
}
