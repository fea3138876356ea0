/** People's names: "I'm Jane Doe", "my name is jane", "this is Dr. Ann Lee", or a bare "Jane Doe" when the name was just asked for. */
import { tokenize, type Found } from './text-tools'

export interface PersonName {
  first: string
  last?: string
  full: string
}

const STRONG_CUE = /\b(?:my\s+(?:full\s+)?name\s*(?:is|'s|:)|name\s*(?:is|:)|call\s+me|you\s+can\s+call\s+me|it'?s\s+(?=[A-Z]))\s*/gi
const WEAK_CUE = /\b(?:i'?m|i\s+am|this\s+is|im)\s+/gi
const TITLES = /^(?:mr|mrs|ms|miss|dr|prof)\.?\s+/i
/** Words that end a name: "I'm Jane and …", "I'm Jane from Berlin". */
const STOP = new Set(['and', 'from', 'with', 'here', 'my', 'i', 'the', 'a', 'an', 'at', 'in', 'of', 'to', 'by', 'but', 'also', 'email', 'phone', 'is', 'i\'m', 'im', 'please', 'thanks', 'thank', 'you', 'want', 'would', 'like', 'will', 'bringing', 'coming', 'going', 'looking'])
/** Words that follow "I'm" but are not names. */
const NOT_NAMES = new Set([
  'not', 'so', 'very', 'just', 'really', 'sure', 'fine', 'good', 'great', 'ok', 'okay', 'happy', 'glad', 'interested', 'looking', 'trying',
  'going', 'coming', 'bringing', 'writing', 'calling', 'here', 'back', 'new', 'done', 'ready', 'available', 'free', 'busy', 'sorry', 'afraid',
  'vegan', 'vegetarian', 'allergic', 'a', 'an', 'the', 'in', 'on', 'at', 'from', 'with', 'about', 'also', 'still', 'only', 'actually', 'currently',
  'hungry', 'thinking', 'planning', 'hoping', 'excited', 'unable', 'able', 'late', 'early', 'over', 'under', 'between',
  'hello', 'hi', 'hey', 'hiya', 'howdy', 'greetings', 'morning', 'evening', 'afternoon', 'thanks', 'yes', 'no', 'yeah', 'nope', 'skip',
  'what', 'why', 'who', 'how', 'sorry', 'help', 'nothing', 'none', 'unknown', 'idk', 'pass',
])
const NAME_WORD = /^[\p{L}][\p{L}'’.-]*$/u

export interface FindNameOptions {
  /** The name was just asked for: accept a bare "jane doe" and lower-case names after "I'm". */
  expectingName?: boolean
  /** Words that mean something else in this form (option labels), never read as a name. */
  excludedWords?: ReadonlySet<string>
}

/** The first name in `text`, or `undefined`. */
export function findName(text: string, options: FindNameOptions = {}): Found<PersonName> | undefined {
  for (const match of text.matchAll(STRONG_CUE)) {
    const name = readName(text, match.index + match[0].length, { requireCapital: false, options })
    if (name) return name
  }
  for (const match of text.matchAll(WEAK_CUE)) {
    const name = readName(text, match.index + match[0].length, { requireCapital: !options.expectingName, options })
    if (name) return name
  }
  if (options.expectingName) return bareName(text, options)
  return undefined
}

function readName(text: string, from: number, { requireCapital, options }: { requireCapital: boolean; options: FindNameOptions }): Found<PersonName> | undefined {
  let start = from
  const title = TITLES.exec(text.slice(start))
  if (title) start += title[0].length
  const tokens = tokenize(text.slice(start, start + 120))
  const words: Array<{ text: string; start: number; end: number }> = []
  for (const token of tokens) {
    const absoluteStart = start + token.start
    const gap = text.slice(words.length === 0 ? start : (words[words.length - 1]?.end ?? start), absoluteStart)
    if (words.length > 0 && !/^[\s]+$/.test(gap)) break
    if (words.length === 0 && gap.trim() !== '') break
    const raw = text.slice(absoluteStart, start + token.end)
    if (STOP.has(token.word) || !NAME_WORD.test(raw) || /\d/.test(raw)) break
    if (words.length === 0 && (NOT_NAMES.has(token.word) || options.excludedWords?.has(token.stem))) return undefined
    if (requireCapital && !/^\p{Lu}/u.test(raw)) {
      if (words.length === 0) return undefined
      break
    }
    words.push({ text: raw, start: absoluteStart, end: start + token.end })
    if (words.length === 3) break
  }
  const first = words[0]
  const last = words[words.length - 1]
  if (!first || !last) return undefined
  return { value: personName(words.map((word) => word.text)), start: first.start, end: last.end }
}

function bareName(text: string, options: FindNameOptions): Found<PersonName> | undefined {
  // "Jane Doe, jane@example.com": the name is the first clause.
  const clause = /^[^,;\n]*/.exec(text.trimStart())?.[0] ?? ''
  const trimmed = clause.trim().replace(/[.!]+$/, '')
  const offset = text.indexOf(trimmed)
  const parts = trimmed.split(/\s+/)
  if (trimmed === '' || parts.length > 4) return undefined
  if (!parts.every((part) => NAME_WORD.test(part))) return undefined
  const lowered = parts.map((part) => part.toLowerCase())
  if (lowered.some((word) => STOP.has(word) || NOT_NAMES.has(word) || options.excludedWords?.has(word))) return undefined
  return { value: personName(parts), start: offset, end: offset + trimmed.length }
}

/** Title-cases names typed all in lower case ("jane doe" → "Jane Doe"); keeps deliberate casing ("McKay", "de la Cruz"). */
function personName(parts: string[]): PersonName {
  const words = parts.map((part) => (part === part.toLowerCase() ? part.charAt(0).toUpperCase() + part.slice(1) : part))
  const full = words.join(' ')
  const first = words[0] ?? ''
  if (words.length === 1) return { first, full }
  return { first: words.slice(0, -1).join(' '), last: words[words.length - 1] ?? '', full }
}
