import { isKnownChunk } from '../api/wire-types'
import type { CurrentValues, KnownChunk, ResponseChunk, TextChunk, WixForm } from '../api/wire-types'
import type { RestoredSession, SessionEvent } from './session-events'
import { BLOCK_SIZE, itemIdAt } from './session-state'
import type {
  AssistantChunkItem,
  BubbleChunk,
  CapturedValue,
  SessionState,
  SessionStatus,
  TextSegment,
  TranscriptBlock,
  TranscriptItem,
  TurnState,
  UserMessageItem,
} from './session-state'

/** What a new session state starts from (`createSessionStore`, `createInitialState`); all optional. */
export interface SessionInit {
  /** The form this session fills. Default: none (`null`). */
  formId?: string | null | undefined
  /** The form schema, when the caller has it. Default: none (`null`). */
  form?: WixForm | null | undefined
}

/** An empty, `idle` session state for `init`'s form. */
export function createInitialState(init: SessionInit = {}): SessionState {
  return {
    formId: init.formId ?? null,
    session: null,
    form: init.form ?? null,
    status: 'idle',
    blocks: [],
    tail: [],
    itemCount: 0,
    values: {},
    openPrompt: null,
    submission: null,
    error: null,
    lastTurn: null,
    interrupted: false,
    failedMessage: null,
    draft: '',
    turnCount: 0,
    lastUserItemIndex: null,
    turnHasChunks: false,
  }
}

/**
 * Folds one event into the session. Pure: returns a new state (or the same
 * one when nothing changed). A chunk costs O(1) beyond the tail block copy.
 */
export function reduceSession(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'session-starting':
      return {
        ...createInitialState({ formId: event.formId, form: state.formId === event.formId ? state.form : null }),
        draft: state.draft,
        status: 'starting',
        values: event.currentValues ? mergeUserValues({}, event.currentValues) : {},
        lastTurn: { id: 't0', status: 'streaming' },
        turnCount: 1,
      }
    case 'session-created':
      return {
        ...state,
        session: { id: event.session.id, formId: event.session.formId },
        formId: event.session.formId,
        form: event.session.form ?? state.form,
      }
    case 'form-loaded':
      return { ...state, form: event.form }
    case 'user-message':
      return userMessage(state, event)
    case 'chunk':
      return receiveChunk(state, event.chunk)
    case 'chunks':
      return event.chunks.reduce(receiveChunk, state)
    case 'turn-ended':
    case 'turn-failed':
    case 'turn-stopped':
      // Only a turn in flight ends: a failure after END_OF_RESPONSE (a bad frame after it) must not undo it.
      if (state.lastTurn?.status !== 'streaming') return state
      if (event.type === 'turn-ended') return { ...state, lastTurn: { ...state.lastTurn, status: 'complete' }, status: settledStatus(state) }
      return endTurnEarly(state, event.type === 'turn-failed' ? event.error : null)
    case 'draft-changed':
      return state.draft === event.draft ? state : { ...state, draft: event.draft }
    case 'reset':
      return { ...createInitialState(), formId: state.formId, form: state.form, draft: state.draft }
    case 'restored':
      return restoreSession(state, event.snapshot)
    default:
      return event satisfies never
  }
}

/** `snapshot` holds exactly the `RestoredSession` fields (`parsePersistedRecord` drops any others). */
function restoreSession(state: SessionState, snapshot: RestoredSession): SessionState {
  const formId = snapshot.session.formId
  const restored: SessionState = {
    ...createInitialState({ formId, form: state.formId === formId ? state.form : null }),
    ...snapshot,
    status: settledStatus(snapshot),
  }
  // Saved mid-reply: nothing is streaming into this page, so the turn reads as stopped (Retry re-sends it).
  return snapshot.lastTurn?.status === 'streaming' ? endTurnEarly({ ...restored, status: 'streaming' }, null) : restored
}

function userMessage(state: SessionState, event: Extract<SessionEvent, { type: 'user-message' }>): SessionState {
  const userTurnId = `t${state.turnCount}`
  const replyTurn: TurnState = { id: `t${state.turnCount + 1}`, status: 'streaming' }
  let next: SessionState = {
    ...state,
    status: 'streaming',
    error: null,
    interrupted: false,
    failedMessage: null,
    lastTurn: replyTurn,
    turnCount: state.turnCount + 2,
    turnHasChunks: false,
    values: event.currentValues ? mergeUserValues(state.values, event.currentValues) : state.values,
  }
  if (event.retryOf !== undefined && getItem(state, event.retryOf)?.kind === 'user') {
    next = updateItem(next, event.retryOf, (item) => ({ ...(item as UserMessageItem), delivery: 'sending' }))
    next.lastUserItemIndex = event.retryOf
  } else {
    const item: UserMessageItem = {
      kind: 'user',
      id: itemIdAt(state.itemCount),
      index: state.itemCount,
      turnId: userTurnId,
      text: event.text,
      ...(event.currentValues ? { currentValues: event.currentValues } : {}),
      meaningfulInput: [],
      delivery: 'sending',
    }
    next = appendItem(next, item)
    next.lastUserItemIndex = item.index
  }
  const answer = event.answer
  if (answer) {
    next = updateItem(next, answer.itemIndex, (item) =>
      item.kind === 'chunk' ? { ...item, answer: { value: answer.value, label: answer.label } } : item,
    )
    if (next.openPrompt && next.openPrompt.itemId === itemIdAt(answer.itemIndex)) next.openPrompt = null
  }
  return next
}

function receiveChunk(state: SessionState, chunk: ResponseChunk): SessionState {
  let next: SessionState = { ...state, turnHasChunks: true }
  if (state.status === 'starting') next.status = 'streaming'
  if (state.lastUserItemIndex !== null) {
    const userIndex = state.lastUserItemIndex
    const range = chunk.meaningfulInput
    const user = getItem(state, userIndex)
    if (user?.kind === 'user' && (user.delivery !== 'sent' || range)) {
      next = updateItem(next, userIndex, (item) => {
        const message = item as UserMessageItem
        return {
          ...message,
          delivery: 'sent',
          meaningfulInput: range ? [...message.meaningfulInput, { startOffset: range.startOffset, length: range.length }] : message.meaningfulInput,
        }
      })
    }
  }
  if (!isKnownChunk(chunk)) return appendChunkItem(next, chunk)
  return receiveKnownChunk(next, chunk)
}

function receiveKnownChunk(state: SessionState, chunk: KnownChunk): SessionState {
  switch (chunk.chunkType) {
    case 'TEXT':
      return appendText(state, chunk)
    case 'TEXT_DATA': {
      const { fieldTarget, value, displayValue } = chunk.textDataDetails
      const captured: CapturedValue = { value, source: 'server', ...(displayValue !== undefined ? { displayValue } : {}) }
      return appendChunkItem({ ...state, values: { ...state.values, [fieldTarget]: captured } }, chunk)
    }
    case 'SINGLE_SELECT_INPUT':
    case 'MULTI_SELECT_INPUT':
    case 'NUMBER_INPUT': {
      const { fieldTarget } =
        chunk.chunkType === 'SINGLE_SELECT_INPUT'
          ? chunk.singleSelectInputDetails
          : chunk.chunkType === 'MULTI_SELECT_INPUT'
            ? chunk.multiSelectInputDetails
            : chunk.numberInputDetails
      return { ...appendChunkItem(state, chunk), openPrompt: { itemId: itemIdAt(state.itemCount), fieldTarget, chunk } }
    }
    case 'SUBMISSION': {
      const { submissionId, checkoutId } = chunk.submissionDetails
      const next = appendChunkItem(state, chunk)
      return { ...next, status: 'submitted', openPrompt: null, submission: { submissionId, ...(checkoutId ? { checkoutId } : {}) } }
    }
    case 'END_OF_RESPONSE': {
      const success = chunk.endOfResponseDetails.success
      const lastTurn: TurnState | null = state.lastTurn ? { ...state.lastTurn, status: success ? 'complete' : 'interrupted' } : null
      return {
        ...state,
        lastTurn,
        interrupted: !success,
        status: settledStatus(state),
        failedMessage: success ? null : failedMessageOf(state),
      }
    }
    case 'SEPARATOR':
    case 'ERROR':
    case 'IMPORTANT_TEXT':
    case 'DEBUG':
    case 'FILE_UPLOAD':
    case 'SIGNATURE':
      return appendChunkItem(state, chunk)
    default:
      return chunk satisfies never
  }
}

/** A failed turn (`error`) or a stopped one (`null`). */
function endTurnEarly(state: SessionState, error: SessionState['error']): SessionState {
  let next: SessionState = { ...state, error }
  // A reply that delivered some chunks was cut short; one that delivered none failed (or was stopped) outright.
  const turnStatus: TurnState['status'] = !error ? 'stopped' : state.turnHasChunks ? 'interrupted' : 'failed'
  next.lastTurn = state.lastTurn ? { ...state.lastTurn, status: turnStatus } : null
  next.interrupted = state.turnHasChunks
  if (!state.turnHasChunks && state.lastUserItemIndex !== null) {
    next = updateItem(next, state.lastUserItemIndex, (item) => (item.kind === 'user' ? { ...item, delivery: 'failed' } : item))
  }
  next.failedMessage = failedMessageOf(next)
  next.status = error ? 'error' : state.session ? settledStatus(state) : 'idle'
  return next
}

/** The status between turns. */
function settledStatus(state: Pick<SessionState, 'submission'>): SessionStatus {
  return state.submission ? 'submitted' : 'ready'
}

function failedMessageOf(state: SessionState): SessionState['failedMessage'] {
  if (state.lastUserItemIndex === null) return null
  const item = getItem(state, state.lastUserItemIndex)
  if (item?.kind !== 'user') return null
  return { text: item.text, itemIndex: item.index, ...(item.currentValues ? { currentValues: item.currentValues } : {}) }
}

function mergeUserValues(values: SessionState['values'], currentValues: CurrentValues): SessionState['values'] {
  const merged: Record<string, CapturedValue> = { ...values }
  for (const [target, value] of Object.entries(currentValues)) merged[target] = { value, source: 'user' }
  return merged
}

function appendText(state: SessionState, chunk: TextChunk): SessionState {
  const { text } = chunk.textDetails
  const style = chunk.textDetails.style ?? 'NORMAL'
  const last = state.tail[state.tail.length - 1]
  const turnId = state.lastTurn?.id ?? 't0'
  if (last?.kind === 'text' && last.turnId === turnId) {
    const segments = last.segments
    const lastSegment = segments[segments.length - 1]
    const nextSegments: TextSegment[] =
      lastSegment && lastSegment.style === style
        ? [...segments.slice(0, -1), { text: lastSegment.text + text, style }]
        : [...segments, { text, style }]
    return updateItem(state, state.itemCount - 1, () => ({ ...last, segments: nextSegments }))
  }
  return appendItem(state, {
    kind: 'text',
    chunkType: 'TEXT',
    id: itemIdAt(state.itemCount),
    index: state.itemCount,
    turnId,
    segments: [{ text, style }],
  })
}

function appendChunkItem(state: SessionState, chunk: BubbleChunk): SessionState {
  const item: AssistantChunkItem = {
    kind: 'chunk',
    id: itemIdAt(state.itemCount),
    index: state.itemCount,
    turnId: state.lastTurn?.id ?? 't0',
    chunk,
  }
  return appendItem(state, item)
}

// --- transcript blocks -------------------------------------------------------

/** Appends an item; a full tail is sealed first, so the newest item always sits in the tail. */
function appendItem(state: SessionState, item: TranscriptItem): SessionState {
  if (state.tail.length >= BLOCK_SIZE) {
    const sealed = { id: `b${state.blocks.length}`, items: state.tail }
    return { ...state, blocks: [...state.blocks, sealed], tail: [item], itemCount: state.itemCount + 1 }
  }
  return { ...state, tail: [...state.tail, item], itemCount: state.itemCount + 1 }
}

/** The item at a transcript position, wherever it sits. */
export function getItem(state: SessionState, index: number): TranscriptItem | undefined {
  const sealedCount = state.blocks.length * BLOCK_SIZE
  if (index >= sealedCount) return state.tail[index - sealedCount]
  return state.blocks[Math.floor(index / BLOCK_SIZE)]?.items[index % BLOCK_SIZE]
}

/** Replaces one item; touching a sealed block copies that block and the block list (rare: answers, ranges). */
function updateItem(state: SessionState, index: number, update: (item: TranscriptItem) => TranscriptItem): SessionState {
  const current = getItem(state, index)
  const replacement = current && update(current)
  if (!replacement || replacement === current) return state
  const sealedCount = state.blocks.length * BLOCK_SIZE
  if (index >= sealedCount) {
    const tail = state.tail.slice()
    tail[index - sealedCount] = replacement
    return { ...state, tail }
  }
  // `getItem` found the item, so its block exists.
  const blockIndex = Math.floor(index / BLOCK_SIZE)
  const blocks = state.blocks.slice()
  const { id, items } = blocks[blockIndex] as TranscriptBlock
  const copy = items.slice()
  copy[index % BLOCK_SIZE] = replacement
  blocks[blockIndex] = { id, items: copy }
  return { ...state, blocks }
}

/** Every item in order. O(n): for headless consumers and tests, not for per-chunk rendering. */
export function selectTranscript(state: Pick<SessionState, 'blocks' | 'tail'>): TranscriptItem[] {
  const items: TranscriptItem[] = []
  for (const block of state.blocks) items.push(...block.items)
  items.push(...state.tail)
  return items
}
