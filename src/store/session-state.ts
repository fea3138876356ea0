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

/**
 * Where the session stands: `idle` (no session yet, or reset), `starting`
 * (the create request is out, no chunk yet), `streaming` (a reply is
 * arriving), `ready` (waiting for the user), `submitted` (the form was
 * submitted) or `error` (the last request failed; see `error`).
 */
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
  /** The chunks' text, joined. */
  text: string
  /** The chunks' `style` (`NORMAL` when a chunk left it out). */
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
  /** Always `user`. */
  kind: 'user'
  /** What the user sent as `input`. */
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
  /** Always `text`. */
  kind: 'text'
  /** Always `TEXT`. */
  chunkType: 'TEXT'
  /** The text so far, one segment per run of one style. */
  segments: TextSegment[]
}

/** What the user chose for an input prompt. */
export interface PromptAnswer {
  /** The chosen value(s), as sent in `currentValues`. */
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

/** The chunks that ask for an answer (the prompts). */
export type InputChunk = SingleSelectInputChunk | MultiSelectInputChunk | NumberInputChunk

/** One non-text chunk as a bubble. */
export interface AssistantChunkItem extends ItemBase {
  /** Always `chunk`. */
  kind: 'chunk'
  /** The chunk as received. */
  chunk: BubbleChunk
  /** Set on input chunks once answered (then the prompt is disabled). */
  answer?: PromptAnswer
}

/** One bubble of the transcript: the user's message, assistant text, or another chunk. */
export type TranscriptItem = UserMessageItem | AssistantTextItem | AssistantChunkItem

/** A sealed block of exactly `BLOCK_SIZE` items; never changes once sealed, except to mark an answer or a range. */
export interface TranscriptBlock {
  /** `"b<n>"`, the block's position; use as React key. */
  id: string
  /** The block's items, in order. */
  items: readonly TranscriptItem[]
}

/** A value captured for a field target. */
export interface CapturedValue {
  /** The value, as the service or the client sent it. */
  value: JsonValue
  /** The service's friendly form of it (`TEXT_DATA.displayValue`), when given. */
  displayValue?: string
  /** `user` when it came from `currentValues` the client sent, `server` from a `TEXT_DATA` chunk. */
  source: 'user' | 'server'
}

/** The latest unanswered input prompt. */
export interface OpenPrompt {
  /** The id of the transcript item that shows it. */
  itemId: string
  /** The field it asks about. */
  fieldTarget: string
  /** The prompt's chunk. */
  chunk: InputChunk
}

/** The newest turn and how it went. */
export interface TurnState {
  /** `"t<n>"`, matching the `turnId` of its items. */
  id: string
  /**
   * `streaming` while in flight, `complete` when it ended well, `interrupted`
   * when it delivered some chunks but ended without `END_OF_RESPONSE`, with
   * `success: false` or with an error, `failed` when it failed before any
   * chunk, `stopped` when the user stopped it.
   */
  status: 'streaming' | 'complete' | 'interrupted' | 'failed' | 'stopped'
}

/** A message that did not reach the server, kept so nothing typed is lost. */
export interface FailedMessage {
  /** The message's text. */
  text: string
  /** The `currentValues` sent with it, if any. */
  currentValues?: CurrentValues
  /** The user item showing it. */
  itemIndex: number
}

/** One session's state, as the store holds it. */
export interface SessionState {
  /** The form this session fills; `null` until `SessionInit` or a start sets it. */
  formId: string | null
  /** The service's session (`{id, formId}`); `null` until the service names it. */
  session: InteractiveFormSession | null
  /** The form schema when known (from the session or passed in). */
  form: WixForm | null
  /** Where the session stands (see `SessionStatus`). */
  status: SessionStatus
  /** Sealed blocks, oldest first. */
  blocks: readonly TranscriptBlock[]
  /** The open block: the newest items (at most `BLOCK_SIZE`; sealed when the next item arrives). */
  tail: readonly TranscriptItem[]
  /** Total number of items (blocks × BLOCK_SIZE + tail). */
  itemCount: number
  /** The captured values, keyed by field target; the newest wins. */
  values: Readonly<Record<string, CapturedValue>>
  /** The latest input prompt while it is unanswered; `null` otherwise. */
  openPrompt: OpenPrompt | null
  /** Set by the `SUBMISSION` chunk (`checkoutId` for a purchase); `null` until the form is submitted. */
  submission: { submissionId: string; checkoutId?: string } | null
  /** Why the last request failed; `null` until one fails, and cleared by the next send or start. */
  error: InteractiveFormError | null
  /** The newest turn (user send or assistant reply in flight). */
  lastTurn: TurnState | null
  /** Whether the last assistant turn was cut short. */
  interrupted: boolean
  /** The last user message when its turn failed, was stopped or cut short (Retry re-sends it); else `null`. */
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
