/**
 * The shape of one session's state. No React here.
 *
 * Long conversations: the transcript is a list of items (one bubble each)
 * grouped into fixed-size blocks. Full blocks are sealed and never copied
 * again; only `tail` (at most `BLOCK_SIZE` items) is copied when a chunk
 * arrives, and `blocks` grows by one array copy every `BLOCK_SIZE` items. A
 * thread subscribes to `blocks` and `tail`, each block component to its block,
 * and each item is memoised by identity, so a new chunk costs O(1) work and
 * renders one bubble. See ARCHITECTURE.md.
 */
import type {
  CurrentValues,
  ErrorChunk,
  FileUploadChunk,
  ImportantTextChunk,
  InteractiveFormSession,
  JsonValue,
  MeaningfulInput,
  MultiSelectInputChunk,
  NumberInputChunk,
  ResponseChunk,
  SeparatorChunk,
  SignatureChunk,
  SingleSelectInputChunk,
  SubmissionChunk,
  TextDataChunk,
  DebugChunk,
  UnknownChunk,
  WixForm,
} from '../api/wire-types'
import type { InteractiveFormError } from '../api/errors'

/** Items per transcript block. */
export const BLOCK_SIZE = 32

export type SessionStatus = 'idle' | 'starting' | 'streaming' | 'ready' | 'submitted' | 'error'

/** The id of the transcript item at `index` (`"i<index>"`): stable for the item's life. */
export function itemIdAt(index: number): string {
  return `i${index}`
}

/** The transcript position an item id names (`itemIdAt`'s inverse), or `undefined` for any other string. */
export function itemIndexOf(itemId: string): number | undefined {
  const match = /^i(\d+)$/.exec(itemId)
  return match ? Number(match[1]) : undefined
}

/** A session is busy while it starts or a reply streams: nothing else may be sent. */
export function isBusy(state: Pick<SessionState, 'status'>): boolean {
  return state.status === 'starting' || state.status === 'streaming'
}

/** A run of consecutive `TEXT` chunks of one style. */
export interface TextSegment {
  text: string
  style: 'NORMAL' | 'BOLD'
}

interface ItemBase {
  /** Stable, unique within the session; use as React key. */
  id: string
  /** Position in the transcript (0-based); items are only ever appended. */
  index: number
  /** The turn this item belongs to; user and assistant items of one exchange differ. */
  turnId: string
}

/** The user's message. */
export interface UserMessageItem extends ItemBase {
  kind: 'user'
  text: string
  /** The `currentValues` sent with the message, if any. */
  currentValues?: CurrentValues
  /** Ranges of `text` the server used (from chunks' `meaningfulInput`), in arrival order. */
  meaningfulInput: MeaningfulInput[]
  /** `sending` until the first reply chunk; `failed` when the request failed or was stopped before one arrived. */
  delivery: 'sending' | 'sent' | 'failed'
}

/** Consecutive `TEXT` chunks of one assistant turn, read as one growing message. */
export interface AssistantTextItem extends ItemBase {
  kind: 'text'
  chunkType: 'TEXT'
  segments: TextSegment[]
}

/** What the user chose for an input prompt. */
export interface PromptAnswer {
  value: JsonValue
  /** The words sent as `input`. */
  label: string
}

/** Chunks rendered as their own bubble (everything but `TEXT` and `END_OF_RESPONSE`). */
export type BubbleChunk =
  | TextDataChunk
  | MultiSelectInputChunk
  | SingleSelectInputChunk
  | NumberInputChunk
  | SeparatorChunk
  | ErrorChunk
  | SubmissionChunk
  | ImportantTextChunk
  | DebugChunk
  | FileUploadChunk
  | SignatureChunk
  | UnknownChunk

export type InputChunk = SingleSelectInputChunk | MultiSelectInputChunk | NumberInputChunk

/** One non-text chunk as a bubble. */
export interface AssistantChunkItem extends ItemBase {
  kind: 'chunk'
  chunk: BubbleChunk
  /** Set on input chunks once answered (then the prompt is disabled). */
  answer?: PromptAnswer
}

export type TranscriptItem = UserMessageItem | AssistantTextItem | AssistantChunkItem

/** A sealed block of exactly `BLOCK_SIZE` items; never changes once sealed, except to mark an answer or a range. */
export interface TranscriptBlock {
  id: string
  items: readonly TranscriptItem[]
}

/** A value captured for a field target. */
export interface CapturedValue {
  value: JsonValue
  displayValue?: string
  /** `user` when it came from `currentValues` the client sent, `server` from a `TEXT_DATA` chunk. */
  source: 'user' | 'server'
}

/** The latest unanswered input prompt. */
export interface OpenPrompt {
  itemId: string
  fieldTarget: string
  chunk: InputChunk
}

export interface TurnState {
  id: string
  /** `interrupted`: the stream ended without `END_OF_RESPONSE` or with `success: false`. */
  status: 'streaming' | 'complete' | 'interrupted' | 'failed' | 'stopped'
}

/** A message that did not reach the server, kept so nothing typed is lost. */
export interface FailedMessage {
  text: string
  currentValues?: CurrentValues
  /** The user item showing it. */
  itemIndex: number
}

export interface SessionState {
  formId: string | null
  session: InteractiveFormSession | null
  /** The form schema when known (from the session or passed in). */
  form: WixForm | null
  status: SessionStatus
  /** Sealed blocks, oldest first. */
  blocks: readonly TranscriptBlock[]
  /** The open block: the newest items (fewer than `BLOCK_SIZE`). */
  tail: readonly TranscriptItem[]
  /** Total number of items (blocks × BLOCK_SIZE + tail). */
  itemCount: number
  values: Readonly<Record<string, CapturedValue>>
  openPrompt: OpenPrompt | null
  submission: { submissionId: string; checkoutId?: string } | null
  error: InteractiveFormError | null
  /** The newest turn (user send or assistant reply in flight). */
  lastTurn: TurnState | null
  /** Whether the last assistant turn was cut short. */
  interrupted: boolean
  failedMessage: FailedMessage | null
  /** The composer's text, kept in the store so it survives failures and remounts. */
  draft: string
  /** Counter behind turn ids. */
  turnCount: number
  /** The newest user item, which reply chunks' `meaningfulInput` refers to. */
  lastUserItemIndex: number | null
  /** Whether the turn in flight has received any chunk yet. */
  turnHasChunks: boolean
}

export type { ResponseChunk }
