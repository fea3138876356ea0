import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ResponseChunk } from '../../src/api/wire-types'
import { collectFieldNotes, createFieldNotesTracker } from '../../src/progress'
import { createSessionStore } from '../../src/store'
import type { SessionEvent } from '../../src/store'
import { endOfResponse, errorChunk, importantText, numberInput, singleSelect, text, textData } from '../store/chunk-builders'

const targets = ['email', 'meal', 'age']

const chunkArbitrary: fc.Arbitrary<ResponseChunk> = fc.oneof(
  fc.constantFrom(...targets).map((target) => importantText(target, `check ${target}`)),
  fc.constantFrom(...targets).map((target): ResponseChunk => ({ ...importantText(target, `not ${target}`), meaningfulInput: { startOffset: 0, length: 2 } })),
  fc.constantFrom(...targets).map((target) => textData(target, `${target}-value`)),
  fc.constantFrom(...targets).map((target) => singleSelect(target, [['a', 'A']])),
  fc.constant(numberInput('age', 0, 120)),
  fc.string().map((message) => errorChunk(message || 'error')),
  fc.constant(text('words')),
  fc.constant(endOfResponse()),
)

/** `prefill`: sessions may start with values (`currentValues` on create). */
const eventArbitrary = (prefill: boolean): fc.Arbitrary<SessionEvent> => fc.oneof(
  { weight: 6, arbitrary: chunkArbitrary.map((chunk): SessionEvent => ({ type: 'chunk', chunk })) },
  {
    weight: 2,
    arbitrary: fc
      .option(fc.constantFrom(...targets), { nil: undefined })
      .map((target): SessionEvent => ({ type: 'user-message', text: 'hi', ...(target ? { currentValues: { [target]: 'typed' } } : {}) })),
  },
  { weight: 1, arbitrary: fc.constant<SessionEvent>({ type: 'turn-ended' }) },
  { weight: 1, arbitrary: fc.constant<SessionEvent>({ type: 'turn-stopped' }) },
  { weight: 1, arbitrary: fc.constant<SessionEvent>({ type: 'reset' }) },
  {
    weight: 1,
    arbitrary: fc
      .subarray(prefill ? targets : [])
      .map((given): SessionEvent => ({ type: 'session-starting', formId: 'f', ...(given.length > 0 ? { currentValues: Object.fromEntries(given.map((target) => [target, 'earlier'])) } : {}) })),
  },
  { weight: 1, arbitrary: fc.constant<SessionEvent>({ type: 'session-created', session: { id: 'numbered-when-dispatched', formId: 'f' } }) },
)

describe('createFieldNotesTracker', () => {
  // With untilConfirmed, a pre-filled field the user sent again before the server confirmed it cannot be told from one
  // only ever sent (the store keeps no separate pre-fill), so a walk from the start may read an older note differently.
  it.each([
    { untilConfirmed: false, prefill: true },
    { untilConfirmed: true, prefill: false },
  ])('agrees with a full walk of the transcript, also when it skips states (resets and new sessions included): %o', ({ untilConfirmed, prefill }) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(eventArbitrary(prefill), fc.boolean()), { maxLength: 120 }), (steps) => {
        const store = createSessionStore({ formId: 'f' })
        const tracker = createFieldNotesTracker({ untilConfirmed })
        let sessions = 0
        for (const [event, observe] of steps) {
          // As from the network: every chunk a fresh object, every new session a fresh id.
          const fresh = structuredClone(event)
          if (fresh.type === 'session-created') fresh.session.id = `s${++sessions}`
          store.dispatch(fresh)
          if (observe) expect(tracker.update(store.getState())).toEqual(collectFieldNotes(store.getState(), { untilConfirmed }))
        }
        expect(tracker.update(store.getState())).toEqual(collectFieldNotes(store.getState(), { untilConfirmed }))
      }),
      { numRuns: 500 },
    )
  })

  it('starts over after a reset it did not see, even once the new transcript is longer than the old', () => {
    for (const before of [[text('Hello')], [importantText('email', 'Bounced'), text('Hello')]]) {
      const store = createSessionStore({ formId: 'f' })
      const tracker = createFieldNotesTracker()
      for (const chunk of before) store.dispatch({ type: 'chunk', chunk })
      tracker.update(store.getState())
      store.dispatch({ type: 'session-starting', formId: 'f', currentValues: { age: 12 } })
      for (const chunk of [importantText('age', 'Too young'), importantText('meal', 'Pick one of today’s meals'), text('Hi')]) store.dispatch({ type: 'chunk', chunk })
      expect(tracker.update(store.getState())).toEqual({
        age: { kind: 'important', message: 'Too young' },
        meal: { kind: 'requirement', message: 'Pick one of today’s meals' },
      })
    }
  })

  it('returns the same notes object while no note changes', () => {
    const store = createSessionStore({ formId: 'f' })
    const tracker = createFieldNotesTracker()
    store.dispatch({ type: 'chunk', chunk: importantText('email', 'Bounced') })
    const notes = tracker.update(store.getState())
    expect(notes).toEqual({ email: { kind: 'requirement', message: 'Bounced' } })
    store.dispatch({ type: 'chunk', chunk: text('More words') })
    store.dispatch({ type: 'chunk', chunk: textData('meal', 'veg') })
    store.dispatch({ type: 'user-message', text: '42', currentValues: { age: 42 } })
    expect(tracker.update(store.getState())).toBe(notes)
  })

  it('ignores chunk types it does not know', () => {
    const store = createSessionStore({ formId: 'f' })
    store.dispatch({ type: 'chunk', chunk: { chunkType: 'HOLOGRAM', fieldTarget: 'email' } })
    expect(collectFieldNotes(store.getState())).toEqual({})
  })
})
