import type { ComponentType } from 'react'
import type {
  DebugChunk,
  ErrorChunk,
  FileUploadChunk,
  ImportantTextChunk,
  MultiSelectInputChunk,
  NumberInputChunk,
  SeparatorChunk,
  SignatureChunk,
  SingleSelectInputChunk,
  SubmissionChunk,
  TextDataChunk,
  UnknownChunk,
} from '../api/wire-types'
import type { AssistantChunkItem, AssistantTextItem, BubbleChunk, UserMessageItem } from '../store/session-state'

/** Props of the `TEXT` renderer: the merged text of consecutive `TEXT` chunks. */
export interface TextPartProps {
  /** The merged text item (its `segments`). Required. */
  item: AssistantTextItem
}

/** Props of a non-text chunk renderer: the transcript item and its chunk, narrowed to the type. */
export interface ChunkPartProps<C extends BubbleChunk = BubbleChunk> {
  /** The transcript item that holds the chunk. Required. */
  item: AssistantChunkItem
  /** The item's chunk, narrowed to the renderer's type. Required. */
  chunk: C
}

/** Props of the user's message bubble. */
export interface UserMessageProps {
  /** The user's message: its text and send state. Required. */
  item: UserMessageItem
}

/** The renderers the thread uses, one per chunk type; override any of them through `components`. */
export interface ChunkComponents {
  /** Assistant text. Default: `TextPart`. */
  TEXT: ComponentType<TextPartProps>
  /** A captured value (the chip with Edit). Default: `TextDataPart`. */
  TEXT_DATA: ComponentType<ChunkPartProps<TextDataChunk>>
  /** A pick-one prompt. Default: `SingleSelectPart`. */
  SINGLE_SELECT_INPUT: ComponentType<ChunkPartProps<SingleSelectInputChunk>>
  /** A pick-several prompt. Default: `MultiSelectPart`. */
  MULTI_SELECT_INPUT: ComponentType<ChunkPartProps<MultiSelectInputChunk>>
  /** A number prompt. Default: `NumberInputPart`. */
  NUMBER_INPUT: ComponentType<ChunkPartProps<NumberInputChunk>>
  /** A divider. Default: `SeparatorPart`. */
  SEPARATOR: ComponentType<ChunkPartProps<SeparatorChunk>>
  /** Text the assistant stresses. Default: `ImportantTextPart`. */
  IMPORTANT_TEXT: ComponentType<ChunkPartProps<ImportantTextChunk>>
  /** An error the assistant reports. Default: `ErrorPart`. */
  ERROR: ComponentType<ChunkPartProps<ErrorChunk>>
  /** The submission card. Default: `SubmissionPart`. */
  SUBMISSION: ComponentType<ChunkPartProps<SubmissionChunk>>
  /** Developer details, shown only with `debug`. Default: `DebugPart`. */
  DEBUG: ComponentType<ChunkPartProps<DebugChunk>>
  /** A file field the chat cannot fill. Default: `UnsupportedFieldPart`. */
  FILE_UPLOAD: ComponentType<ChunkPartProps<FileUploadChunk>>
  /** A signature field the chat cannot fill. Default: `UnsupportedFieldPart`. */
  SIGNATURE: ComponentType<ChunkPartProps<SignatureChunk>>
  /** A chunk type newer than this release. Default: renders nothing (and warns once per type in development). */
  UNKNOWN: ComponentType<ChunkPartProps<UnknownChunk>>
  /** The user's message bubble. Default: `UserMessage`. */
  UserMessage: ComponentType<UserMessageProps>
  /** The message box under the thread (no props: it reads the session from context). Default: `Composer`. */
  Composer: ComponentType
}

/** The chunk types that have a renderer (everything but `END_OF_RESPONSE`, which renders nothing). */
export type RenderedChunkType = Exclude<keyof ChunkComponents, 'UNKNOWN' | 'UserMessage' | 'Composer'>
