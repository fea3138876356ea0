import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InteractiveFormError } from '../../src/api/errors'
import type { ResponseChunk } from '../../src/api/wire-types'
import { createInitialState, reduceSession, selectTranscript } from '../../src/store/reducer'
import type { SessionEvent } from '../../src/store/session-events'
import { BLOCK_SIZE } from '../../src/store/session-state'
import type { SessionState } from '../../src/store/session-state'

const runs = process.env.CI ? 10_000 : 1_000

const target = fc.constantFrom('email', 'name', 'guests', 'diet')
const text = fc.string({ maxLength: 12 })
const range = fc.record({ startOffset: fc.nat(20), length: fc.nat(20) })
const options = fc.array(fc.record({ value: text, label: text }), { minLength: 1, maxLength: 3 })

const chunk: fc.Arbitrary<ResponseChunk> = fc
  .tuple(
    fc.oneof(
      fc.record({ chunkType: fc.constant('TEXT' as const), textDetails: fc.record({ text, style: fc.constantFrom('NORMAL' as const, 'BOLD' as const) }) }),
      fc.record({
        chunkType: fc.constant('TEXT_DATA' as const),
        textDataDetails: fc.record({ fieldTarget: target, text, value: fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null)), displayValue: text }),
      }),
      fc.record({ chunkType: fc.constant('SINGLE_SELECT_INPUT' as const), singleSelectInputDetails: fc.record({ fieldTarget: target, options }) }),
      fc.record({ chunkType: fc.constant('MULTI_SELECT_INPUT' as const), multiSelectInputDetails: fc.record({ fieldTarget: target, options }) }),
      fc.record({ chunkType: fc.constant('NUMBER_INPUT' as const), numberInputDetails: fc.record({ fieldTarget: target }) }),
      fc.record({ chunkType: fc.constant('SEPARATOR' as const), separatorDetails: fc.constant({ type: 'PARAGRAPH' as const }) }),
      fc.record({ chunkType: fc.constant('ERROR' as const), errorDetails: fc.record({ messageText: text }) }),
      fc.record({ chunkType: fc.constant('IMPORTANT_TEXT' as const), importantTextDetails: fc.record({ fieldTarget: target, text }) }),
      fc.record({ chunkType: fc.constant('SUBMISSION' as const), submissionDetails: fc.record({ submissionId: fc.uuid() }) }),
      fc.record({ chunkType: fc.constant('DEBUG' as const), debugDetails: fc.record({ data: fc.dictionary(text, text) }) }),
      fc.record({ chunkType: fc.constant('END_OF_RESPONSE' as const), endOfResponseDetails: fc.record({ success: fc.boolean() }) }),
      fc.record({ chunkType: fc.constant('FUTURE_WIDGET'), futureWidgetDetails: fc.anything() }),
    ),
    fc.option(range, { nil: undefined }),
  )
  .map(([c, meaningfulInput]) => (meaningfulInput ? { ...c, meaningfulInput } : c) as ResponseChunk)

const event: fc.Arbitrary<SessionEvent> = fc.oneof(
  { weight: 10, arbitrary: chunk.map((c) => ({ type: 'chunk' as const, chunk: c })) },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('user-message' as const), text, currentValues: fc.dictionary(target, fc.oneof(text, fc.integer())) }),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'turn-ended' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'turn-stopped' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'turn-failed' as const, error: new InteractiveFormError({ kind: 'network', message: 'offline' }) }) },
  { weight: 1, arbitrary: text.map((draft) => ({ type: 'draft-changed' as const, draft })) },
  { weight: 1, arbitrary: fc.constant({ type: 'session-starting' as const, formId: 'form-1' }) },
)

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

function checkInvariants(state: SessionState) {
  expect(state.itemCount).toBe(state.blocks.length * BLOCK_SIZE + state.tail.length)
  for (const block of state.blocks) expect(block.items).toHaveLength(BLOCK_SIZE)
  expect(state.tail.length).toBeLessThanOrEqual(BLOCK_SIZE)
  if (state.itemCount > 0) expect(state.tail.length).toBeGreaterThan(0)
  const items = selectTranscript(state)
  items.forEach((item, index) => {
    expect(item.index).toBe(index)
    expect(item.id).toBe(`i${index}`)
    const previous = items[index - 1]
    // Consecutive TEXT chunks of one turn are always one message.
    if (item.kind === 'text' && previous?.kind === 'text') expect(previous.turnId).not.toBe(item.turnId)
  })
  if (state.openPrompt) {
    const prompt = items.find((item) => item.id === state.openPrompt?.itemId)
    expect(prompt?.kind).toBe('chunk')
    expect(prompt && 'answer' in prompt && prompt.answer).toBeFalsy()
  }
  if (state.submission) expect(['submitted', 'streaming', 'ready', 'error', 'idle']).toContain(state.status)
  if (state.failedMessage) expect(items[state.failedMessage.itemIndex]?.kind).toBe('user')
}

describe('reducer properties', () => {
  it('keeps its invariants and never mutates its input for any event sequence', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 80 }), (events) => {
        let state = deepFreeze(createInitialState({ formId: 'form-1' }))
        for (const next of events) {
          state = deepFreeze(reduceSession(state, next))
        }
        checkInvariants(state)
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
