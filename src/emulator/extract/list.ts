/** Splits an enumeration into its items: "vegan, halal and gluten-free" → three items with their offsets. */
import { tighten, type Found } from './text-tools'

// No surrounding \s*: on a long run of spaces that would backtrack quadratically. Items are trimmed instead.
const SEPARATOR = /[,;/&+\n]|\band also\b|\bas well as\b|\band\b|\bor\b|\bplus\b|\balso\b/gi
const FILLER = /^(?:i'?m|i am|we'?re|we are|i|we|just|only|also|too|please|thanks?|thank you|and|or|a|an|the|some|something|other|others|else|maybe|probably|i'd like|i would like|i want|we'd like|like|prefer)\b\s*/i

/** The items of a list, each trimmed of punctuation and leading filler words ("I'm", "also"…); empty items are dropped. */
export function splitList(text: string): Array<Found<string>> {
  const items: Array<Found<string>> = []
  let from = 0
  const push = (start: number, end: number) => {
    let range = tighten(text, start, end)
    for (;;) {
      const filler = FILLER.exec(text.slice(range.start, range.end))
      if (!filler || filler[0].length === 0) break
      range = tighten(text, range.start + filler[0].length, range.end)
    }
    if (range.end > range.start) items.push({ value: text.slice(range.start, range.end), start: range.start, end: range.end })
  }
  for (const match of text.matchAll(SEPARATOR)) {
    push(from, match.index)
    from = match.index + match[0].length
  }
  push(from, text.length)
  return items
}
