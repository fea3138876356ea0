/**
 * Option labels in free text, tolerant of case, plurals, hyphens and small
 * typos: "vip", "Hoodies", "gluten free", "glutenfree", "vegeterian".
 */
import { STOP_WORDS, tokenize, wordsMatch, type Found, type Token } from './text-tools'

export interface MatchableOption {
  value: string
  label: string
  /** Other phrases that name the option (e.g. a product name without its price). */
  aliases?: string[]
}

/** A matched option; `partial` when only one distinctive word of a longer label was named ("general" for "General admission"). */
export interface OptionMatch extends Found<string> {
  partial: boolean
}

interface Candidate extends OptionMatch {
  words: number
}

/**
 * The options named in `text`, in order of appearance, without overlapping
 * matches (the longest phrase wins) and each option at most once.
 */
export function findOptions(text: string, options: readonly MatchableOption[], tokens: Token[] = tokenize(text)): OptionMatch[] {
  const candidates: Candidate[] = []
  const wordCounts = new Map<string, number>()
  const optionWords = options.map((option) => [...new Set(phrasesOf(option).flatMap((phrase) => tokenize(phrase).map((token) => token.stem)))])
  for (const words of optionWords) for (const word of words) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1)
  options.forEach((option, index) => {
    for (const phrase of phrasesOf(option)) {
      const phraseWords = tokenize(phrase).map((token) => token.word)
      if (phraseWords.length === 0) continue
      candidates.push(...matchPhrase(tokens, phraseWords, option.value))
    }
    // One word that only this option's label has names it too.
    for (const word of optionWords[index] ?? []) {
      if (word.length < 4 || STOP_WORDS.has(word) || wordCounts.get(word) !== 1 || /^\d/.test(word)) continue
      if ([option.label, ...(option.aliases ?? [])].some((phrase) => tokenize(phrase).length === 1)) continue
      for (const token of tokens) {
        if (wordsMatch(token, word)) candidates.push({ value: option.value, start: token.start, end: token.end, words: 0, partial: true })
      }
    }
  })
  candidates.sort((a, b) => b.words - a.words || b.end - b.start - (a.end - a.start) || a.start - b.start)
  const chosen: Candidate[] = []
  for (const candidate of candidates) {
    if (chosen.some((other) => other.value === candidate.value || (candidate.start < other.end && candidate.end > other.start))) continue
    chosen.push(candidate)
  }
  return chosen.sort((a, b) => a.start - b.start).map(({ value, start, end, partial }) => ({ value, start, end, partial }))
}

function phrasesOf(option: MatchableOption): string[] {
  const phrases = [option.label, ...(option.aliases ?? [])]
  // A value like "gluten-free" or "vip" often reads as well as the label does.
  if (/[a-z]/i.test(option.value) && !/^[0-9a-f-]{20,}$/i.test(option.value)) phrases.push(option.value.replace(/[_-]+/g, ' '))
  return [...new Set(phrases)]
}

function matchPhrase(tokens: Token[], phrase: string[], value: string): Candidate[] {
  const matches: Candidate[] = []
  const joined = phrase.join('')
  for (let index = 0; index < tokens.length; index += 1) {
    const first = tokens[index]
    if (!first) continue
    // Word by word: "gluten free" / "gluten-free" / "Gluten Free".
    let ok = index + phrase.length <= tokens.length
    for (let offset = 0; ok && offset < phrase.length; offset += 1) {
      const token = tokens[index + offset]
      const word = phrase[offset]
      ok = token !== undefined && word !== undefined && wordsMatch(token, word) && (offset === 0 || token.start - (tokens[index + offset - 1]?.end ?? 0) <= 2)
    }
    if (ok) {
      const last = tokens[index + phrase.length - 1]
      if (last) matches.push({ value, start: first.start, end: last.end, words: phrase.length, partial: false })
      continue
    }
    // Run together: "glutenfree", "tshirt".
    if (phrase.length > 1 && wordsMatch(first, joined)) matches.push({ value, start: first.start, end: first.end, words: phrase.length, partial: false })
  }
  return matches
}
