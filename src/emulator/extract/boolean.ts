/** Yes or no in free text: "yes", "sure", "I agree" / "no", "nope", "I don't agree". A negation wins over a yes word in the same message. */
import { tokenize, type Found } from './text-tools'

const YES = new Set(['yes', 'yeah', 'yep', 'yup', 'ya', 'yea', 'sure', 'ok', 'okay', 'agree', 'agreed', 'accept', 'accepted', 'consent', 'absolutely', 'definitely', 'certainly', 'correct', 'true', 'y', 'confirm', 'confirmed', 'please'])
const NO = new Set(['no', 'nope', 'nah', 'not', "don't", 'dont', "didn't", "won't", "can't", 'never', 'disagree', 'decline', 'refuse', 'false', 'n', 'negative'])
const YES_PHRASES = [/\bof course\b/i, /\bi do\b/i, /\bsounds good\b/i, /\bgo ahead\b/i]
const NO_PHRASES = [/\bdo not\b/i, /\bno thanks?\b/i, /\bno thank you\b/i, /\bnot really\b/i]

/** Whether the message says yes or no, with the words that said it; `undefined` when it says neither. */
export function findYesNo(text: string): Found<boolean> | undefined {
  for (const phrase of NO_PHRASES) {
    const match = phrase.exec(text)
    if (match) return { value: false, start: match.index, end: match.index + match[0].length }
  }
  const tokens = tokenize(text)
  const no = tokens.find((token) => NO.has(token.word))
  if (no) return { value: false, start: no.start, end: no.end }
  for (const phrase of YES_PHRASES) {
    const match = phrase.exec(text)
    if (match) return { value: true, start: match.index, end: match.index + match[0].length }
  }
  const yes = tokens.find((token) => YES.has(token.word))
  if (yes) return { value: true, start: yes.start, end: yes.end }
  return undefined
}

/** Reads a boolean sent as a value (`true`, `"true"`, `"yes"`, `"Yes"`, `1`). */
export function coerceBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (value === 1 || value === 0) return value === 1
  if (typeof value !== 'string') return undefined
  const found = findYesNo(value)
  return found?.value
}
