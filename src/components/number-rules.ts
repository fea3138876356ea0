import type { NumberInputChunk } from '../api/wire-types'
import type { Labels } from './labels'

/** The limits a `NUMBER_INPUT` chunk sets. */
export interface NumberRules {
  /** The smallest allowed value (inclusive); `undefined` when there is none. */
  min: number | undefined
  /** The largest value (`maxInclusiveValue`, else `maxExclusiveValue`); `undefined` when there is none. */
  max: number | undefined
  /** `true` when `max` came from `maxExclusiveValue`, so `max` itself is not allowed. */
  maxExclusive: boolean
  /** The step values must be a multiple of; `undefined` when absent or not positive. */
  multipleOf: number | undefined
}

/**
 * The first rule a number breaks (`checkNumber`): `required` (nothing typed),
 * `not-a-number`, `too-small` (under `min`), `too-large` (over an inclusive
 * `max`), `not-below` (at or over an exclusive `max`, as `limit`) or
 * `not-multiple` (off `multipleOf`).
 */
export type NumberProblem =
  | { kind: 'required' }
  | { kind: 'not-a-number' }
  | { kind: 'too-small'; min: number }
  | { kind: 'too-large'; max: number }
  | { kind: 'not-below'; limit: number }
  | { kind: 'not-multiple'; multipleOf: number }

/** The `NumberRules` of a `NUMBER_INPUT` chunk's `numberInputDetails` (an inclusive maximum wins over an exclusive one). */
export function numberRulesOf(details: NumberInputChunk['numberInputDetails']): NumberRules {
  const range = details.rangeLimit
  const maxExclusive = range?.maxInclusiveValue === undefined && range?.maxExclusiveValue !== undefined
  const multipleOf = details.multipleOf !== undefined && details.multipleOf > 0 ? details.multipleOf : undefined
  return {
    min: range?.minInclusiveValue,
    max: range?.maxInclusiveValue ?? range?.maxExclusiveValue,
    maxExclusive,
    multipleOf,
  }
}

const decimalSeparators = new Map<string, string>()

/**
 * The decimal separator of `lang` from Intl, "," or else "." (a script's own
 * separator, like Arabic "٫", reads as "." since users type Latin digits);
 * cached because every keystroke parses.
 */
export function decimalSeparatorOf(lang: string): string {
  let separator = decimalSeparators.get(lang)
  if (separator === undefined) {
    try {
      separator = new Intl.NumberFormat(lang).formatToParts(1.5).find((part) => part.type === 'decimal')?.value === ',' ? ',' : '.'
    } catch {
      // An unknown or malformed tag (a custom `labels.lang`) reads like English.
      separator = '.'
    }
    decimalSeparators.set(lang, separator)
  }
  return separator
}

const plainNumber = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i

/**
 * Parses what the user typed ("2.5", "1,000", " 7 "); `undefined` for empty, `NaN` for junk.
 * In a `lang` whose decimal separator is "," ("de", "es"), "2,5" is two and a half and
 * "." or spaces group thousands ("1.000", "1 000"); a "." that cannot be grouping
 * ("2.5") still reads as a decimal point, since a device keypad may offer only ".".
 * Default `lang`: `"en"`.
 */
export function parseNumber(text: string, lang = 'en'): number | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  const plain = decimalSeparatorOf(lang) === ',' ? fromCommaDecimal(trimmed) : trimmed.replace(/(\d),(?=\d{3}\b)/g, '$1')
  return plainNumber.test(plain) ? Number(plain) : Number.NaN
}

const commaGrouped = /^[-+]?\d{1,3}(?:[.\s\u00a0\u202f]\d{3})+(?:,\d*)?$/

/** Rewrites comma-decimal text ("1.234,5", "1 234,5", "2,5") in the "." form `Number` reads; junk stays junk. */
function fromCommaDecimal(text: string): string {
  if (commaGrouped.test(text)) return text.replace(/[.\s\u00a0\u202f]/g, '').replace(',', '.')
  return text.includes('.') ? text : text.replace(',', '.')
}

/** `value` as the user would type it in `lang`: no grouping, the locale's decimal separator ("2,5" in German). Default `lang`: `"en"`. */
export function formatNumberInput(value: number, lang = 'en'): string {
  const text = String(value)
  return decimalSeparatorOf(lang) === ',' ? text.replace('.', ',') : text
}

/** The first rule the value breaks, or null when it may be sent. */
export function checkNumber(value: number | undefined, rules: NumberRules): NumberProblem | null {
  if (value === undefined) return { kind: 'required' }
  if (!Number.isFinite(value)) return { kind: 'not-a-number' }
  if (rules.min !== undefined && value < rules.min) return { kind: 'too-small', min: rules.min }
  if (rules.max !== undefined) {
    if (rules.maxExclusive && value >= rules.max) return { kind: 'not-below', limit: rules.max }
    if (!rules.maxExclusive && value > rules.max) return { kind: 'too-large', max: rules.max }
  }
  if (rules.multipleOf !== undefined && !isMultiple(value, rules.multipleOf)) return { kind: 'not-multiple', multipleOf: rules.multipleOf }
  return null
}

/** Whether `value` is a whole multiple of `step`, tolerating float noise (7.5 / 2.5, 0.3 / 0.1). */
export function isMultiple(value: number, step: number): boolean {
  const quotient = value / step
  return Math.abs(quotient - Math.round(quotient)) <= 1e-9 * Math.max(1, Math.abs(quotient))
}

/**
 * The stepper's next value from `current` in `direction`: the next multiple
 * of the step (not just `current ± step`, so a typed 3 steps to 5 with 2.5),
 * kept inside the range (from past the range: its nearest edge);
 * `undefined` when no step stays inside.
 */
export function stepNumber(current: number | undefined, direction: 1 | -1, rules: NumberRules): number | undefined {
  const step = rules.multipleOf ?? 1
  let next: number
  if (current === undefined || !Number.isFinite(current)) {
    next = rules.min !== undefined ? Math.ceil(rules.min / step - 1e-9) * step : 0
    if (rules.min === undefined && rules.max !== undefined && next > rules.max) next = Math.floor(rules.max / step + 1e-9) * step
  } else if (rules.multipleOf !== undefined && !isMultiple(current, step)) {
    next = (direction === 1 ? Math.ceil(current / step) : Math.floor(current / step)) * step
  } else {
    next = (Math.round(current / step) + direction) * step
  }
  // A typed value past the range steps back to its edge, so the stepper never dead-ends on, say, 7 of 0–4.
  const top = rules.max === undefined ? undefined : Math.floor(rules.max / step + 1e-9) * step - (rules.maxExclusive && isMultiple(rules.max, step) ? step : 0)
  const bottom = rules.min === undefined ? undefined : Math.ceil(rules.min / step - 1e-9) * step
  if (direction === -1 && top !== undefined && next > top) next = top
  if (direction === 1 && bottom !== undefined && next < bottom) next = bottom
  next = roundLike(next, step)
  if (rules.min !== undefined && next < rules.min) return undefined
  if (rules.max !== undefined && (rules.maxExclusive ? next >= rules.max : next > rules.max)) return undefined
  return next
}

/** Drops float noise (0.30000000000000004) by rounding to the step's decimals. */
function roundLike(value: number, step: number): number {
  const decimals = (String(step).split('.')[1] ?? '').length
  return Number(value.toFixed(Math.min(decimals + 2, 12)))
}

/** A `NumberProblem` in words, from the `number…` / `notANumber` labels. */
export function describeNumberProblem(problem: NumberProblem, labels: Labels): string {
  switch (problem.kind) {
    case 'required':
      return labels.numberRequired
    case 'not-a-number':
      return labels.notANumber
    case 'too-small':
      return labels.numberTooSmall(problem.min)
    case 'too-large':
      return labels.numberTooLarge(problem.max)
    case 'not-below':
      return labels.numberNotBelow(problem.limit)
    case 'not-multiple':
      return labels.numberNotMultiple(problem.multipleOf)
    default:
      return problem satisfies never
  }
}
