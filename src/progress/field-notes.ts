/**
 * Which fields need the user's attention, derived from the transcript.
 *
 * A field needs attention when the latest word about it is an
 * `IMPORTANT_TEXT` naming it, or an `ERROR` that answers a prompt for it, and
 * no value for it was captured after that. Items are only ever appended and
 * the parts read here (a chunk, a user message's `currentValues`) never
 * change once appended, so a tracker walks each item once: O(1) per chunk
 * however long the conversation (until the first non-text chunk, text and
 * user items are walked again on each call — a handful in practice). No React here.
 */
import { isKnownChunk } from '../api/wire-types'
import type { TextDataChunk } from '../api/wire-types'
import { getItem } from '../store/reducer'
import type { CapturedValue, SessionState, TranscriptItem } from '../store/session-state'

type TextDataValue = TextDataChunk['textDataDetails']['value']

/** Why a field needs attention. */
export interface FieldNote {
  /** `important`: an `IMPORTANT_TEXT` about the field; `error`: an `ERROR` after a prompt for it. */
  kind: 'important' | 'error'
  /** The text to show. */
  message: string
}

/** Notes by field target; fields without a note are absent. */
export type FieldNotes = Readonly<Record<string, FieldNote>>

const NO_NOTES: FieldNotes = Object.freeze({})

/** The newest value the server confirmed (a `TEXT_DATA` chunk) per field target. */
export type ConfirmedValues = Readonly<Record<string, CapturedValue>>

const NO_VALUES: ConfirmedValues = Object.freeze({})

export interface FieldNotesOptions {
  /**
   * Keep a note until the server captures a value for the field (`TEXT_DATA`),
   * instead of dropping it as soon as the user sends a value for it in
   * `currentValues`. Default: `false`.
   */
  untilConfirmed?: boolean | undefined
}

/** What a walk has to remember between items. */
interface WalkState {
  notes: FieldNotes
  confirmed: ConfirmedValues
  /**
   * The latest input prompt, until the server captures a value for it or a
   * second assistant turn after it begins (an ERROR later than the reply to
   * the prompt's answer is about something else).
   */
  prompt: { target: string; turnId: string; replyTurnId: string | null } | null
}

/** Notes of the whole transcript, in one O(n) walk. Prefer a tracker for repeated reads. */
export function collectFieldNotes(state: SessionState, options: FieldNotesOptions = {}): FieldNotes {
  return createFieldNotesTracker(options).update(state)
}

/** The newest server-confirmed value of each field in the transcript, in one O(n) walk. */
export function collectConfirmedValues(state: SessionState): ConfirmedValues {
  const tracker = createFieldNotesTracker()
  tracker.update(state)
  return tracker.confirmedValues()
}

export interface FieldNotesTracker {
  /**
   * The notes of `state`. Walks only the items appended since the previous
   * call; returns the previous object when nothing changed.
   */
  update(state: SessionState): FieldNotes
  /** The newest `TEXT_DATA` value per field as of the last `update`; keeps its identity until one arrives. */
  confirmedValues(): ConfirmedValues
}

/** Keeps field notes up to date incrementally; one per consumer. */
export function createFieldNotesTracker(options: FieldNotesOptions = {}): FieldNotesTracker {
  const untilConfirmed = options.untilConfirmed === true
  let walk: WalkState = { notes: NO_NOTES, confirmed: NO_VALUES, prompt: null }
  let walked = 0
  let sessionId: string | null = null
  let turnCount = 0
  // The newest chunk item walked: a chunk object keeps its identity for the life of a transcript, so
  // finding another one at its index means the transcript was replaced, even if it has grown past it.
  let anchor: { index: number; chunk: object } | null = null

  return {
    update(state) {
      const currentSessionId = state.session?.id ?? null
      const anchorItem = anchor ? getItem(state, anchor.index) : undefined
      const replaced = anchor !== null && (anchorItem?.kind !== 'chunk' || anchorItem.chunk !== anchor.chunk)
      // A reset or a new session starts a new transcript: start over. Before the first chunk item
      // the walk has learnt nothing (text and user items alone make no note), and with no anchor a
      // missed reset could not be told, so those few items are simply walked again.
      if (anchor === null || replaced || state.itemCount < walked || state.turnCount < turnCount || currentSessionId !== sessionId) {
        walk = { notes: NO_NOTES, confirmed: NO_VALUES, prompt: null }
        walked = 0
        anchor = null
      }
      sessionId = currentSessionId
      turnCount = state.turnCount
      for (; walked < state.itemCount; walked++) {
        const item = getItem(state, walked)
        if (!item) continue
        walk = applyItem(walk, item, untilConfirmed)
        if (item.kind === 'chunk') anchor = { index: walked, chunk: item.chunk }
      }
      return walk.notes
    },
    confirmedValues() {
      return walk.confirmed
    },
  }
}

function applyItem(previous: WalkState, item: TranscriptItem, untilConfirmed: boolean): WalkState {
  if (item.kind === 'user') {
    if (!item.currentValues || untilConfirmed) return previous
    return { ...previous, notes: withoutNotes(previous.notes, Object.keys(item.currentValues)) }
  }
  const walk = followTurns(previous, item.turnId)
  if (item.kind !== 'chunk' || !isKnownChunk(item.chunk)) return walk
  const chunk = item.chunk
  switch (chunk.chunkType) {
    case 'IMPORTANT_TEXT': {
      const details = chunk.importantTextDetails as { fieldTarget?: unknown; text?: unknown } | undefined
      if (typeof details?.fieldTarget !== 'string' || details.fieldTarget === '' || typeof details.text !== 'string') return walk
      return { ...walk, notes: { ...walk.notes, [details.fieldTarget]: { kind: 'important', message: details.text } } }
    }
    case 'ERROR': {
      const details = chunk.errorDetails as { messageText?: unknown } | undefined
      if (walk.prompt === null || typeof details?.messageText !== 'string') return walk
      return { ...walk, notes: { ...walk.notes, [walk.prompt.target]: { kind: 'error', message: details.messageText } } }
    }
    case 'TEXT_DATA': {
      const details = chunk.textDataDetails as { fieldTarget?: unknown; value?: TextDataValue; displayValue?: unknown } | undefined
      const target = details?.fieldTarget
      if (typeof target !== 'string') return walk
      const confirmed: CapturedValue = {
        value: details?.value ?? null,
        source: 'server',
        ...(typeof details?.displayValue === 'string' ? { displayValue: details.displayValue } : {}),
      }
      return {
        notes: withoutNotes(walk.notes, [target]),
        confirmed: { ...walk.confirmed, [target]: confirmed },
        prompt: walk.prompt?.target === target ? null : walk.prompt,
      }
    }
    case 'SINGLE_SELECT_INPUT':
    case 'MULTI_SELECT_INPUT':
    case 'NUMBER_INPUT': {
      const details =
        chunk.chunkType === 'SINGLE_SELECT_INPUT'
          ? chunk.singleSelectInputDetails
          : chunk.chunkType === 'MULTI_SELECT_INPUT'
            ? chunk.multiSelectInputDetails
            : chunk.numberInputDetails
      // A new prompt for a flagged field does not clear its note: the problem stands until a value is captured.
      const target = (details as { fieldTarget?: unknown } | undefined)?.fieldTarget
      return typeof target === 'string' ? { ...walk, prompt: { target, turnId: item.turnId, replyTurnId: null } } : walk
    }
    default:
      return walk
  }
}

/** Forgets the prompt once a second assistant turn after it shows up. */
function followTurns(walk: WalkState, turnId: string): WalkState {
  const prompt = walk.prompt
  if (!prompt || turnId === prompt.turnId || turnId === prompt.replyTurnId) return walk
  if (prompt.replyTurnId === null) return { ...walk, prompt: { ...prompt, replyTurnId: turnId } }
  return { ...walk, prompt: null }
}

function withoutNotes(notes: FieldNotes, targets: readonly string[]): FieldNotes {
  if (!targets.some((target) => Object.hasOwn(notes, target))) return notes
  const next: Record<string, FieldNote> = { ...notes }
  for (const target of targets) delete next[target]
  return next
}
