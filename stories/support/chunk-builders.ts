/** Response chunks as the service sends them, for filling fixture stores. */
import type {
  ErrorChunk,
  ImportantTextChunk,
  JsonValue,
  MeaningfulInput,
  MultiSelectInputChunk,
  NumberInputChunk,
  RangeLimit,
  SelectInputDetails,
  SeparatorChunk,
  SingleSelectInputChunk,
  SubmissionChunk,
  TextChunk,
  TextDataChunk,
} from '../../src/api/wire-types'

export const text = (value: string, style: 'NORMAL' | 'BOLD' = 'NORMAL'): TextChunk => ({ chunkType: 'TEXT', textDetails: { text: value, style } })

export const textData = (fieldTarget: string, value: JsonValue, displayValue: string, meaningfulInput?: MeaningfulInput): TextDataChunk => ({
  chunkType: 'TEXT_DATA',
  textDataDetails: { fieldTarget, text: `${fieldTarget}: ${displayValue}`, value, displayValue },
  ...(meaningfulInput ? { meaningfulInput } : {}),
})

export const singleSelect = (details: SelectInputDetails): SingleSelectInputChunk => ({ chunkType: 'SINGLE_SELECT_INPUT', singleSelectInputDetails: details })

export const multiSelect = (details: SelectInputDetails): MultiSelectInputChunk => ({ chunkType: 'MULTI_SELECT_INPUT', multiSelectInputDetails: details })

export const numberInput = (fieldTarget: string, rangeLimit?: RangeLimit, multipleOf?: number): NumberInputChunk => ({
  chunkType: 'NUMBER_INPUT',
  numberInputDetails: { fieldTarget, ...(rangeLimit ? { rangeLimit } : {}), ...(multipleOf !== undefined ? { multipleOf } : {}) },
})

export const separator = (): SeparatorChunk => ({ chunkType: 'SEPARATOR', separatorDetails: { type: 'PARAGRAPH' } })

export const importantText = (textValue: string, fieldTarget?: string): ImportantTextChunk => ({
  chunkType: 'IMPORTANT_TEXT',
  importantTextDetails: { text: textValue, ...(fieldTarget !== undefined ? { fieldTarget } : {}) },
})

export const errorChunk = (messageText: string): ErrorChunk => ({ chunkType: 'ERROR', errorDetails: { messageText } })

export const submission = (submissionId: string, checkoutId?: string): SubmissionChunk => ({
  chunkType: 'SUBMISSION',
  submissionDetails: { submissionId, ...(checkoutId ? { checkoutId } : {}) },
})

/** The ticket question of the event registration sample form. */
export const ticketPrompt = singleSelect({
  fieldTarget: 'ticket',
  options: [
    { value: 'general', label: 'General admission' },
    { value: 'vip', label: 'VIP' },
    { value: 'student', label: 'Student' },
  ],
})

/** The dietary question of the event registration sample form, with its free-text "Other". */
export const dietaryPrompt = multiSelect({
  fieldTarget: 'dietary',
  options: [
    { value: 'vegetarian', label: 'Vegetarian' },
    { value: 'vegan', label: 'Vegan' },
    { value: 'gluten-free', label: 'Gluten-free' },
    { value: 'halal', label: 'Halal' },
    { value: 'kosher', label: 'Kosher' },
  ],
  allowedCustomValue: { description: 'Tell us about any other dietary needs' },
})

/** "How many guests are you bringing?" — 0 to 4. */
export const guestsPrompt = numberInput('guests', { minInclusiveValue: 0, maxInclusiveValue: 4 }, 1)

/** The tip question of the purchase sample form: 0 to 50 in steps of 5. */
export const tipPrompt = numberInput('tip', { minInclusiveValue: 0, maxInclusiveValue: 50 }, 5)
