/** Builders for response chunks, so the conversation code reads as what it says. */
import type {
  DebugChunk,
  EndOfResponseChunk,
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
} from '../api/wire-types'

/** The service caps `TEXT` at 10,000 characters and `ERROR` at 1,000. */
const MAX_TEXT = 10_000
const MAX_ERROR_TEXT = 1_000

export function textChunk(text: string, style: 'NORMAL' | 'BOLD' = 'NORMAL'): TextChunk {
  return { chunkType: 'TEXT', textDetails: { text: clip(text, MAX_TEXT), style } }
}

export function textDataChunk(
  fieldTarget: string,
  text: string,
  value: JsonValue,
  displayValue: string,
  meaningfulInput?: MeaningfulInput,
): TextDataChunk {
  const chunk: TextDataChunk = { chunkType: 'TEXT_DATA', textDataDetails: { fieldTarget, text: clip(text, MAX_TEXT), value, displayValue } }
  if (meaningfulInput) chunk.meaningfulInput = meaningfulInput
  return chunk
}

export function importantTextChunk(fieldTarget: string, text: string, meaningfulInput?: MeaningfulInput): ImportantTextChunk {
  const chunk: ImportantTextChunk = { chunkType: 'IMPORTANT_TEXT', importantTextDetails: { fieldTarget, text: clip(text, MAX_TEXT) } }
  if (meaningfulInput) chunk.meaningfulInput = meaningfulInput
  return chunk
}

export function singleSelectChunk(details: SelectInputDetails): SingleSelectInputChunk {
  return { chunkType: 'SINGLE_SELECT_INPUT', singleSelectInputDetails: details }
}

export function multiSelectChunk(details: SelectInputDetails): MultiSelectInputChunk {
  return { chunkType: 'MULTI_SELECT_INPUT', multiSelectInputDetails: details }
}

export function numberInputChunk(fieldTarget: string, rangeLimit: RangeLimit | undefined, multipleOf: number | undefined): NumberInputChunk {
  const details: NumberInputChunk['numberInputDetails'] = { fieldTarget }
  if (rangeLimit && Object.keys(rangeLimit).length > 0) details.rangeLimit = rangeLimit
  if (multipleOf !== undefined) details.multipleOf = multipleOf
  return { chunkType: 'NUMBER_INPUT', numberInputDetails: details }
}

export function separatorChunk(): SeparatorChunk {
  return { chunkType: 'SEPARATOR', separatorDetails: { type: 'PARAGRAPH' } }
}

export function errorChunk(messageText: string): ErrorChunk {
  return { chunkType: 'ERROR', errorDetails: { messageText: clip(messageText, MAX_ERROR_TEXT) } }
}

export function submissionChunk(submissionId: string, checkoutId: string | undefined): SubmissionChunk {
  const details: SubmissionChunk['submissionDetails'] = { submissionId }
  if (checkoutId !== undefined) details.checkoutId = checkoutId
  return { chunkType: 'SUBMISSION', submissionDetails: details }
}

export function debugChunk(data: Record<string, unknown>): DebugChunk {
  return { chunkType: 'DEBUG', debugDetails: { data } }
}

export function endOfResponseChunk(success: boolean): EndOfResponseChunk {
  return { chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success } }
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text
  return `${text.slice(0, max - 1)}…`
}
