/** How the emulator asks for a field: the question, the requirement it states, and the input widget chunk. */
import type { RangeLimit, ResponseChunk, SelectInputDetails } from '../api/wire-types'
import { multiSelectChunk, numberInputChunk, singleSelectChunk, textChunk } from './chunks'
import { formatDate, parseIsoDate } from './extract/date'
import type { FieldSpec } from './form-fields'
import { numberRequirement } from './validate'

export interface AskOptions {
  /** The field is optional and the required ones are done: say it may be skipped. */
  optional: boolean
  /** The previous answer was refused or not understood. */
  again: boolean
}

/**
 * The chunks that ask for `field`: a `TEXT` question that states the field's requirement when there is one, and the input chunk for select and number fields.
 * An `IMPORTANT_TEXT` naming a field says its value has a problem, so a rule is only sent that way when a value was refused (see `conversation.ts`).
 */
export function askChunks(field: FieldSpec, options: AskOptions): ResponseChunk[] {
  const chunks: ResponseChunk[] = []
  const question = questionText(field)
  const lead = options.again ? 'Let’s try that again. ' : options.optional ? 'Optionally: ' : ''
  const requirement = requirementText(field)
  const rule = requirement ? ` ${requirement}` : ''
  const tail = options.optional ? ' (You can say “skip”, or “submit” to finish now.)' : ''
  chunks.push(textChunk(`${lead}${question}${rule}${tail}`))
  const input = inputChunk(field)
  if (input) chunks.push(input)
  return chunks
}

/** The question in words, from the field's label. */
export function questionText(field: FieldSpec): string {
  const label = field.label.trim()
  if (label.endsWith('?')) return label
  const noun = lowerFirst(label)
  switch (field.kind) {
    case 'text':
    case 'email':
    case 'phone':
    case 'date':
      return `What's your ${noun}?`
    case 'number':
      return `What's the ${noun}?`
    case 'rating':
      return `How would you rate it — ${noun}?`
    case 'single-select':
      return `Which ${noun} would you like?`
    case 'multi-select':
      return `Which ${noun} apply? You can pick more than one.`
    case 'payment':
      return `Which of these would you like to order (${noun})? You can pick more than one.`
    case 'boolean':
      return field.required ? `Please confirm: ${label}.` : `${label} — yes or no?`
    default:
      return field.kind satisfies never
  }
}

/** The rule a user must follow, stated up front ("between 0 and 4", "at most 3"…), or `undefined`. */
export function requirementText(field: FieldSpec): string | undefined {
  switch (field.kind) {
    case 'email':
      return 'Please use a valid email address, like name@example.com.'
    case 'phone':
      return 'Use 7 to 15 digits; start with + and the country code for numbers outside the US.'
    case 'date': {
      const min = field.stringValidation.minimumDate ? parseIsoDate(field.stringValidation.minimumDate) : undefined
      const max = field.stringValidation.maximumDate ? parseIsoDate(field.stringValidation.maximumDate) : undefined
      if (min && max) return `Pick a date between ${formatDate(min)} and ${formatDate(max)}.`
      if (min) return `Pick a date on or after ${formatDate(min)}.`
      if (max) return `Pick a date on or before ${formatDate(max)}.`
      return undefined
    }
    case 'text': {
      const { minLength, maxLength } = field.stringValidation
      if (minLength !== undefined && maxLength !== undefined) return `Between ${minLength} and ${maxLength} characters.`
      if (minLength !== undefined) return `At least ${minLength} characters.`
      return undefined
    }
    case 'number':
    case 'rating': {
      const rule = numberRequirement(field)
      return rule ? `${upperFirst(rule)}.` : undefined
    }
    case 'multi-select':
    case 'payment': {
      const { minItems, maxItems } = field.arrayValidation
      if (minItems !== undefined && maxItems !== undefined) return minItems === maxItems ? `Pick exactly ${minItems}.` : `Pick between ${minItems} and ${maxItems}.`
      if (maxItems !== undefined) return `Pick at most ${maxItems}.`
      if (minItems !== undefined && minItems > 1) return `Pick at least ${minItems}.`
      return undefined
    }
    case 'boolean':
      return field.required ? 'This is required to submit the form.' : undefined
    case 'single-select':
      return undefined
    default:
      return field.kind satisfies never
  }
}

function inputChunk(field: FieldSpec): ResponseChunk | undefined {
  // The service sends 1 to 100 options; a choice field without any gets a plain question.
  if ((field.kind === 'single-select' || field.kind === 'multi-select' || field.kind === 'payment') && field.choices.length === 0) return undefined
  switch (field.kind) {
    case 'single-select':
    case 'boolean':
      return singleSelectChunk(selectDetails(field))
    case 'multi-select':
    case 'payment':
      return multiSelectChunk(selectDetails(field))
    case 'number':
    case 'rating': {
      const { minimum, maximum, multipleOf } = field.numberValidation
      const range: RangeLimit = {}
      if (minimum !== undefined) range.minInclusiveValue = minimum
      if (maximum !== undefined) range.maxInclusiveValue = maximum
      return numberInputChunk(field.target, range, multipleOf)
    }
    default:
      return undefined
  }
}

function selectDetails(field: FieldSpec): SelectInputDetails {
  const details: SelectInputDetails = {
    fieldTarget: field.target,
    options: field.choices.slice(0, 100).map((choice) => ({ value: choice.value, label: choice.label })),
  }
  if (field.customOption) details.allowedCustomValue = { description: field.customOption.placeholder ?? `${field.customOption.label}: type your own` }
  return details
}

function lowerFirst(text: string): string {
  // Keep acronyms ("VIP", "URL") as they are.
  if (text.length > 1 && text[1] === text[1]?.toUpperCase() && /[A-Z]/.test(text[1] ?? '')) return text
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
