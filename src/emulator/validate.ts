/**
 * Checks a value against its field's schema (format, length, pattern, enum,
 * range, multipleOf, item counts, date range, options) and turns it into the
 * value to submit plus a friendly display. Lenient about shape where a client
 * reasonably sends something else — `"3"` for a number, `"true"` for a
 * checkbox, a label instead of an option value — strict about the rules.
 */
import type { JsonValue } from '../api/wire-types'
import { coerceBoolean } from './extract/boolean'
import { formatDate, parseIsoDate } from './extract/date'
import { EMAIL_PATTERN } from './extract/email'
import { isPhoneNumber, normalizePhone } from './extract/phone'
import { findOptions } from './extract/option'
import type { FieldSpec } from './form-fields'

export type Validation =
  | { ok: true; value: JsonValue; display: string }
  | { ok: false; rule: ViolatedRule; message: string }

export type ViolatedRule =
  | 'REQUIRED'
  | 'TYPE'
  | 'FORMAT'
  | 'MIN_LENGTH'
  | 'MAX_LENGTH'
  | 'PATTERN'
  | 'ENUM'
  | 'MINIMUM'
  | 'MAXIMUM'
  | 'MULTIPLE_OF'
  | 'MIN_ITEMS'
  | 'MAX_ITEMS'
  | 'OPTION'
  | 'DATE_RANGE'
  | 'MUST_AGREE'

function fail(rule: ViolatedRule, message: string): Validation {
  return { ok: false, rule, message }
}

/** Validates `raw` for `field`. Never throws, whatever `raw` is. */
export function validateFieldValue(field: FieldSpec, raw: JsonValue): Validation {
  switch (field.kind) {
    case 'text':
    case 'email':
    case 'phone':
      return validateString(field, raw)
    case 'date':
      return validateDate(field, raw)
    case 'number':
    case 'rating':
      return validateNumber(field, raw)
    case 'single-select':
      return validateSingleSelect(field, raw)
    case 'multi-select':
    case 'payment':
      return validateMultiSelect(field, raw)
    case 'boolean':
      return validateBoolean(field, raw)
    default:
      return field.kind satisfies never
  }
}

function quote(value: JsonValue): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`
}

function validateString(field: FieldSpec, raw: JsonValue): Validation {
  if (typeof raw === 'number' && field.kind === 'phone') raw = String(raw)
  if (typeof raw !== 'string') return fail('TYPE', `${field.label} should be text.`)
  const value = field.kind === 'email' ? raw.trim() : raw.trim()
  if (value === '') return fail('REQUIRED', `${field.label} can't be empty.`)
  const rules = field.stringValidation
  if (field.kind === 'email' || rules.format === 'EMAIL') {
    if (!EMAIL_PATTERN.test(value)) return fail('FORMAT', `${quote(value)} isn't a valid email address — it should look like name@example.com.`)
  }
  if (field.kind === 'phone' || rules.format === 'PHONE') {
    if (!isPhoneNumber(value)) return fail('FORMAT', `${quote(value)} doesn't look like a phone number — use 7 to 15 digits, optionally starting with +.`)
  }
  if (rules.format === 'URL' && !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value)) {
    return fail('FORMAT', `${quote(value)} isn't a web address — it should start with https://.`)
  }
  const length = [...value].length
  if (rules.minLength !== undefined && length < rules.minLength) {
    return fail('MIN_LENGTH', `${field.label} needs at least ${rules.minLength} characters (that was ${length}).`)
  }
  if (rules.maxLength !== undefined && length > rules.maxLength) {
    return fail('MAX_LENGTH', `${field.label} can be at most ${rules.maxLength} characters (that was ${length}).`)
  }
  if (rules.pattern !== undefined && !matchesPattern(rules.pattern, value)) {
    return fail('PATTERN', `${quote(value)} isn't in the format ${field.label} expects.`)
  }
  if (rules.enum !== undefined && rules.enum.length > 0 && !rules.enum.includes(value)) {
    return fail('ENUM', `${field.label} must be one of: ${rules.enum.join(', ')}.`)
  }
  const stored = field.kind === 'phone' ? normalizePhone(value) : value
  return { ok: true, value: stored, display: value }
}

function matchesPattern(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value)
  } catch {
    // A pattern this runtime cannot compile cannot be enforced; the service would not block the user for it either.
    return true
  }
}

function validateDate(field: FieldSpec, raw: JsonValue): Validation {
  if (typeof raw !== 'string') return fail('TYPE', `${field.label} should be a date like 2027-06-14.`)
  const date = parseIsoDate(raw)
  if (!date) return fail('FORMAT', `I couldn't read ${quote(raw)} as a date — try something like “June 14” or 2027-06-14.`)
  const iso = `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
  const { minimumDate, maximumDate } = field.stringValidation
  const min = minimumDate ? parseIsoDate(minimumDate) : undefined
  const max = maximumDate ? parseIsoDate(maximumDate) : undefined
  const minIso = minimumDate?.slice(0, 10)
  const maxIso = maximumDate?.slice(0, 10)
  if ((minIso && iso < minIso) || (maxIso && iso > maxIso)) {
    if (min && max) return fail('DATE_RANGE', `${field.label} must be between ${formatDate(min)} and ${formatDate(max)} — ${formatDate(date)} is outside that.`)
    if (min) return fail('DATE_RANGE', `${field.label} can't be before ${formatDate(min)}.`)
    if (max) return fail('DATE_RANGE', `${field.label} can't be after ${formatDate(max)}.`)
  }
  return { ok: true, value: iso, display: formatDate(date) }
}

function validateNumber(field: FieldSpec, raw: JsonValue): Validation {
  let value: number | undefined
  if (typeof raw === 'number') value = raw
  else if (typeof raw === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(raw)) value = Number(raw)
  if (value === undefined || !Number.isFinite(value)) {
    return fail('TYPE', `${typeof raw === 'string' ? quote(raw) : 'That'} isn't a number — ${numberRequirement(field) ?? 'please answer with a number'}.`)
  }
  const { minimum, maximum, multipleOf } = field.numberValidation
  if ((minimum !== undefined && value < minimum) || (maximum !== undefined && value > maximum)) {
    const rule: ViolatedRule = minimum !== undefined && value < minimum ? 'MINIMUM' : 'MAXIMUM'
    return fail(rule, `${field.label} must be ${rangeText(minimum, maximum)} — ${value} is out of range.`)
  }
  if (multipleOf !== undefined && multipleOf > 0 && !isMultipleOf(value, multipleOf)) {
    return fail('MULTIPLE_OF', multipleOf === 1 ? `${field.label} must be a whole number.` : `${field.label} must be a multiple of ${multipleOf} (like ${multipleOf}, ${multipleOf * 2}, ${multipleOf * 3}…).`)
  }
  const enumValues = field.numberValidation.enum
  if (enumValues !== undefined && enumValues.length > 0 && !enumValues.includes(value)) {
    return fail('ENUM', `${field.label} must be one of: ${enumValues.join(', ')}.`)
  }
  const display = field.kind === 'rating' ? `${value} out of ${maximum ?? 5}` : String(value)
  return { ok: true, value, display }
}

export function isMultipleOf(value: number, step: number): boolean {
  const ratio = value / step
  return Math.abs(ratio - Math.round(ratio)) < 1e-9
}

export function rangeText(minimum: number | undefined, maximum: number | undefined): string {
  if (minimum !== undefined && maximum !== undefined) return `between ${minimum} and ${maximum}`
  if (minimum !== undefined) return `at least ${minimum}`
  if (maximum !== undefined) return `at most ${maximum}`
  return 'a number'
}

/** The range/step rule of a number field in words, or `undefined` when it has none. */
export function numberRequirement(field: FieldSpec): string | undefined {
  const { minimum, maximum, multipleOf } = field.numberValidation
  const parts: string[] = []
  if (minimum !== undefined || maximum !== undefined) parts.push(`a number ${rangeText(minimum, maximum)}`)
  if (multipleOf !== undefined && multipleOf > 0) parts.push(multipleOf === 1 ? 'a whole number' : `in steps of ${multipleOf}`)
  return parts.length > 0 ? parts.join(', ') : undefined
}

/** Maps a sent value to a choice: the value itself, or its label (case and typo tolerant). */
function choiceFor(field: FieldSpec, raw: string): FieldSpecChoice | undefined {
  const exact = field.choices.find((choice) => choice.value === raw)
  if (exact) return exact
  const lowered = raw.trim().toLowerCase()
  const byLabel = field.choices.find((choice) => choice.label.toLowerCase() === lowered || choice.aliases.some((alias) => alias.toLowerCase() === lowered))
  if (byLabel) return byLabel
  const matches = findOptions(raw, field.choices)
  const [only] = matches
  if (matches.length === 1 && only && !only.partial && only.end - only.start >= raw.trim().length - 2) return field.choices.find((choice) => choice.value === only.value)
  return undefined
}

type FieldSpecChoice = FieldSpec['choices'][number]

function validateSingleSelect(field: FieldSpec, raw: JsonValue): Validation {
  if (typeof raw !== 'string' || raw.trim() === '') return fail('TYPE', `Please pick one ${field.label.toLowerCase()}: ${choiceList(field)}.`)
  const choice = choiceFor(field, raw)
  if (choice) return { ok: true, value: choice.value, display: choice.label }
  if (field.customOption) {
    const custom = raw.trim()
    const max = field.stringValidation.maxLength ?? 200
    if ([...custom].length > max) return fail('MAX_LENGTH', `${field.label} can be at most ${max} characters.`)
    return { ok: true, value: custom, display: custom }
  }
  return fail('OPTION', `${quote(raw)} isn't one of the options for ${field.label} — choose ${choiceList(field)}.`)
}

function validateMultiSelect(field: FieldSpec, raw: JsonValue): Validation {
  const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : undefined
  if (!items) return fail('TYPE', `${field.label} should be a list of choices.`)
  const values: string[] = []
  const labels: string[] = []
  for (const item of items) {
    if (typeof item !== 'string' || item.trim() === '') return fail('TYPE', `${field.label} should be a list of choices.`)
    const choice = choiceFor(field, item)
    if (choice) {
      if (values.includes(choice.value)) continue
      values.push(choice.value)
      labels.push(field.kind === 'payment' ? (choice.aliases[0] ?? choice.label) : choice.label)
    } else if (field.customOption && field.kind === 'multi-select') {
      const custom = item.trim()
      if ([...custom].length > 200) return fail('MAX_LENGTH', `Each ${field.label.toLowerCase()} entry can be at most 200 characters.`)
      if (values.includes(custom)) continue
      values.push(custom)
      labels.push(custom)
    } else {
      return fail('OPTION', `${quote(item)} isn't one of the options for ${field.label} — choose from ${choiceList(field)}.`)
    }
  }
  const { minItems, maxItems } = field.arrayValidation
  if (minItems !== undefined && values.length < minItems) {
    return fail('MIN_ITEMS', `Please pick at least ${minItems} for ${field.label}${values.length > 0 ? ` — you picked ${values.length}` : ''}.`)
  }
  if (maxItems !== undefined && values.length > maxItems) {
    return fail('MAX_ITEMS', `Please pick at most ${maxItems} for ${field.label} — you picked ${values.length}.`)
  }
  if (values.length === 0 && field.required) return fail('REQUIRED', `Please pick at least one ${field.label.toLowerCase()}.`)
  return { ok: true, value: values, display: labels.join(', ') || 'None' }
}

function validateBoolean(field: FieldSpec, raw: JsonValue): Validation {
  const value = coerceBoolean(raw)
  if (value === undefined) return fail('TYPE', `Please answer yes or no for “${field.label}”.`)
  // A required checkbox (consent, terms) only counts when ticked.
  if (field.required && !value) return fail('MUST_AGREE', `“${field.label}” is required — I can only submit the form if you agree.`)
  return { ok: true, value, display: value ? 'Yes' : 'No' }
}

export function choiceList(field: FieldSpec): string {
  const labels = field.choices.map((choice) => choice.label)
  if (labels.length <= 1) return labels.join('')
  return `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`
}
