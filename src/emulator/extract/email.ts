/** Email addresses in free text. Scans outwards from each `@`, so a long message without one costs one pass. */
import type { Found } from './text-tools'

const LOCAL_CHAR = /[A-Za-z0-9._%+'-]/
const DOMAIN_CHAR = /[A-Za-z0-9.-]/

/** A syntactically valid address: something@domain.tld with a 2+ letter top-level domain. */
export const EMAIL_PATTERN = /^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,63}$/

/** Every email address in `text`, in order; the domain is lower-cased, the local part kept as typed. */
export function findEmails(text: string): Array<Found<string>> {
  const found: Array<Found<string>> = []
  let from = 0
  while (from < text.length) {
    const at = text.indexOf('@', from)
    if (at < 0) break
    let start = at
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1] ?? '')) start -= 1
    let end = at + 1
    while (end < text.length && end - at < 255 && DOMAIN_CHAR.test(text[end] ?? '')) end += 1
    // Sentence punctuation is not part of the address: "mail me at a@b.com."
    while (end > at + 1 && /[.-]/.test(text[end - 1] ?? '')) end -= 1
    while (start < at && /[.'-]/.test(text[start] ?? '')) start += 1
    const candidate = text.slice(start, end)
    if (start < at && EMAIL_PATTERN.test(candidate)) {
      const [local = '', domain = ''] = candidate.split('@')
      found.push({ value: `${local}@${domain.toLowerCase()}`, start, end })
    }
    from = Math.max(end, at + 1)
  }
  return found
}
