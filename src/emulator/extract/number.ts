/** Numbers in free text: digits ("2", "2.5", "1,200"), English words up to the thousands ("twenty-one", "a dozen"), ratings ("4/5", "4 out of 5"). */
import { Claims, tokenize, type Found, type Token } from './text-tools'

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
}
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }
const IDIOMS: Record<string, number> = { dozen: 12, couple: 2, pair: 2 }

const DIGITS = /(?<![\w.,])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w]|[.,]\d)/g
const OUT_OF = /(?<![\w.])(\d+(?:\.\d+)?)\s*(?:\/|out of|of)\s*(\d+)(?![\w.])/gi

/** Every number in `text`, in order, without overlaps. */
export function findNumbers(text: string): Array<Found<number>> {
  const found: Array<Found<number>> = []
  const taken = new Claims(text.length)
  const free = (start: number, end: number) => taken.isFree(start, end)
  for (const match of text.matchAll(OUT_OF)) {
    const value = Number(match[1])
    if (!Number.isFinite(value)) continue
    found.push({ value, start: match.index, end: match.index + match[0].length })
    taken.claim(match.index, match.index + match[0].length)
  }
  for (const match of text.matchAll(DIGITS)) {
    const end = match.index + match[0].length
    if (!free(match.index, end)) continue
    const value = Number(match[0].replace(/,/g, ''))
    if (!Number.isFinite(value)) continue
    found.push({ value, start: match.index, end })
    taken.claim(match.index, end)
  }
  for (const word of wordNumbers(tokenize(text))) {
    if (free(word.start, word.end)) found.push(word)
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Runs of number words: "twenty-one", "one hundred and five", "a dozen", "two thousand". */
function wordNumbers(tokens: Token[]): Array<Found<number>> {
  const found: Array<Found<number>> = []
  let index = 0
  while (index < tokens.length) {
    const parsed = parseWordNumber(tokens, index)
    if (parsed) {
      found.push(parsed.found)
      index = parsed.next
    } else {
      index += 1
    }
  }
  return found
}

function parseWordNumber(tokens: Token[], from: number): { found: Found<number>; next: number } | undefined {
  const first = tokens[from]
  if (!first) return undefined
  // "a dozen", "a couple", "a hundred"
  if (first.word === 'a' || first.word === 'an') {
    const second = tokens[from + 1]
    if (second && IDIOMS[second.word] !== undefined) return { found: { value: IDIOMS[second.word] ?? 0, start: first.start, end: second.end }, next: from + 2 }
    if (second && (second.word === 'hundred' || second.word === 'thousand')) {
      const rest = parseScaled(tokens, from + 1, 1)
      if (rest) return { found: { value: rest.value, start: first.start, end: rest.end }, next: rest.next }
    }
    return undefined
  }
  if (UNITS[first.word] === undefined && TENS[first.word] === undefined) return undefined
  const parsed = parseScaled(tokens, from, undefined)
  if (!parsed) return undefined
  return { found: { value: parsed.value, start: first.start, end: parsed.end }, next: parsed.next }
}

/** Parses [units|tens[-units]] [hundred [and] …] [thousand [and] …] starting at `from`. */
function parseScaled(tokens: Token[], from: number, leading: number | undefined): { value: number; end: number; next: number } | undefined {
  let total = 0
  let current = leading ?? 0
  let index = from
  let end = tokens[from]?.start ?? 0
  let consumed = false
  const atScale = leading !== undefined
  if (!atScale) {
    const small = parseBelowHundred(tokens, index)
    if (!small) return undefined
    current = small.value
    end = small.end
    index = small.next
    consumed = true
  }
  for (;;) {
    const token = tokens[index]
    if (!token) break
    if (token.word === 'hundred' && current < 100) {
      current = (current || 1) * 100
      end = token.end
      index += 1
      consumed = true
      const joined = joinAnd(tokens, index)
      const small = parseBelowHundred(tokens, joined)
      if (small) {
        current += small.value
        end = small.end
        index = small.next
      }
      continue
    }
    if (token.word === 'thousand' && total === 0) {
      total = (current || 1) * 1000
      current = 0
      end = token.end
      index += 1
      consumed = true
      const joined = joinAnd(tokens, index)
      const small = parseBelowHundred(tokens, joined)
      if (small) {
        current = small.value
        end = small.end
        index = small.next
      }
      continue
    }
    break
  }
  if (!consumed) return undefined
  return { value: total + current, end, next: index }
}

function joinAnd(tokens: Token[], index: number): number {
  return tokens[index]?.word === 'and' ? index + 1 : index
}

function parseBelowHundred(tokens: Token[], index: number): { value: number; end: number; next: number } | undefined {
  const token = tokens[index]
  if (!token) return undefined
  const unit = UNITS[token.word]
  if (unit !== undefined) return { value: unit, end: token.end, next: index + 1 }
  const tens = TENS[token.word]
  if (tens === undefined) return undefined
  const next = tokens[index + 1]
  const nextUnit = next ? UNITS[next.word] : undefined
  // "twenty-one" / "twenty one", but not "twenty, one"
  if (next && nextUnit !== undefined && nextUnit > 0 && nextUnit < 10 && next.start - token.end <= 1) {
    return { value: tens + nextUnit, end: next.end, next: index + 2 }
  }
  return { value: tens, end: token.end, next: index + 1 }
}

/** A number word or numeral for messages that are only a number: "3", "three", "3 please". */
export function parseNumberText(text: string): number | undefined {
  const numbers = findNumbers(text)
  return numbers.length === 1 ? numbers[0]?.value : undefined
}
