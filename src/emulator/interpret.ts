/**
 * Reads one user message into proposed field values, for every field of the
 * form at once — not only the one just asked. Typed values (emails, dates,
 * phones) are found first and their words claimed, so later readers (names,
 * options, numbers) never reuse them. The field just asked gets the most
 * lenient reading; other fields need a clear signal (an email is one, a bare
 * "3" is not — "3 guests" is).
 */
import type { JsonValue } from '../api/wire-types'
import { findYesNo } from './extract/boolean'
import { findDates, type CalendarDate } from './extract/date'
import { findEmails } from './extract/email'
import { findLabelledText } from './extract/labelled-text'
import { splitList } from './extract/list'
import { findName } from './extract/name'
import { findNumbers } from './extract/number'
import { findOptions } from './extract/option'
import { findPhones } from './extract/phone'
import { Claims, STOP_WORDS, tighten, tokenize, wordsMatch, type Found, type Token } from './extract/text-tools'
import type { FieldSpec } from './form-fields'

/** A value read from the message for one field, with the words it came from. */
export interface Proposal {
  target: string
  value: JsonValue
  start?: number
  end?: number
  /** How it was found, for `DEBUG` chunks. */
  how: string
}

/** A message that is a command rather than an answer. */
export type Command = 'skip' | 'submit'

export interface Interpretation {
  proposals: Proposal[]
  command?: Command
}

export interface InterpretContext {
  /** The askable fields, in layout order. */
  fields: readonly FieldSpec[]
  /** The field the last reply asked for. */
  pending: FieldSpec | undefined
  /** Values held so far, by target. */
  values: ReadonlyMap<string, JsonValue>
  /** The user's calendar day, for relative dates. */
  today: CalendarDate
  /**
   * Targets the same request also sent in `currentValues`: their words in the
   * message are claimed by them (and not read as, say, a comment), while the
   * exact values come from `currentValues`.
   */
  answered?: ReadonlySet<string>
}

const CORRECTION = /\b(?:actually|sorry|i meant|correction|change|changed|instead|update|wait|oops|make (?:it|that)|rather|not .{1,30} but)\b/i
const APPEND = /\b(?:also|too|as well|add|plus|another)\b/i
const SKIP = /^(?:skip(?: (?:it|this|this one|that))?|pass|next|no thanks?|no thank you|none|nothing|n\/a|na|no|nope|not now|rather not|i'?d rather not|leave (?:it|that) (?:out|blank|empty)|prefer not to say|no comment)$/
const SUBMIT = /^(?:(?:no,? )?(?:just )?submit(?: (?:it|now|the form|please|it now))?|send(?: it)?(?: now)?|that'?s (?:all|it|everything)(?:,? thanks?)?|(?:i'?m |we'?re )?done|finish(?: now)?|all done|nothing else|no,? that'?s (?:all|it))$/
const ZERO = /^(?:none|no one|nobody|zero|just me|only me|myself|no guests?|nope|no)$/
const RATING_WORDS = ['star', 'rate', 'rating', 'score', 'point']

/** Reads `text` against the form's fields. Never throws; costs about linear time in the message length. */
export function interpretMessage(text: string, context: InterpretContext): Interpretation {
  const { fields, pending, values } = context
  const command = commandOf(text, pending)
  if (command) return { proposals: [], command }

  const claims = new Claims(text.length)
  const proposals = new Map<string, Proposal>()
  const correcting = CORRECTION.test(text)
  const tokens = tokenize(text)

  const propose = (field: FieldSpec, value: JsonValue, range: { start: number; end: number } | undefined, how: string) => {
    if (proposals.has(field.target)) return false
    const proposal: Proposal = { target: field.target, value, how }
    if (range) {
      proposal.start = range.start
      proposal.end = range.end
      claims.claim(range.start, range.end)
    }
    proposals.set(field.target, proposal)
    return true
  }
  /** A field another answer may fill: still empty, being corrected, or the one just asked. */
  const answered = context.answered ?? new Set<string>()
  const open = (field: FieldSpec) => field === pending || !values.has(field.target) || correcting || answered.has(field.target)
  const mentions = (field: FieldSpec) => tokens.some((token) => field.keywords.some((keyword) => keyword.length > 2 && wordsMatch(token, keyword)))
  /** Picks the field a typed value (email, date, phone) goes to. */
  const typedTarget = (kind: FieldSpec['kind'], at: number): FieldSpec | undefined => {
    const candidates = fields.filter((field) => field.kind === kind && !proposals.has(field.target))
    if (pending && candidates.includes(pending)) return pending
    if (candidates.length > 1) {
      const before = text.slice(Math.max(0, at - 40), at)
      const cued = candidates.find((field) => tokenize(before).some((token) => field.keywords.some((keyword) => wordsMatch(token, keyword))))
      if (cued) return cued
    }
    return candidates.find((field) => !values.has(field.target)) ?? (candidates.length === 1 ? candidates[0] : undefined)
  }

  for (const email of findEmails(text)) {
    const field = typedTarget('email', email.start)
    if (field) propose(field, email.value, email, 'an email address')
    // A plain text field may ask for an address without an EMAIL format: the fallback below gives it the words.
    else if (pending?.kind !== 'text') claims.claim(email.start, email.end)
  }

  for (const date of findDates(text, context.today)) {
    if (!claims.isFree(date.start, date.end)) continue
    const field = typedTarget('date', date.start)
    if (field) propose(field, date.value, date, `a date (“${text.slice(date.start, date.end)}”)`)
    else claims.claim(date.start, date.end)
  }

  if (fields.some((field) => field.kind === 'phone')) {
    for (const phone of findPhones(claims.mask(text))) {
      if (!claims.isFree(phone.start, phone.end)) continue
      const field = typedTarget('phone', phone.start)
      // The digits as typed: validation normalises them and shows the user their own formatting back.
      if (field) propose(field, text.slice(phone.start, phone.end), phone, 'a phone number')
      else claims.claim(phone.start, phone.end)
    }
  }

  readNames(text, context, claims, propose)

  for (const field of fields) {
    if (field.kind !== 'text' || field.nameRole || proposals.has(field.target)) continue
    const phrases = [field.label.replace(/[?:*]+$/, ''), ...(field.keywords.length > 0 ? [field.keywords.join(' ')] : [])]
    const found = findLabelledText(claims.mask(text), phrases)
    if (found && claims.isFree(found.start, found.end)) propose(field, found.value, found, `named by its label (“${field.label}”)`)
  }

  const selectFields = orderPendingFirst(
    fields.filter((field) => field.kind === 'single-select' || field.kind === 'multi-select' || field.kind === 'payment'),
    pending,
  )
  for (const field of selectFields) {
    const named = mentions(field)
    if (!open(field) && !named) continue
    const masked = claims.mask(text)
    const matches = findOptions(masked, field.choices).filter(
      (match) => claims.isFree(match.start, match.end) && (field === pending || named || answered.has(field.target) || !match.partial),
    )
    if (field.kind === 'single-select') {
      const full = matches.filter((match) => !match.partial)
      const chosen = (full.length > 0 ? full : matches).at(-1)
      if (chosen) propose(field, chosen.value, chosen, 'an option label')
      else if (field === pending && field.customOption) {
        const custom = customText(masked)
        if (custom) propose(field, custom.value, custom, 'a custom answer')
      }
      continue
    }
    const chosen: string[] = matches.map((match) => match.value)
    let first = matches[0]?.start
    let last = matches.at(-1)?.end
    if (field === pending && field.kind === 'multi-select' && field.customOption) {
      for (const item of splitList(masked)) {
        if (matches.some((match) => match.start < item.end && match.end > item.start)) continue
        const custom = customText(item.value)
        if (!custom || isFiller(custom.value, fields)) continue
        chosen.push(custom.value)
        first = Math.min(first ?? item.start, item.start)
        last = Math.max(last ?? item.end, item.end)
      }
    }
    if (chosen.length === 0 || first === undefined || last === undefined) continue
    const previous = values.get(field.target)
    const merged = APPEND.test(text) && Array.isArray(previous) ? [...new Set([...previous.filter((item): item is string => typeof item === 'string'), ...chosen])] : chosen
    if (propose(field, merged, undefined, 'option labels')) {
      for (const match of matches) claims.claim(match.start, match.end)
      const proposal = proposals.get(field.target)
      if (proposal) {
        proposal.start = first
        proposal.end = last
      }
    }
  }

  readNumbers(text, context, claims, propose, open)

  for (const field of fields) {
    if (field.kind !== 'boolean' || proposals.has(field.target)) continue
    const masked = claims.mask(text)
    if (field === pending) {
      const answer = findYesNo(masked)
      if (answer) propose(field, answer.value, answer, 'a yes/no answer')
      continue
    }
    // "I agree to the code of conduct" answers a consent box that was not asked yet.
    if (/\b(?:agree|accept|consent)\w*\b/i.test(masked) && mentions(field)) {
      const answer = findYesNo(masked)
      if (answer) propose(field, answer.value, answer, 'agreement to its label')
    }
  }

  // A message whose values already answer another field (an edit: "Please change my email to …"
  // with `currentValues`) is about that field; its leftover words are not an answer to the open question.
  const answersAnotherField = [...answered].some((target) => target !== pending?.target)
  if (pending && !proposals.has(pending.target) && !answersAnotherField) readPendingFallback(text, pending, context, claims, proposals, propose)

  const ordered = [...proposals.values()].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity))
  return { proposals: ordered }
}

type Propose = (field: FieldSpec, value: JsonValue, range: { start: number; end: number } | undefined, how: string) => boolean

function commandOf(text: string, pending: FieldSpec | undefined): Command | undefined {
  const normalized = text.trim().toLowerCase().replace(/[.!,]+$/g, '').replace(/\s+/g, ' ').replace(/’/g, "'")
  if (normalized.length > 60) return undefined
  if (SUBMIT.test(normalized)) return 'submit'
  // "no" answers a yes/no question and "none" a guest count; only otherwise is it a skip.
  if (pending?.kind === 'boolean' && findYesNo(normalized) !== undefined) return undefined
  if ((pending?.kind === 'number' || pending?.kind === 'rating') && ZERO.test(normalized) && (pending.numberValidation.minimum ?? 0) <= 0) return undefined
  if (SKIP.test(normalized)) return 'skip'
  return undefined
}

function orderPendingFirst(fields: FieldSpec[], pending: FieldSpec | undefined): FieldSpec[] {
  if (!pending || !fields.includes(pending)) return fields
  return [pending, ...fields.filter((field) => field !== pending)]
}

function readNames(text: string, context: InterpretContext, claims: Claims, propose: Propose): void {
  const nameFields = context.fields.filter((field) => field.nameRole)
  if (nameFields.length === 0) return
  const pending = context.pending
  const expectingName = pending?.nameRole !== undefined
  const excluded = new Set<string>()
  for (const field of context.fields) {
    for (const choice of field.choices) for (const token of tokenize(`${choice.label} ${choice.aliases.join(' ')}`)) excluded.add(token.stem)
  }
  const found = findName(claims.mask(text), { expectingName, excludedWords: excluded })
  if (!found) return
  const name = found.value
  const full = nameFields.find((field) => field.nameRole === 'full')
  const first = nameFields.find((field) => field.nameRole === 'first')
  const last = nameFields.find((field) => field.nameRole === 'last')
  if (full && (!first || pending === full)) {
    propose(full, name.full, found, 'a name')
    return
  }
  if (pending === last && !name.last && last) {
    propose(last, name.full, found, 'a surname')
    return
  }
  if (first) {
    const firstRange = name.last ? { start: found.start, end: found.start + name.first.length } : found
    propose(first, name.first, firstRange, 'a first name')
    if (name.last && last) propose(last, name.last, { start: found.end - name.last.length, end: found.end }, 'a last name')
    return
  }
  if (last) propose(last, name.last ?? name.full, found, 'a last name')
}

function readNumbers(text: string, context: InterpretContext, claims: Claims, propose: Propose, open: (field: FieldSpec) => boolean): void {
  const numberFields = context.fields.filter((field) => field.kind === 'number' || field.kind === 'rating')
  if (numberFields.length === 0) return
  const masked = claims.mask(text)
  const tokens = tokenize(masked)
  const left: Array<Found<number>> = []
  for (const number of findNumbers(masked)) {
    if (!claims.isFree(number.start, number.end)) continue
    const field = numberFields.find((candidate) => isCued(candidate, number, tokens))
    if (field && propose(field, number.value, number, `a number next to “${field.label}”`)) continue
    left.push(number)
  }
  // "no guests", "without guests": zero for a field that allows it.
  for (const match of masked.matchAll(/\b(?:no|zero|without(?: any)?)\s+(?:extra\s+|other\s+|additional\s+)?(\p{L}+)/giu)) {
    const word = match[1] ?? ''
    const field = numberFields.find((candidate) => (candidate.numberValidation.minimum ?? 0) <= 0 && candidate.keywords.some((keyword) => keyword.length > 2 && wordsMatch(word, keyword)))
    if (field && claims.isFree(match.index, match.index + match[0].length)) propose(field, 0, { start: match.index, end: match.index + match[0].length }, `“${match[0]}” as zero`)
  }
  const pending = context.pending
  if (!pending || (pending.kind !== 'number' && pending.kind !== 'rating') || !open(pending)) return
  const [number] = left
  if (number) {
    propose(pending, number.value, number, 'a number (the question just asked)')
    return
  }
  const trimmed = tighten(masked, 0, masked.length)
  const phrase = masked.slice(trimmed.start, trimmed.end).toLowerCase()
  if (ZERO.test(phrase) && (pending.numberValidation.minimum ?? 0) <= 0) propose(pending, 0, trimmed, '“none” as zero')
}

/** Whether a field's label word sits right next to the number: "3 guests", "guests: 3", "4 stars". */
function isCued(field: FieldSpec, number: Found<number>, tokens: Token[]): boolean {
  const keywords = field.kind === 'rating' ? [...field.keywords, ...RATING_WORDS] : field.keywords
  const after = firstTokenAtOrAfter(tokens, number.end)
  const before = firstTokenAtOrAfter(tokens, number.start)
  const near = [...tokens.slice(Math.max(0, before - 3), before), ...tokens.slice(after, after + 3)]
  return near.some((token) => !STOP_WORDS.has(token.word) && keywords.some((keyword) => keyword.length > 2 && wordsMatch(token, keyword)))
}

/** Index of the first token starting at or after `offset` (binary search: messages may hold thousands of tokens). */
function firstTokenAtOrAfter(tokens: Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((tokens[middle]?.start ?? Infinity) < offset) low = middle + 1
    else high = middle
  }
  return low
}

function readPendingFallback(
  text: string,
  pending: FieldSpec,
  context: InterpretContext,
  claims: Claims,
  proposals: Map<string, Proposal>,
  propose: Propose,
): void {
  const masked = claims.mask(text)
  const whole = tighten(masked, 0, masked.length)
  if (whole.end <= whole.start) return
  if (pending.kind === 'text') {
    if (pending.nameRole) return
    if (proposals.size === 0) {
      // Free text is kept as written, closing punctuation included.
      const start = masked.search(/\S/)
      const end = masked.trimEnd().length
      propose(pending, text.slice(start, end), { start, end }, 'the whole message (the question just asked)')
      return
    }
    const rest = leftoverSegment(masked, context.fields)
    if (rest) propose(pending, rest.value, rest, 'the words no other field used')
    return
  }
  // Nothing else understood: hand the words to the asked field so the reply can say what is wrong with them.
  if (proposals.size > 0) return
  const named = findLabelledText(masked, [pending.label.replace(/[?:*]+$/, ''), ...pending.keywords])
  const range = (pending.kind === 'email' ? wordAround(masked, masked.indexOf('@')) : undefined) ?? (named ? { start: named.start, end: named.end } : whole)
  const raw = text.slice(range.start, range.end)
  if (pending.kind === 'multi-select' || pending.kind === 'payment') propose(pending, [raw], range, 'unrecognised words (the question just asked)')
  else if (pending.kind !== 'boolean' || /^[\p{L}\s']{1,40}$/u.test(raw)) propose(pending, raw, range, 'unrecognised words (the question just asked)')
}

/** The whitespace-delimited word containing `index` ("jane@example" in "it's jane@example"), or `undefined` for -1. */
function wordAround(text: string, index: number): { start: number; end: number } | undefined {
  if (index < 0) return undefined
  let start = index
  let end = index + 1
  while (start > 0 && !/\s/.test(text[start - 1] ?? ' ')) start -= 1
  while (end < text.length && !/\s/.test(text[end] ?? ' ')) end += 1
  return tighten(text, start, end)
}

/** The first stretch of unclaimed words that is more than filler. */
function leftoverSegment(masked: string, fields: readonly FieldSpec[]): Found<string> | undefined {
  const separator = /[,;]|\s{2,}|\band\b|\balso\b/gi
  let from = 0
  const segments: Array<{ start: number; end: number }> = []
  for (const match of masked.matchAll(separator)) {
    segments.push({ start: from, end: match.index })
    from = match.index + match[0].length
  }
  segments.push({ start: from, end: masked.length })
  for (const segment of segments) {
    const range = tighten(masked, segment.start, segment.end)
    const value = masked.slice(range.start, range.end)
    if (range.end - range.start < 2 || isFiller(value, fields)) continue
    return { value, start: range.start, end: range.end }
  }
  return undefined
}

/** Words that only introduce other answers: "my email is", "and my phone". */
function isFiller(text: string, fields: readonly FieldSpec[]): boolean {
  const words = tokenize(text)
  return words.every((token) => STOP_WORDS.has(token.word) || fields.some((field) => field.keywords.includes(token.stem)) || /^(?:also|it's|its|i'm|im|oh|and|yes|ok|okay|thanks|hi|hello)$/.test(token.word))
}

/** A custom answer typed instead of an option, without an "Other:" prefix. */
function customText(text: string): Found<string> | undefined {
  const range = tighten(text, 0, text.length)
  let start = range.start
  const prefix = /^(?:other|something else|custom)\s*[:,-]?\s*/i.exec(text.slice(start, range.end))
  if (prefix) start += prefix[0].length
  const tightened = tighten(text, start, range.end)
  const value = text.slice(tightened.start, tightened.end)
  if (!/\p{L}/u.test(value)) return undefined
  return { value, start: tightened.start, end: tightened.end }
}
