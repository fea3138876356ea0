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
  item: AssistantTextItem
}

/** Props of a non-text chunk renderer: the transcript item and its chunk, narrowed to the type. */
export interface ChunkPartProps<C extends BubbleChunk = BubbleChunk> {
  item: AssistantChunkItem
  chunk: C
}

/** Props of the user's message bubble. */
export interface UserMessageProps {
  item: UserMessageItem
}

/** The renderers the thread uses, one per chunk type; override any of them through `components`. */
export interface ChunkComponents {
  TEXT: ComponentType<TextPartProps>
  TEXT_DATA: ComponentType<ChunkPartProps<TextDataChunk>>
  SINGLE_SELECT_INPUT: ComponentType<ChunkPartProps<SingleSelectInputChunk>>
  MULTI_SELECT_INPUT: ComponentType<ChunkPartProps<MultiSelectInputChunk>>
  NUMBER_INPUT: ComponentType<ChunkPartProps<NumberInputChunk>>
  SEPARATOR: ComponentType<ChunkPartProps<SeparatorChunk>>
  IMPORTANT_TEXT: ComponentType<ChunkPartProps<ImportantTextChunk>>
  ERROR: ComponentType<ChunkPartProps<ErrorChunk>>
  SUBMISSION: ComponentType<ChunkPartProps<SubmissionChunk>>
  DEBUG: ComponentType<ChunkPartProps<DebugChunk>>
  FILE_UPLOAD: ComponentType<ChunkPartProps<FileUploadChunk>>
  SIGNATURE: ComponentType<ChunkPartProps<SignatureChunk>>
  /** A chunk type newer than this release. Default: renders nothing (and warns once per type in development). */
  UNKNOWN: ComponentType<ChunkPartProps<UnknownChunk>>
  /** The user's message bubble. */
  UserMessage: ComponentType<UserMessageProps>
  /** The message box under the thread (no props: it reads the session from context). */
  Composer: ComponentType
}

/** The chunk types that have a renderer (everything but `END_OF_RESPONSE`, which renders nothing). */
export type RenderedChunkType = Exclude<keyof ChunkComponents, 'UNKNOWN' | 'UserMessage' | 'Composer'>
