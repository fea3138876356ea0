import { Composer } from './composer'
import { DebugPart } from './debug-part'
import { ErrorPart } from './error-part'
import { ImportantTextPart } from './important-text-part'
import { MultiSelectPart } from './multi-select-part'
import { NumberInputPart } from './number-input-part'
import type { ChunkComponents } from './part-props'
import { SeparatorPart } from './separator-part'
import { SingleSelectPart } from './single-select-part'
import { SubmissionPart } from './submission-part'
import { TextDataPart } from './text-data-part'
import { TextPart } from './text-part'
import { UnknownChunkPart } from './unknown-chunk-part'
import { UnsupportedFieldPart } from './unsupported-field-part'
import { UserMessage } from './user-message'

/** The renderers `InteractiveForm` uses unless `components` overrides them. */
export const defaultComponents: ChunkComponents = {
  TEXT: TextPart,
  TEXT_DATA: TextDataPart,
  SINGLE_SELECT_INPUT: SingleSelectPart,
  MULTI_SELECT_INPUT: MultiSelectPart,
  NUMBER_INPUT: NumberInputPart,
  SEPARATOR: SeparatorPart,
  IMPORTANT_TEXT: ImportantTextPart,
  ERROR: ErrorPart,
  SUBMISSION: SubmissionPart,
  DEBUG: DebugPart,
  FILE_UPLOAD: UnsupportedFieldPart,
  SIGNATURE: UnsupportedFieldPart,
  UNKNOWN: UnknownChunkPart,
  UserMessage,
  Composer,
}
