/** Small text helpers shared by the extractors: tokens with offsets, word normalising, fuzzy comparison. */

/** A value found in the user's message and the character range it came from (`end` exclusive). */
export interface Found<T> {
  value: T
  start: number
  end: number
}

export interface Token {
  /** Lower-cased, apostrophes normalised. */
  word: string
  /** `word` reduced to a rough singular ("hoodies" → "hoodie"). */
  stem: string
  start: number
  end: number
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

/** Splits text into word tokens with their offsets; hyphens and punctuation separate words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase().replace(/’/g, "'")
    tokens.push({ word, stem: singular(word), start: match.index, end: match.index + match[0].length })
  }
  return tokens
}

/** A rough English singular, good enough to match "tickets" to "Ticket" and "hoodies" to "Hoodie". */
export function singular(word: string): string {
  if (word.length <= 3 || hasDigit(word)) return word
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word
  if (word.endsWith('s')) return word.slice(0, -1)
  return word
}

function hasDigit(word: string): boolean {
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index)
    if (code >= 48 && code <= 57) return true
  }
  return false
}

// Known words (labels, keywords) are few and compared again and again.
const knownStems = new Map<string, string>()

function knownStem(word: string): string {
  let stem = knownStems.get(word)
  if (stem === undefined) {
    stem = singular(word)
    if (knownStems.size < 5_000) knownStems.set(word, stem)
  }
  return stem
}

/** Levenshtein distance, giving up (returning `max + 1`) as soon as it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      current.push(value)
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    previous = current
  }
  return previous[b.length] ?? max + 1
}

/**
 * Whether a typed word stands for a known word: same stem, or a typo away
 * (one edit from five letters on, two from nine), with the same first letter
 * so "last" never reads as "fast".
 */
export function wordsMatch(typed: Token | string, known: string): boolean {
  const word = typeof typed === 'string' ? typed.toLowerCase() : typed.word
  const stem = typeof typed === 'string' ? singular(word) : typed.stem
  const knownWord = known.toLowerCase()
  const target = knownStem(knownWord)
  if (stem === target || word === knownWord || word === target) return true
  // "hoodies" → "hoody" by the -ies rule, yet it is "hoodie" + s: accept a bare trailing s too.
  if (word.endsWith('s') && word.length - 1 === knownWord.length && word.startsWith(knownWord)) return true
  if (target.length < 5 || stem[0] !== target[0]) return false
  const allowed = target.length >= 9 ? 2 : 1
  return editDistance(stem, target, allowed) <= allowed
}

/** Words that carry no meaning for matching a field ("your", "the", "please"…). */
export const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'your', 'you', 'my', 'me', 'i',
  'is', 'are', 'be', 'it', 'this', 'that', 'do', 'does', 'would', 'will', 'please', 'how', 'what', 'which', 'who', 'when',
  'many', 'much', 'any', 'some', 'we', 'us', 'our', 'can', 'if', 'like', 'about', 'number', 'us',
])

/** The meaningful stems of a label or target, for cue matching. */
export function keywordsOf(text: string): string[] {
  const words = tokenize(text)
    .map((token) => token.stem)
    .filter((word) => !STOP_WORDS.has(word) && word.length > 1 && !/^\d+$/.test(word))
  return [...new Set(words)]
}

/**
 * Ranges of the message already used by an extraction, so two fields never
 * read the same words. One flag per character keeps every check linear in
 * the range checked, however many ranges a long message has.
 */
export class Claims {
  private readonly used: Uint8Array
  private claimed = 0

  constructor(length: number) {
    this.used = new Uint8Array(length)
  }

  isFree(start: number, end: number): boolean {
    for (let index = Math.max(0, start); index < Math.min(end, this.used.length); index += 1) if (this.used[index]) return false
    return true
  }

  claim(start: number, end: number): void {
    this.used.fill(1, Math.max(0, start), Math.min(end, this.used.length))
    this.claimed += 1
  }

  /** The message with claimed ranges blanked out (same length, so offsets stay valid). */
  mask(text: string): string {
    if (this.claimed === 0) return text
    let masked = ''
    let from = 0
    for (let index = 0; index <= text.length; index += 1) {
      const inside = index < text.length && this.used[index] === 1
      const wasInside = index > 0 && this.used[index - 1] === 1
      if (inside === wasInside && index < text.length) continue
      const piece = text.slice(from, index)
      masked += wasInside ? ' '.repeat(piece.length) : piece
      from = index
    }
    return masked
  }

  get count(): number {
    return this.claimed
  }
}

/** Trims whitespace and surrounding punctuation off `text[start, end)` and returns the tighter range. */
export function tighten(text: string, start: number, end: number): { start: number; end: number } {
  let from = start
  let to = end
  while (from < to && /[\s,.;:!?"'()[\]{}–—-]/.test(text[from] ?? '')) from += 1
  while (to > from && /[\s,.;:!?"'()[\]{}–—-]/.test(text[to - 1] ?? '')) to -= 1
  return { start: from, end: to }
}
