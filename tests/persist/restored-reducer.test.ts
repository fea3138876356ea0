/** The `restored` store event and the saved record: what comes back after a reload is what was there, minus what must not be kept. */
import { describe, expect, it } from 'vitest'
import { InteractiveFormError } from '../../src/api/errors'
import { PERSIST_FORMAT_VERSION, conversationOf, parsePersistedRecord } from '../../src/persist/persisted-record'
import { BLOCK_SIZE, createInitialState, reduceSession, selectTranscript } from '../../src/store'
import type { SessionEvent, SessionState } from '../../src/store'
import { endOfResponse, singleSelect, text, textData } from '../store/chunk-builders'
import { FORM_ID, SESSION, fold } from '../store/fold-events'


function conversation(): SessionState {
  return fold([
    { type: 'session-starting', formId: FORM_ID },
    { type: 'session-created', session: SESSION },
    { type: 'chunk', chunk: text('Hi! What is your name?') },
    { type: 'chunk', chunk: endOfResponse() },
    { type: 'turn-ended' },
    { type: 'user-message', text: 'Ada' },
    { type: 'chunk', chunk: textData('name', 'Ada') },
    { type: 'chunk', chunk: singleSelect('plan', [['basic', 'Basic'], ['pro', 'Pro']]) },
    { type: 'chunk', chunk: endOfResponse() },
    { type: 'turn-ended' },
    { type: 'draft-changed', draft: 'half typ' },
  ])
}

/** Saves and restores through JSON, as storage does. */
function roundTrip(state: SessionState): SessionState {
  const saved = conversationOf(state)
  if (!saved) throw new Error('nothing to save')
  const text = JSON.stringify({ version: PERSIST_FORMAT_VERSION, formId: FORM_ID, savedAt: 1, conversation: saved })
  const record = parsePersistedRecord(text, FORM_ID)
  if (!('conversation' in record)) throw new Error('expected a conversation')
  return reduceSession(createInitialState({ formId: FORM_ID }), { type: 'restored', snapshot: record.conversation })
}

describe('the restored event', () => {
  it('brings back the transcript, values, open prompt, draft and session, ready for the next message', () => {
    const before = conversation()
    const after = roundTrip(before)
    expect(selectTranscript(after)).toEqual(selectTranscript(before))
    expect(after.session).toEqual(SESSION)
    expect(after.values).toEqual(before.values)
    expect(after.openPrompt).toEqual(before.openPrompt)
    expect(after.draft).toBe('half typ')
    expect(after.status).toBe('ready')
    // Turn ids continue where they stopped, so the next message does not collide with restored items.
    const next = reduceSession(after, { type: 'user-message', text: 'Pro' })
    expect(next.tail.at(-1)).toMatchObject({ kind: 'user', text: 'Pro', index: before.itemCount, turnId: `t${before.turnCount}` })
  })

  it('restores long transcripts block by block', () => {
    const events: SessionEvent[] = [{ type: 'session-starting', formId: FORM_ID }, { type: 'session-created', session: SESSION }]
    for (let turn = 0; turn < BLOCK_SIZE * 2; turn++) {
      events.push({ type: 'user-message', text: `message ${turn}` }, { type: 'chunk', chunk: text(`answer ${turn}`) }, { type: 'chunk', chunk: endOfResponse() }, { type: 'turn-ended' })
    }
    const before = fold(events)
    expect(before.blocks.length).toBeGreaterThan(1)
    const after = roundTrip(before)
    expect(after.blocks).toEqual(before.blocks)
    expect(after.tail).toEqual(before.tail)
    expect(after.itemCount).toBe(before.itemCount)
  })

  it('never carries the error object; a failed message comes back with Retry', () => {
    const failed = fold(
      [{ type: 'user-message', text: 'Pro please' }, { type: 'turn-failed', error: new InteractiveFormError({ kind: 'network', message: 'offline' }) }],
      conversation(),
    )
    const saved = JSON.stringify(conversationOf(failed))
    expect(saved).not.toContain('offline')
    expect(saved).not.toMatch(/"error"/)
    const after = roundTrip(failed)
    expect(after.error).toBeNull()
    expect(after.failedMessage).toMatchObject({ text: 'Pro please' })
    expect(after.status).toBe('ready')
  })

  it('a state saved mid-reply comes back as a stopped turn, not a reply that streams forever', () => {
    const streaming = fold([{ type: 'user-message', text: 'Pro' }], conversation())
    expect(streaming.status).toBe('streaming')
    const after = roundTrip(streaming)
    expect(after.status).toBe('ready')
    expect(after.lastTurn?.status).toBe('stopped')
    expect(after.failedMessage).toMatchObject({ text: 'Pro' })
    expect(selectTranscript(after).at(-1)).toMatchObject({ kind: 'user', text: 'Pro', delivery: 'failed' })
  })

  it('keeps the form schema only when it is the same form', () => {
    const form = { id: FORM_ID, name: 'Kept', formFields: [] }
    const saved = conversationOf(conversation())
    if (!saved) throw new Error('nothing to save')
    const same = reduceSession(createInitialState({ formId: FORM_ID, form }), { type: 'restored', snapshot: saved })
    expect(same.form).toBe(form)
    const other = reduceSession(createInitialState({ formId: 'other', form: { ...form, id: 'other' } }), { type: 'restored', snapshot: saved })
    expect(other.form).toBeNull()
  })
})

describe('parsePersistedRecord', () => {
  const good = () => ({ version: PERSIST_FORMAT_VERSION, formId: FORM_ID, savedAt: 5, conversation: conversationOf(conversation()) })

  it.each([
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ ...good(), version: 99 })],
    ['another form', JSON.stringify({ ...good(), formId: 'someone-else' })],
    ['no save time', JSON.stringify({ ...good(), savedAt: 'yesterday' })],
    ['a wrong item count', JSON.stringify({ ...good(), conversation: { ...good().conversation, itemCount: 99 } })],
    ['an item of an unknown kind', JSON.stringify({ ...good(), conversation: { ...good().conversation, tail: [{ kind: 'html', id: 'i0', index: 0, turnId: 't0' }], itemCount: 1 } })],
    ['a user item without text', JSON.stringify({ ...good(), conversation: { ...good().conversation, tail: [{ kind: 'user', id: 'i0', index: 0, turnId: 't0' }], itemCount: 1 } })],
    ['a session without id', JSON.stringify({ ...good(), conversation: { ...good().conversation, session: { formId: FORM_ID } } })],
  ])('refuses %s', (_name, text) => {
    expect(() => parsePersistedRecord(text, FORM_ID)).toThrow(/stored/)
  })

  it('reads a submission record without a conversation', () => {
    const text = JSON.stringify({ version: PERSIST_FORMAT_VERSION, formId: FORM_ID, savedAt: 5, submission: { submissionId: 's-1', checkoutId: 'c-1' } })
    expect(parsePersistedRecord(text, FORM_ID)).toEqual({ version: PERSIST_FORMAT_VERSION, formId: FORM_ID, savedAt: 5, submission: { submissionId: 's-1', checkoutId: 'c-1' } })
  })
})
