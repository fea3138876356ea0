import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InteractiveFormError } from '../../src/api/errors'
import type { JsonValue, ResponseChunk } from '../../src/api/wire-types'
import { createInitialState, getItem, reduceSession, selectTranscript } from '../../src/store/reducer'
import type { SessionEvent } from '../../src/store/session-events'
import { BLOCK_SIZE, itemIndexOf } from '../../src/store/session-state'
import type { SessionState } from '../../src/store/session-state'

const runs = process.env.CI ? 10_000 : 1_000

const target = fc.constantFrom('email', 'name', 'guests', 'diet')
const text = fc.string({ maxLength: 12 })
const range = fc.record({ startOffset: fc.nat(20), length: fc.nat(20) })
const options = fc.array(fc.record({ value: text, label: text }), { minLength: 1, maxLength: 3 })

const promptChunk = fc.oneof(
  fc.record({ chunkType: fc.constant('SINGLE_SELECT_INPUT' as const), singleSelectInputDetails: fc.record({ fieldTarget: target, options }) }),
  fc.record({ chunkType: fc.constant('MULTI_SELECT_INPUT' as const), multiSelectInputDetails: fc.record({ fieldTarget: target, options }) }),
  fc.record({ chunkType: fc.constant('NUMBER_INPUT' as const), numberInputDetails: fc.record({ fieldTarget: target }) }),
)

const chunk: fc.Arbitrary<ResponseChunk> = fc
  .tuple(
    fc.oneof(
      fc.record({ chunkType: fc.constant('TEXT' as const), textDetails: fc.record({ text, style: fc.constantFrom('NORMAL' as const, 'BOLD' as const) }) }),
      fc.record({
        chunkType: fc.constant('TEXT_DATA' as const),
        textDataDetails: fc.record({ fieldTarget: target, text, value: fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null)), displayValue: text }),
      }),
      // Three chunk types, so three times the weight of one.
      { weight: 3, arbitrary: promptChunk },
      fc.record({ chunkType: fc.constant('SEPARATOR' as const), separatorDetails: fc.constant({ type: 'PARAGRAPH' as const }) }),
      fc.record({ chunkType: fc.constant('ERROR' as const), errorDetails: fc.record({ messageText: text }) }),
      fc.record({ chunkType: fc.constant('IMPORTANT_TEXT' as const), importantTextDetails: fc.record({ fieldTarget: target, text }) }),
      fc.record({ chunkType: fc.constant('SUBMISSION' as const), submissionDetails: fc.record({ submissionId: fc.uuid() }) }),
      fc.record({ chunkType: fc.constant('DEBUG' as const), debugDetails: fc.record({ data: fc.dictionary(text, text, { maxKeys: 3 }) }) }),
      fc.record({ chunkType: fc.constant('END_OF_RESPONSE' as const), endOfResponseDetails: fc.record({ success: fc.boolean() }) }),
      fc.record({ chunkType: fc.constant('FUTURE_WIDGET'), futureWidgetDetails: fc.anything({ maxDepth: 2, maxKeys: 3 }) }),
    ),
    fc.option(range, { nil: undefined }),
  )
  .map(([c, meaningfulInput]) => (meaningfulInput ? { ...c, meaningfulInput } : c) as ResponseChunk)

const separator: ResponseChunk = { chunkType: 'SEPARATOR', separatorDetails: { type: 'PARAGRAPH' } }
const failed = new InteractiveFormError({ kind: 'network', message: 'offline' })
const turnEnding: fc.Arbitrary<SessionEvent[]> = fc.constantFrom<SessionEvent[]>(
  [{ type: 'chunk', chunk: { chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: true } } }, { type: 'turn-ended' }],
  [{ type: 'chunk', chunk: { chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: false } } }, { type: 'turn-failed', error: failed }],
  [{ type: 'turn-failed', error: failed }],
  [{ type: 'turn-stopped' }],
  [],
)

/**
 * One step of a generated conversation. Answers and retries are resolved
 * against the state they are folded into (`toEvents`), so they can point at
 * the prompt that is actually open or the message that actually failed.
 */
type Step =
  | { kind: 'events'; events: SessionEvent[] }
  /** `answer()`: the label goes out as the message, tied to a prompt item. */
  | { kind: 'answer'; toOpenPrompt: boolean; pick: number; value: JsonValue; label: string }
  /** `retry()`: re-sends a user item. */
  | { kind: 'retry'; ofFailedMessage: boolean; pick: number; text: string }

const events = (...list: SessionEvent[]): Step => ({ kind: 'events', events: list })
/** Mostly `true`: most answers and retries go where the UI would send them, the rest anywhere (stale or bogus indexes). */
const mostly = fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) })
const answerValue: fc.Arbitrary<JsonValue> = fc.oneof(text, fc.integer(), fc.boolean(), fc.array(text, { maxLength: 3 }))

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: chunk.map((c) => events({ type: 'chunk', chunk: c })) },
  { weight: 2, arbitrary: fc.array(chunk, { maxLength: 6 }).map((chunks) => events({ type: 'chunks', chunks })) },
  {
    // A whole reply as the controller delivers it: chunks (one event each or batched per read), often ending on a prompt, then how the turn ended.
    weight: 4,
    arbitrary: fc
      .tuple(fc.array(chunk, { maxLength: 4 }), fc.option(promptChunk, { nil: undefined }), fc.boolean(), turnEnding)
      .map(([chunks, prompt, batched, ending]) => {
        const reply = prompt ? [...chunks, prompt] : chunks
        return events(...(batched ? [{ type: 'chunks' as const, chunks: reply }] : reply.map((c) => ({ type: 'chunk' as const, chunk: c }))), ...ending)
      }),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ type: fc.constant('user-message' as const), text, currentValues: fc.dictionary(target, fc.oneof(text, fc.integer())) })
      .map((message) => events(message)),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('answer' as const), toOpenPrompt: mostly, pick: fc.nat(), value: answerValue, label: text }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('retry' as const), ofFailedMessage: mostly, pick: fc.nat(), text }) },
  { weight: 1, arbitrary: fc.constant(events({ type: 'turn-ended' })) },
  { weight: 1, arbitrary: fc.constant(events({ type: 'turn-stopped' })) },
  { weight: 1, arbitrary: fc.constant(events({ type: 'turn-failed', error: failed })) },
  { weight: 1, arbitrary: text.map((draft) => events({ type: 'draft-changed', draft })) },
  { weight: 1, arbitrary: fc.constant(events({ type: 'session-starting', formId: 'form-1' })) },
  { weight: 1, arbitrary: fc.constant(events({ type: 'reset' })) },
  {
    // A long reply in one read: cheap to generate, and it seals transcript blocks, so later answers and ranges reach sealed items.
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: BLOCK_SIZE }).map((count) => events({ type: 'chunks', chunks: Array.from({ length: count }, () => separator) })),
  },
)
/**
 * At least a few steps, since an answer or a retry needs a reply before it;
 * fast-check's default size keeps runs near 6–16 steps (20 events or so), and
 * about a third of the runs answer an open prompt.
 */
const conversation = fc.array(step, { minLength: 6, maxLength: 80 })

/** The events a step stands for in `state`, built as `SessionController` builds them. */
function toEvents(step: Step, state: SessionState): SessionEvent[] {
  // Past the end now and then on purpose: the reducer must shrug off an index with no item.
  const anyIndex = (pick: number) => pick % (state.itemCount + 1)
  switch (step.kind) {
    case 'events':
      return step.events
    case 'answer': {
      const open = state.openPrompt
      const itemIndex = step.toOpenPrompt && open ? (itemIndexOf(open.itemId) as number) : anyIndex(step.pick)
      const answer = { itemIndex, value: step.value, label: step.label }
      return [{ type: 'user-message', text: step.label, currentValues: { [open?.fieldTarget ?? 'email']: step.value }, answer }]
    }
    case 'retry': {
      const message = state.failedMessage
      if (step.ofFailedMessage && message) {
        return [{ type: 'user-message', text: message.text, currentValues: message.currentValues, retryOf: message.itemIndex }]
      }
      return [{ type: 'user-message', text: step.text, retryOf: anyIndex(step.pick) }]
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

/** Folds the steps from a fresh state, freezing every state so that mutating an input throws. */
function fold(steps: readonly Step[], check?: (before: SessionState, event: SessionEvent, after: SessionState) => void): SessionState {
  let state = deepFreeze(createInitialState({ formId: 'form-1' }))
  for (const next of steps) {
    for (const event of toEvents(next, state)) {
      const after = deepFreeze(reduceSession(state, event))
      check?.(state, event, after)
      state = after
    }
  }
  return state
}

/**
 * `expect(actual).toEqual(expected)`, run only when a plain deep comparison
 * fails: `expect` costs tens of µs a call, and the properties check hundreds
 * of thousands of steps.
 */
function expectEqual(actual: unknown, expected: unknown) {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected)
}

/** The structure the UI relies on, as one actual-versus-expected table (one comparison per state). */
function checkInvariants(state: SessionState) {
  const items = selectTranscript(state)
  const prompt = state.openPrompt ? items.find((item) => item.id === state.openPrompt?.itemId) : undefined
  expectEqual(
    {
      itemCount: state.itemCount,
      blockSizes: state.blocks.map((block) => block.items.length),
      tailHoldsTheNewestItem: state.tail.length <= BLOCK_SIZE && (state.itemCount === 0 || state.tail.length > 0),
      positions: items.map((item) => `${item.index}:${item.id}`),
      // Consecutive TEXT chunks of one turn are always one message.
      textSplitWithinATurn: items.filter((item, index) => item.kind === 'text' && items[index - 1]?.kind === 'text' && items[index - 1]?.turnId === item.turnId),
      openPrompt: state.openPrompt && { kind: prompt?.kind, answered: Boolean(prompt?.kind === 'chunk' && prompt.answer) },
      startingWithASubmission: state.submission !== null && state.status === 'starting',
      failedMessageKind: state.failedMessage && items[state.failedMessage.itemIndex]?.kind,
    },
    {
      itemCount: state.blocks.length * BLOCK_SIZE + state.tail.length,
      blockSizes: state.blocks.map(() => BLOCK_SIZE),
      tailHoldsTheNewestItem: true,
      positions: items.map((_, index) => `${index}:i${index}`),
      textSplitWithinATurn: [],
      openPrompt: state.openPrompt && { kind: 'chunk', answered: false },
      startingWithASubmission: false,
      failedMessageKind: state.failedMessage && 'user',
    },
  )
}

/** What the user sees change with one message, answer, retry or reset. */
function checkStep(before: SessionState, event: SessionEvent, after: SessionState) {
  if (event.type === 'user-message') {
    const retried = event.retryOf !== undefined ? getItem(before, event.retryOf) : undefined
    // A retry re-sends in the same bubble, so the message is not shown twice; anything else adds it at the end.
    const index = retried?.kind === 'user' ? retried.index : before.itemCount
    const message = getItem(after, index)
    const shown = message?.kind === 'user' ? { kind: message.kind, text: message.text, delivery: message.delivery } : message
    expectEqual(
      { itemCount: after.itemCount, message: shown },
      {
        itemCount: retried?.kind === 'user' ? before.itemCount : before.itemCount + 1,
        message: { kind: 'user', text: retried?.kind === 'user' ? retried.text : event.text, delivery: 'sending' },
      },
    )
    const answer = event.answer
    if (answer && before.openPrompt?.itemId === `i${answer.itemIndex}`) {
      // The answered prompt closes and shows the choice.
      const prompt = getItem(after, answer.itemIndex)
      expectEqual(
        { stillOpen: after.openPrompt?.itemId === before.openPrompt.itemId, answer: prompt?.kind === 'chunk' ? prompt.answer : undefined },
        { stillOpen: false, answer: { value: answer.value, label: answer.label } },
      )
    }
  }
  if (event.type === 'reset') {
    // An empty chat, with what the user was typing still in the composer.
    expectEqual(
      { itemCount: after.itemCount, transcript: selectTranscript(after), openPrompt: after.openPrompt, failedMessage: after.failedMessage, draft: after.draft },
      { itemCount: 0, transcript: [], openPrompt: null, failedMessage: null, draft: before.draft },
    )
  }
}

// 10,000 runs (CI) take a few seconds each; on a busy machine, more than the default 5 s.
describe('reducer properties', { timeout: 60_000 }, () => {
  it('keeps its invariants and never mutates its input for any event sequence', () => {
    fc.assert(
      fc.property(conversation, (steps) => {
        checkInvariants(fold(steps, checkStep))
      }),
      { numRuns: runs },
    )
  })

  it('folds a chunks event into exactly the state of one chunk event per chunk, from any prior state', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.array(chunk, { maxLength: 8 }), (prefix, chunks) => {
        const prior = fold(prefix)
        const batched = reduceSession(prior, { type: 'chunks', chunks })
        const oneByOne = chunks.reduce((state, next) => reduceSession(state, { type: 'chunk', chunk: next }), prior)
        // Deep and strict (undefined properties, prototypes): `isDeepStrictEqual` first, for speed; `toStrictEqual` for the report.
        if (!isDeepStrictEqual(batched, oneByOne)) expect(batched).toStrictEqual(oneByOne)
      }),
      { numRuns: runs },
    )
  })

  it('ends with the last TEXT_DATA value for every target when no values are sent after it', () => {
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 60 }), (chunks) => {
        let state = createInitialState({ formId: 'form-1' })
        state = reduceSession(state, { type: 'session-starting', formId: 'form-1' })
        const expected: Record<string, unknown> = {}
        for (const next of chunks) {
          state = reduceSession(state, { type: 'chunk', chunk: next })
          if (next.chunkType === 'TEXT_DATA' && 'textDataDetails' in next) {
            const details = next.textDataDetails as { fieldTarget: string; value: unknown }
            expected[details.fieldTarget] = details.value
          }
        }
        const actual = Object.fromEntries(Object.entries(state.values).map(([key, captured]) => [key, captured.value]))
        expect(actual).toEqual(expected)
      }),
      { numRuns: runs },
    )
  })
})
