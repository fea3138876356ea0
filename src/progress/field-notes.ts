/**
 * What the assistant said about each field, derived from the transcript:
 * problems (the field needs the user's attention) and requirements (a hint
 * on the field).
 *
 * The wire gives an `IMPORTANT_TEXT` naming a field for "requirements, format
 * expectations, problems with pre-filled data" alike, so the walk tells them
 * apart by what the transcript shows at that point. It is a **problem** when
 * - the field has a value: the server captured a non-empty one (`TEXT_DATA`),
 *   the user sent one in `currentValues` (an answered prompt, a correction), or
 *   the session was created with one (pre-filled: a `currentValues` of
 *   `session-starting` that no message has sent again since); or
 * - the user's last message tried to answer it: the chunk is in the reply to
 *   the message that followed an input prompt for the field, or it carries
 *   `meaningfulInput` (the server read the user's words for it).
 * Otherwise it is a **requirement**: a rule stated about a field nobody has
 * filled, e.g. with the question that asks for it. An `ERROR` in the reply to
 * the message that followed a prompt is a problem with the prompted field.
 *
 * A problem stays until the server captures a value for the field (`TEXT_DATA`)
 * or, unless `untilConfirmed`, the user sends one; a newer problem replaces it,
 * a requirement does not (stating the rule again does not solve anything). A
 * requirement goes the same ways and is replaced by any newer note.
 *
 * Items are only ever appended and the parts read here (a chunk, a user
 * message's `currentValues`, turn ids) never change once appended, so a
 * tracker walks each item once: O(1) per chunk however long the conversation
 * (until the first non-text chunk, text and user items are walked again on
 * each call — a handful in practice). Only a walk from the start also reads
 * `state.values`, for the pre-filled values. No React here.
 */
import { isKnownChunk } from '../api/wire-types'
import type { TextDataChunk } from '../api/wire-types'
import { getItem } from '../store/reducer'
import type { CapturedValue, SessionState, TranscriptItem } from '../store/session-state'
import { isEmptyValue } from './is-empty-value'

type TextDataValue = TextDataChunk['textDataDetails']['value']

/** What the assistant said about a field (see the module comment for the rule). */
export interface FieldNote {
  /**
   * A problem, so the field needs attention — `important`: an `IMPORTANT_TEXT`
   * about the field's value or the user's try at it; `error`: an `ERROR` in the
   * reply to a prompt's answer. Or `requirement`: an `IMPORTANT_TEXT` stating a
   * rule for a field nobody has filled (a hint, not a problem).
   */
  kind: 'important' | 'error' | 'requirement'
  /** The text to show. */
  message: string
}

/** Whether a note says the field needs attention (`important` or `error`), not just states a requirement. */
export function isProblemNote(note: FieldNote | undefined): note is FieldNote & { kind: 'important' | 'error' } {
  return note !== undefined && note.kind !== 'requirement'
}

/** Notes by field target; fields without a note are absent. */
export type FieldNotes = Readonly<Record<string, FieldNote>>

/** The note about `target`, if any (own keys only: a target may be named "constructor"). */
export function noteOf(notes: FieldNotes, target: string): FieldNote | undefined {
  return Object.hasOwn(notes, target) ? notes[target] : undefined
}

const NO_NOTES: FieldNotes = Object.freeze({})

/** The newest value the server confirmed (a `TEXT_DATA` chunk) per field target. */
export type ConfirmedValues = Readonly<Record<string, CapturedValue>>

const NO_VALUES: ConfirmedValues = Object.freeze({})

/** Options of `createFieldNotesTracker` and `collectFieldNotes`; all optional. */
export interface FieldNotesOptions {
  /**
   * Keep a note (a problem or a requirement) until the server captures a value
   * for the field (`TEXT_DATA`), instead of dropping it as soon as the user
   * sends a value for it in `currentValues`. Default: `false`.
   */
  untilConfirmed?: boolean | undefined
}

/** What a walk has to remember between items. */
interface WalkState {
  notes: FieldNotes
  confirmed: ConfirmedValues
  /** Fields the user has sent a non-empty value for in `currentValues` so far. */
  given: Readonly<Record<string, true>>
  /** Fields the session was created with a value for (read once per walk from the start). */
  prefilled: ReadonlySet<string>
  /** The field whose prompt the user's last message answered, and the turn replying to that message. */
  answered: { target: string; turnId: string } | null
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

/** What `createFieldNotesTracker` returns: incremental notes and confirmed values of one session's transcript. */
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
  let walk: WalkState = emptyWalk(NO_TARGETS)
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
        walk = emptyWalk(prefilledTargets(state))
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

const NO_TARGETS: ReadonlySet<string> = new Set()
const NO_GIVEN: Readonly<Record<string, true>> = Object.freeze({})

function emptyWalk(prefilled: ReadonlySet<string>): WalkState {
  return { notes: NO_NOTES, confirmed: NO_VALUES, given: NO_GIVEN, prefilled, answered: null, prompt: null }
}

/**
 * The fields the session was created with a value for: user-given values in
 * `state.values` that no user message in the transcript carries. (A field
 * that was pre-filled and later sent again reads as sent, not pre-filled.)
 */
function prefilledTargets(state: SessionState): ReadonlySet<string> {
  const candidates = Object.keys(state.values).filter((target) => {
    const stored = state.values[target]
    return stored?.source === 'user' && !isEmptyValue(stored.value)
  })
  if (candidates.length === 0) return NO_TARGETS
  const prefilled = new Set(candidates)
  for (let index = 0; index < state.itemCount && prefilled.size > 0; index++) {
    const item = getItem(state, index)
    if (item?.kind === 'user' && item.currentValues) for (const target of Object.keys(item.currentValues)) prefilled.delete(target)
  }
  return prefilled
}

function applyItem(previous: WalkState, item: TranscriptItem, untilConfirmed: boolean): WalkState {
  if (item.kind === 'user') {
    if (!item.currentValues) return previous
    const targets = Object.keys(item.currentValues)
    let given = previous.given
    // Computed keys define own properties, so a target such as "__proto__" stays a plain key.
    for (const target of targets) if (!isEmptyValue(item.currentValues[target]) && !Object.hasOwn(given, target)) given = { ...given, [target]: true }
    return { ...previous, given, notes: untilConfirmed ? previous.notes : withoutNotes(previous.notes, targets) }
  }
  const walk = followTurns(previous, item.turnId)
  if (item.kind !== 'chunk' || !isKnownChunk(item.chunk)) return walk
  const chunk = item.chunk
  switch (chunk.chunkType) {
    case 'IMPORTANT_TEXT': {
      const details = chunk.importantTextDetails as { fieldTarget?: unknown; text?: unknown } | undefined
      const target = details?.fieldTarget
      if (typeof target !== 'string' || target === '' || typeof details?.text !== 'string') return walk
      const triedToAnswer = (walk.answered?.target === target && walk.answered.turnId === item.turnId) || chunk.meaningfulInput != null
      if (hasValue(walk, target) || triedToAnswer) return { ...walk, notes: { ...walk.notes, [target]: { kind: 'important', message: details.text } } }
      if (isProblemNote(noteOf(walk.notes, target))) return walk
      return { ...walk, notes: { ...walk.notes, [target]: { kind: 'requirement', message: details.text } } }
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
        ...walk,
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

/**
 * Forgets the prompt once a second assistant turn after it shows up. The first
 * one replies to the message that followed the prompt: for that turn the
 * prompt's field counts as just answered, even if the reply asks again.
 */
function followTurns(walk: WalkState, turnId: string): WalkState {
  const prompt = walk.prompt
  if (!prompt || turnId === prompt.turnId || turnId === prompt.replyTurnId) return walk
  if (prompt.replyTurnId === null) return { ...walk, prompt: { ...prompt, replyTurnId: turnId }, answered: { target: prompt.target, turnId } }
  return { ...walk, prompt: null }
}

/** Whether the field has had a value by this point of the walk: captured, sent by the user, or pre-filled. */
function hasValue(walk: WalkState, target: string): boolean {
  const captured = Object.hasOwn(walk.confirmed, target) ? walk.confirmed[target] : undefined
  return (captured !== undefined && !isEmptyValue(captured.value)) || Object.hasOwn(walk.given, target) || walk.prefilled.has(target)
}

function withoutNotes(notes: FieldNotes, targets: readonly string[]): FieldNotes {
  if (!targets.some((target) => Object.hasOwn(notes, target))) return notes
  const next: Record<string, FieldNote> = { ...notes }
  for (const target of targets) delete next[target]
  return next
}
