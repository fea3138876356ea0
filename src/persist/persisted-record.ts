/**
 * What `persist` writes: a versioned JSON record of plain data. Only the
 * conversation (session id, transcript, values, open prompt, draft) or, once
 * submitted, the submission ids. Never the error object, the form schema,
 * request headers or tokens (the store holds none of those). No React.
 */
import type { RestoredSession } from '../store/session-events'
import { reduceSession } from '../store/reducer'
import { BLOCK_SIZE } from '../store/session-state'
import type { SessionState, TranscriptBlock, TranscriptItem } from '../store/session-state'
import { isRecord } from '../api/is-record'

/** Bumped whenever the record's shape changes; a record of another version is discarded. */
export const PERSIST_FORMAT_VERSION = 1

/** The conversation, saved between turns. */
export interface PersistedConversation {
  version: typeof PERSIST_FORMAT_VERSION
  formId: string
  /** Milliseconds since the epoch. */
  savedAt: number
  conversation: RestoredSession
}

/** A submitted session leaves only this: enough for "order completed", nothing to resume. */
export interface PersistedSubmission {
  version: typeof PERSIST_FORMAT_VERSION
  formId: string
  savedAt: number
  submission: { submissionId: string; checkoutId?: string }
}

export type PersistedRecord = PersistedConversation | PersistedSubmission

/**
 * The conversation of a state, as plain data. A state saved while a reply
 * streams is saved as if stopped there: after a reload nothing streams into
 * the page, and the user's message must come back with Retry, not a spinner.
 */
export function conversationOf(state: SessionState): RestoredSession | null {
  const settled = state.lastTurn?.status === 'streaming' ? reduceSession(state, { type: 'turn-stopped' }) : state
  const session = settled.session
  if (!session) return null
  return {
    session: { id: session.id, formId: session.formId },
    blocks: settled.blocks,
    tail: settled.tail,
    itemCount: settled.itemCount,
    values: settled.values,
    openPrompt: settled.openPrompt,
    submission: settled.submission,
    lastTurn: settled.lastTurn,
    interrupted: settled.interrupted,
    failedMessage: settled.failedMessage,
    draft: settled.draft,
    turnCount: settled.turnCount,
    lastUserItemIndex: settled.lastUserItemIndex,
  }
}

/** Why a stored value could not be used. */
export class CorruptRecordError extends Error {
  override readonly name = 'CorruptRecordError'
}

/** Parses and checks a stored value; throws `CorruptRecordError` for anything this version did not write. */
export function parsePersistedRecord(text: string, formId: string): PersistedRecord {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new CorruptRecordError('the stored conversation is not JSON')
  }
  if (!isRecord(value)) throw new CorruptRecordError('the stored conversation is not an object')
  if (value.version !== PERSIST_FORMAT_VERSION) throw new CorruptRecordError(`the stored conversation has format version ${String(value.version)}, not ${PERSIST_FORMAT_VERSION}`)
  if (value.formId !== formId) throw new CorruptRecordError('the stored conversation belongs to another form')
  if (typeof value.savedAt !== 'number' || !Number.isFinite(value.savedAt)) throw new CorruptRecordError('the stored conversation has no save time')
  if (isRecord(value.submission) && value.conversation === undefined) {
    const { submissionId, checkoutId } = value.submission
    if (typeof submissionId !== 'string' || (checkoutId !== undefined && typeof checkoutId !== 'string')) throw new CorruptRecordError('the stored submission is malformed')
    return { version: PERSIST_FORMAT_VERSION, formId, savedAt: value.savedAt, submission: { submissionId, ...(checkoutId !== undefined ? { checkoutId } : {}) } }
  }
  return { version: PERSIST_FORMAT_VERSION, formId, savedAt: value.savedAt, conversation: checkConversation(value.conversation, formId) }
}

/**
 * Checks the shape the widget relies on (positions, kinds, the fields each
 * kind renders), so a hand-edited or truncated record falls back to a fresh
 * session instead of breaking a render.
 */
function checkConversation(value: unknown, formId: string): RestoredSession {
  const fail = (what: string): never => {
    throw new CorruptRecordError(`the stored conversation is malformed: ${what}`)
  }
  if (!isRecord(value)) return fail('no conversation')
  const { session, blocks, tail, itemCount, values, openPrompt, submission, lastTurn, interrupted, failedMessage, draft, turnCount, lastUserItemIndex } = value
  if (!isRecord(session) || typeof session.id !== 'string' || session.id === '' || session.formId !== formId) fail('session')
  if (!Array.isArray(blocks) || !Array.isArray(tail) || tail.length > BLOCK_SIZE) fail('transcript')
  if (typeof itemCount !== 'number' || itemCount !== (blocks as unknown[]).length * BLOCK_SIZE + (tail as unknown[]).length) fail('item count')
  let index = 0
  for (const block of blocks as unknown[]) {
    if (!isRecord(block) || typeof block.id !== 'string' || !Array.isArray(block.items) || block.items.length !== BLOCK_SIZE) fail('block')
    for (const item of (block as unknown as TranscriptBlock).items) if (!isItem(item, index++)) fail(`item ${index - 1}`)
  }
  for (const item of tail as unknown[]) if (!isItem(item, index++)) fail(`item ${index - 1}`)
  if (!isRecord(values) || !Object.values(values).every((captured) => isRecord(captured) && 'value' in captured && (captured.source === 'user' || captured.source === 'server'))) fail('values')
  if (openPrompt !== null && !(isRecord(openPrompt) && typeof openPrompt.itemId === 'string' && typeof openPrompt.fieldTarget === 'string' && isRecord(openPrompt.chunk))) fail('open prompt')
  if (submission !== null && !(isRecord(submission) && typeof submission.submissionId === 'string')) fail('submission')
  if (lastTurn !== null && !(isRecord(lastTurn) && typeof lastTurn.id === 'string' && typeof lastTurn.status === 'string')) fail('last turn')
  if (typeof interrupted !== 'boolean') fail('interrupted')
  if (failedMessage !== null && !(isRecord(failedMessage) && typeof failedMessage.text === 'string' && typeof failedMessage.itemIndex === 'number')) fail('failed message')
  if (typeof draft !== 'string') fail('draft')
  if (typeof turnCount !== 'number') fail('turn count')
  if (lastUserItemIndex !== null && typeof lastUserItemIndex !== 'number') fail('last user item')
  // Rebuilt from the checked fields: the reducer spreads the snapshot into the state, so nothing else may ride along.
  return {
    session: { id: (session as { id: string }).id, formId },
    blocks,
    tail,
    itemCount,
    values,
    openPrompt,
    submission,
    lastTurn,
    interrupted,
    failedMessage,
    draft,
    turnCount,
    lastUserItemIndex,
  } as RestoredSession
}

function isItem(value: unknown, index: number): value is TranscriptItem {
  if (!isRecord(value) || value.index !== index || typeof value.id !== 'string' || typeof value.turnId !== 'string') return false
  switch (value.kind) {
    case 'user':
      return typeof value.text === 'string' && Array.isArray(value.meaningfulInput) && typeof value.delivery === 'string'
    case 'text':
      return Array.isArray(value.segments) && value.segments.every((segment) => isRecord(segment) && typeof segment.text === 'string')
    case 'chunk':
      return isRecord(value.chunk) && typeof value.chunk.chunkType === 'string'
    default:
      return false
  }
}

