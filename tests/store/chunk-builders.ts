/**
 * Wire chunks for tests, built as the service sends them (REST JSON).
 * Shared by the store and hook tests.
 */
import type {
  EndOfResponseChunk,
  ErrorChunk,
  ImportantTextChunk,
  JsonValue,
  MeaningfulInput,
  NumberInputChunk,
  ResponseChunk,
  SeparatorChunk,
  SingleSelectInputChunk,
  MultiSelectInputChunk,
  SubmissionChunk,
  TextChunk,
  TextDataChunk,
  DebugChunk,
} from '../../src/api/wire-types'

export function text(value: string, style: 'NORMAL' | 'BOLD' = 'NORMAL', meaningfulInput?: MeaningfulInput): TextChunk {
  return { chunkType: 'TEXT', textDetails: { text: value, style }, ...(meaningfulInput ? { meaningfulInput } : {}) }
}

export function textData(
  fieldTarget: string,
  value: JsonValue,
  displayValue?: string,
  meaningfulInput?: MeaningfulInput,
): TextDataChunk {
  return {
    chunkType: 'TEXT_DATA',
    textDataDetails: { fieldTarget, text: `${fieldTarget}: ${String(displayValue ?? value)}`, value, ...(displayValue ? { displayValue } : {}) },
    ...(meaningfulInput ? { meaningfulInput } : {}),
  }
}

export function singleSelect(fieldTarget: string, options: Array<[value: string, label: string]>): SingleSelectInputChunk {
  return {
    chunkType: 'SINGLE_SELECT_INPUT',
    singleSelectInputDetails: { fieldTarget, options: options.map(([value, label]) => ({ value, label })) },
  }
}

export function multiSelect(fieldTarget: string, options: Array<[value: string, label: string]>): MultiSelectInputChunk {
  return {
    chunkType: 'MULTI_SELECT_INPUT',
    multiSelectInputDetails: { fieldTarget, options: options.map(([value, label]) => ({ value, label })) },
  }
}

export function numberInput(fieldTarget: string, minimum: number, maximum: number): NumberInputChunk {
  return {
    chunkType: 'NUMBER_INPUT',
    numberInputDetails: { fieldTarget, rangeLimit: { minInclusiveValue: minimum, maxInclusiveValue: maximum } },
  }
}

export function separator(): SeparatorChunk {
  return { chunkType: 'SEPARATOR', separatorDetails: { type: 'PARAGRAPH' } }
}

export function errorChunk(messageText: string): ErrorChunk {
  return { chunkType: 'ERROR', errorDetails: { messageText } }
}

export function importantText(fieldTarget: string, value: string): ImportantTextChunk {
  return { chunkType: 'IMPORTANT_TEXT', importantTextDetails: { fieldTarget, text: value } }
}

export function debug(data: Record<string, unknown>): DebugChunk {
  return { chunkType: 'DEBUG', debugDetails: { data } }
}

export function submission(submissionId: string, checkoutId?: string): SubmissionChunk {
  return { chunkType: 'SUBMISSION', submissionDetails: { submissionId, ...(checkoutId ? { checkoutId } : {}) } }
}

export function endOfResponse(success = true): EndOfResponseChunk {
  return { chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success } }
}

/** A chunk type the service might add after this release. */
export function futureChunk(): ResponseChunk {
  return { chunkType: 'HOLOGRAM', hologramDetails: { colour: 'teal' } }
}
