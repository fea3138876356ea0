import { describe, expect, it } from 'vitest'
import { InteractiveFormError } from '../../src/api/errors'
import type { WixForm } from '../../src/api/wire-types'
import { BLOCK_SIZE, createInitialState, getItem, reduceSession, selectTranscript } from '../../src/store'
import type { AssistantChunkItem, AssistantTextItem, SessionEvent, SessionState, TranscriptItem, UserMessageItem } from '../../src/store'
import {
  debug,
  endOfResponse,
  errorChunk,
  futureChunk,
  importantText,
  multiSelect,
  numberInput,
  separator,
  singleSelect,
  submission,
  text,
  textData,
} from './chunk-builders'
import { FORM_ID, SESSION, fold } from './fold-events'


/** A session created and greeted: status ready, one text item. */
function greeted(): SessionState {
  return fold([
    { type: 'session-starting', formId: FORM_ID },
    { type: 'session-created', session: SESSION },
    { type: 'chunk', chunk: text('Hi! What is your name?') },
    { type: 'chunk', chunk: endOfResponse() },
    { type: 'turn-ended' },
  ])
}

function chunkItem(item: TranscriptItem | undefined): AssistantChunkItem {
  if (item?.kind !== 'chunk') throw new Error(`expected a chunk item, got ${item?.kind}`)
  return item
}

function textItem(item: TranscriptItem | undefined): AssistantTextItem {
  if (item?.kind !== 'text') throw new Error(`expected a text item, got ${item?.kind}`)
  return item
}

function userItem(item: TranscriptItem | undefined): UserMessageItem {
  if (item?.kind !== 'user') throw new Error(`expected a user item, got ${item?.kind}`)
  return item
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key])
  }
  return value
}

describe('reduceSession: starting a session', () => {
  it('moves from idle to starting, then to streaming on the first chunk and ready at the end', () => {
    const initial = createInitialState({ formId: FORM_ID })
    expect(initial.status).toBe('idle')
    const starting = reduceSession(initial, { type: 'session-starting', formId: FORM_ID })
    expect(starting.status).toBe('starting')
    const created = reduceSession(starting, { type: 'session-created', session: SESSION })
    expect(created.session).toEqual(SESSION)
    const streaming = reduceSession(created, { type: 'chunk', chunk: text('Hello') })
    expect(streaming.status).toBe('streaming')
    const ended = fold([{ type: 'chunk', chunk: endOfResponse() }, { type: 'turn-ended' }], streaming)
    expect(ended.status).toBe('ready')
    expect(ended.lastTurn?.status).toBe('complete')
  })

  it('keeps the form from the session and from form-loaded', () => {
    const form: WixForm = { id: FORM_ID, name: 'Contact', formFields: [] }
    const fromSession = fold([
      { type: 'session-starting', formId: FORM_ID },
      { type: 'session-created', session: { ...SESSION, form } },
    ])
    expect(fromSession.form).toEqual(form)
    expect(fromSession.session).toEqual(SESSION)
    const loaded = reduceSession(greeted(), { type: 'form-loaded', form })
    expect(loaded.form).toBe(form)
  })
})

describe('reduceSession: chunk types', () => {
  it('turns every non-text chunk into its own item, in order', () => {
    const chunks = [
      textData('firstName', 'Ada'),
      singleSelect('plan', [['basic', 'Basic']]),
      multiSelect('toppings', [['ham', 'Ham']]),
      numberInput('age', 18, 120),
      separator(),
      errorChunk('That date is in the past.'),
      importantText('email', 'Use your work address.'),
      debug({ tool: 'extract' }),
      { chunkType: 'FILE_UPLOAD', fileUploadDetails: { fieldTarget: 'cv' } } as const,
      { chunkType: 'SIGNATURE', signatureDetails: { fieldTarget: 'sign' } } as const,
    ]
    const state = fold(chunks.map((chunk) => ({ type: 'chunk', chunk })), greeted())
    const items = selectTranscript(state).slice(1)
    expect(items.map((item) => chunkItem(item).chunk.chunkType)).toEqual(chunks.map((chunk) => chunk.chunkType))
    expect(items.map((item) => chunkItem(item).chunk)).toEqual(chunks)
    expect(items.map((item) => item.index)).toEqual(chunks.map((_, position) => position + 1))
    expect(new Set(items.map((item) => item.id)).size).toBe(chunks.length)
  })

  it('merges consecutive TEXT chunks of one turn into one item', () => {
    const state = fold([
      { type: 'session-starting', formId: FORM_ID },
      { type: 'chunk', chunk: text('Hel') },
      { type: 'chunk', chunk: text('lo ') },
      { type: 'chunk', chunk: text('there') },
    ])
    expect(state.itemCount).toBe(1)
    expect(textItem(getItem(state, 0)).segments).toEqual([{ text: 'Hello there', style: 'NORMAL' }])
  })

  it('keeps BOLD runs as their own segments inside the same item', () => {
    const state = fold([
      { type: 'session-starting', formId: FORM_ID },
      { type: 'chunk', chunk: text('Your total is ') },
      { type: 'chunk', chunk: text('42', 'BOLD') },
      { type: 'chunk', chunk: text(' EUR', 'BOLD') },
      { type: 'chunk', chunk: text('.') },
    ])
    expect(state.itemCount).toBe(1)
    expect(textItem(getItem(state, 0)).segments).toEqual([
      { text: 'Your total is ', style: 'NORMAL' },
      { text: '42 EUR', style: 'BOLD' },
      { text: '.', style: 'NORMAL' },
    ])
  })

  it('starts a new text item after a non-text chunk', () => {
    const state = fold([
      { type: 'session-starting', formId: FORM_ID },
      { type: 'chunk', chunk: text('Got it.') },
      { type: 'chunk', chunk: textData('firstName', 'Ada') },
      { type: 'chunk', chunk: text('And your email?') },
    ])
    expect(state.itemCount).toBe(3)
    expect(textItem(getItem(state, 0)).segments[0]?.text).toBe('Got it.')
    expect(textItem(getItem(state, 2)).segments[0]?.text).toBe('And your email?')
  })

  it('starts a new text item in a new turn even when the previous item was text', () => {
    const first = fold([
      { type: 'session-starting', formId: FORM_ID },
      { type: 'chunk', chunk: text('Hi.') },
      { type: 'turn-ended' },
    ])
    // Standard replies may omit END_OF_RESPONSE; the next user message still starts a new turn.
    const second = fold(
      [
        { type: 'user-message', text: 'Ada' },
        { type: 'chunk', chunk: text('Nice to meet you.') },
      ],
      first,
    )
    const items = selectTranscript(second)
    expect(items.map((item) => item.kind)).toEqual(['text', 'user', 'text'])
    expect(textItem(items[2]).segments[0]?.text).toBe('Nice to meet you.')
    expect(items[2]?.turnId).not.toBe(items[0]?.turnId)
    expect(items[1]?.turnId).not.toBe(items[2]?.turnId)
  })

  it('keeps a chunk of an unknown type as an item and carries on', () => {
    const state = fold([{ type: 'chunk', chunk: futureChunk() }, { type: 'chunk', chunk: text('Still here.') }], greeted())
    expect(chunkItem(getItem(state, 1)).chunk).toEqual(futureChunk())
    expect(textItem(getItem(state, 2)).segments[0]?.text).toBe('Still here.')
    expect(state.error).toBeNull()
  })

  it('does not add an item for END_OF_RESPONSE', () => {
    const before = fold([{ type: 'user-message', text: 'Ada' }, { type: 'chunk', chunk: text('Thanks') }], greeted())
    const after = reduceSession(before, { type: 'chunk', chunk: endOfResponse() })
    expect(after.itemCount).toBe(before.itemCount)
    expect(after.status).toBe('ready')
  })
})

describe('reduceSession: values', () => {
  it('records currentValues sent on create and on send as user values', () => {
    const state = fold([
      { type: 'session-starting', formId: FORM_ID, currentValues: { firstName: 'Ada', age: 36 } },
      { type: 'chunk', chunk: endOfResponse() },
    ])
    expect(state.values).toEqual({ firstName: { value: 'Ada', source: 'user' }, age: { value: 36, source: 'user' } })
    const sent = reduceSession(state, { type: 'user-message', text: 'change it', currentValues: { age: 37 } })
    expect(sent.values.age).toEqual({ value: 37, source: 'user' })
    expect(sent.values.firstName).toEqual({ value: 'Ada', source: 'user' })
  })

  it('lets a TEXT_DATA chunk override a user value, and the later chunk win', () => {
    const state = fold([
      { type: 'session-starting', formId: FORM_ID, currentValues: { age: 36 } },
      { type: 'chunk', chunk: textData('age', 25, '25 years old') },
      { type: 'chunk', chunk: textData('age', 26, '26 years old') },
      { type: 'chunk', chunk: textData('newsletter', true, 'Yes') },
    ])
    expect(state.values).toEqual({
      age: { value: 26, displayValue: '26 years old', source: 'server' },
      newsletter: { value: true, displayValue: 'Yes', source: 'server' },
    })
  })

  it('starts from the new currentValues on a new session', () => {
    const state = fold(
      [{ type: 'reset' }, { type: 'session-starting', formId: FORM_ID, currentValues: { email: 'a@b.c' } }],
      fold([{ type: 'chunk', chunk: textData('firstName', 'Ada') }], greeted()),
    )
    expect(state.values).toEqual({ email: { value: 'a@b.c', source: 'user' } })
    expect(state.itemCount).toBe(0)
  })
})

describe('reduceSession: input prompts', () => {
  const plan = singleSelect('plan', [
    ['basic', 'Basic'],
    ['pro', 'Pro'],
  ])

  it('opens a prompt on an input chunk and closes it when answered', () => {
    const open = fold([{ type: 'chunk', chunk: plan }, { type: 'chunk', chunk: endOfResponse() }], greeted())
    expect(open.openPrompt).toEqual({ itemId: 'i1', fieldTarget: 'plan', chunk: plan })
    expect(getItem(open, 1)?.id).toBe('i1')

    const answered = reduceSession(open, {
      type: 'user-message',
      text: 'Pro',
      currentValues: { plan: 'pro' },
      answer: { itemIndex: 1, value: 'pro', label: 'Pro' },
    })
    expect(answered.openPrompt).toBeNull()
    expect(chunkItem(getItem(answered, 1)).answer).toEqual({ value: 'pro', label: 'Pro' })
    expect(userItem(getItem(answered, 2))).toMatchObject({ text: 'Pro', currentValues: { plan: 'pro' }, delivery: 'sending' })
    expect(answered.values.plan).toEqual({ value: 'pro', source: 'user' })
  })

  it('names the field of number and multi-select prompts', () => {
    const number = fold([{ type: 'chunk', chunk: numberInput('age', 18, 99) }], greeted())
    expect(number.openPrompt?.fieldTarget).toBe('age')
    const multi = fold([{ type: 'chunk', chunk: multiSelect('toppings', [['ham', 'Ham']]) }], number)
    expect(multi.openPrompt).toMatchObject({ fieldTarget: 'toppings', itemId: 'i2' })
  })
})

describe('reduceSession: submission', () => {
  it('marks the session submitted with the checkout id, and stays submitted after the turn ends', () => {
    const state = fold(
      [
        { type: 'user-message', text: 'Yes, submit' },
        { type: 'chunk', chunk: text('Done!') },
        { type: 'chunk', chunk: submission('sub-1', 'checkout-9') },
      ],
      greeted(),
    )
    expect(state.status).toBe('submitted')
    expect(state.submission).toEqual({ submissionId: 'sub-1', checkoutId: 'checkout-9' })
    const ended = fold([{ type: 'chunk', chunk: endOfResponse() }, { type: 'turn-ended' }], state)
    expect(ended.status).toBe('submitted')
  })

  it('has no checkoutId when the submission carries none, and closes any open prompt', () => {
    const state = fold(
      [{ type: 'chunk', chunk: singleSelect('plan', [['a', 'A']]) }, { type: 'chunk', chunk: submission('sub-2') }],
      greeted(),
    )
    expect(state.submission).toEqual({ submissionId: 'sub-2' })
    expect(state.openPrompt).toBeNull()
  })
})

describe('reduceSession: failures', () => {
  const failure = new InteractiveFormError({ kind: 'http', status: 503, message: 'Service Unavailable' })

  it('marks the turn interrupted and keeps the message when END_OF_RESPONSE reports success false', () => {
    const state = fold(
      [
        { type: 'user-message', text: 'My name is Ada' },
        { type: 'chunk', chunk: text('Thanks, A') },
        { type: 'chunk', chunk: endOfResponse(false) },
      ],
      greeted(),
    )
    expect(state.interrupted).toBe(true)
    expect(state.lastTurn?.status).toBe('interrupted')
    expect(state.failedMessage).toEqual({ text: 'My name is Ada', itemIndex: 1 })
    expect(textItem(getItem(state, 2)).segments[0]?.text).toBe('Thanks, A')
  })

  it('marks the user item failed when the request fails before any chunk', () => {
    const state = fold([{ type: 'user-message', text: 'Ada', currentValues: { firstName: 'Ada' } }, { type: 'turn-failed', error: failure }], greeted())
    expect(state.status).toBe('error')
    expect(state.error).toBe(failure)
    expect(state.interrupted).toBe(false)
    expect(state.lastTurn?.status).toBe('failed')
    expect(userItem(getItem(state, 1)).delivery).toBe('failed')
    expect(state.failedMessage).toEqual({ text: 'Ada', currentValues: { firstName: 'Ada' }, itemIndex: 1 })
  })

  it('marks the turn interrupted and keeps arrived chunks when it fails after some', () => {
    const state = fold(
      [
        { type: 'user-message', text: 'Ada' },
        { type: 'chunk', chunk: text('Thanks') },
        { type: 'chunk', chunk: textData('firstName', 'Ada') },
        { type: 'turn-failed', error: failure },
      ],
      greeted(),
    )
    expect(state.interrupted).toBe(true)
    expect(state.lastTurn?.status).toBe('interrupted')
    expect(userItem(getItem(state, 1)).delivery).toBe('sent')
    expect(state.itemCount).toBe(4)
    expect(state.values.firstName?.value).toBe('Ada')
    expect(state.failedMessage?.text).toBe('Ada')
  })

  it('fails a create with no session and no failed message', () => {
    const state = fold([{ type: 'session-starting', formId: FORM_ID }, { type: 'turn-failed', error: failure }])
    expect(state.status).toBe('error')
    expect(state.session).toBeNull()
    expect(state.failedMessage).toBeNull()
  })

  it('ignores a failure that arrives after the turn already ended', () => {
    const done = fold([{ type: 'user-message', text: 'Ada' }, { type: 'chunk', chunk: text('Thanks') }, { type: 'chunk', chunk: endOfResponse() }], greeted())
    expect(reduceSession(done, { type: 'turn-failed', error: failure })).toBe(done)
  })

  it('reuses the failed user item on retry instead of adding a second bubble', () => {
    const failed = fold([{ type: 'user-message', text: 'Ada' }, { type: 'turn-failed', error: failure }], greeted())
    const retried = fold(
      [
        { type: 'user-message', text: 'Ada', retryOf: 1 },
        { type: 'chunk', chunk: text('Thanks, Ada') },
        { type: 'chunk', chunk: endOfResponse() },
      ],
      failed,
    )
    const users = selectTranscript(retried).filter((item) => item.kind === 'user')
    expect(users).toHaveLength(1)
    expect(userItem(users[0]).delivery).toBe('sent')
    expect(retried.failedMessage).toBeNull()
    expect(retried.error).toBeNull()
    expect(retried.status).toBe('ready')
  })

  it('stops a reply: arrived chunks stay, the session is ready again', () => {
    const state = fold([{ type: 'user-message', text: 'Ada' }, { type: 'chunk', chunk: text('Thanks') }, { type: 'turn-stopped' }], greeted())
    expect(state.status).toBe('ready')
    expect(state.lastTurn?.status).toBe('stopped')
    expect(textItem(getItem(state, 2)).segments[0]?.text).toBe('Thanks')
    expect(state.error).toBeNull()
  })
})

describe('reduceSession: meaningfulInput', () => {
  it('attaches the ranges reply chunks carry to the user item they refer to', () => {
    const state = fold(
      [
        { type: 'user-message', text: 'I am Ada, 36' },
        { type: 'chunk', chunk: textData('firstName', 'Ada', undefined, { startOffset: 5, length: 3 }) },
        { type: 'chunk', chunk: textData('age', 36, undefined, { startOffset: 10, length: 2 }) },
      ],
      greeted(),
    )
    expect(userItem(getItem(state, 1)).meaningfulInput).toEqual([
      { startOffset: 5, length: 3 },
      { startOffset: 10, length: 2 },
    ])
  })
})

describe('reduceSession: transcript blocks', () => {
  /** A state with `count` items (one per chunk), all in one assistant turn. */
  function withItems(count: number): SessionState {
    const events: SessionEvent[] = [{ type: 'session-starting', formId: FORM_ID }]
    for (let position = 0; position < count; position++) events.push({ type: 'chunk', chunk: separator() })
    return fold(events)
  }

  it('seals a block once the tail holds BLOCK_SIZE items and keeps every item reachable', () => {
    const full = withItems(BLOCK_SIZE)
    expect(full.blocks).toHaveLength(0)
    expect(full.tail).toHaveLength(BLOCK_SIZE)
    const sealed = reduceSession(full, { type: 'chunk', chunk: text('next') })
    expect(sealed.blocks).toHaveLength(1)
    expect(sealed.blocks[0]?.items).toBe(full.tail)
    expect(sealed.tail).toHaveLength(1)
    expect(sealed.itemCount).toBe(BLOCK_SIZE + 1)
    expect(getItem(sealed, BLOCK_SIZE)?.kind).toBe('text')
    expect(selectTranscript(sealed).map((item) => item.index)).toEqual(Array.from({ length: BLOCK_SIZE + 1 }, (_, index) => index))
  })

  it('does not copy sealed blocks when a chunk is appended or grows the last text', () => {
    const state = reduceSession(withItems(BLOCK_SIZE * 2 + 3), { type: 'chunk', chunk: text('growing') })
    expect(state.blocks).toHaveLength(2)
    const appended = reduceSession(state, { type: 'chunk', chunk: separator() })
    expect(appended.blocks).toBe(state.blocks)
    expect(appended.blocks[0]).toBe(state.blocks[0])
    expect(appended.blocks[1]).toBe(state.blocks[1])
    const grown = reduceSession(state, { type: 'chunk', chunk: text(' more') })
    expect(grown.blocks).toBe(state.blocks)
    expect(grown.itemCount).toBe(state.itemCount)
    // Only the changed item is new; its neighbours in the tail keep their identity.
    expect(grown.tail[0]).toBe(state.tail[0])
    expect(grown.tail.at(-1)).not.toBe(state.tail.at(-1))
  })

  it('copies only the touched block when an answer marks an item in a sealed block', () => {
    const events: SessionEvent[] = [
      { type: 'session-starting', formId: FORM_ID },
      { type: 'chunk', chunk: singleSelect('plan', [['a', 'A']]) },
    ]
    for (let position = 0; position < BLOCK_SIZE * 2; position++) events.push({ type: 'chunk', chunk: separator() })
    events.push({ type: 'chunk', chunk: endOfResponse() })
    const state = fold(events)
    expect(state.blocks).toHaveLength(2)
    const answered = reduceSession(state, { type: 'user-message', text: 'A', answer: { itemIndex: 0, value: 'a', label: 'A' } })
    expect(chunkItem(getItem(answered, 0)).answer).toEqual({ value: 'a', label: 'A' })
    expect(answered.blocks[0]).not.toBe(state.blocks[0])
    expect(answered.blocks[1]).toBe(state.blocks[1])
    expect(answered.blocks[0]?.items[1]).toBe(state.blocks[0]?.items[1])
  })
})

describe('reduceSession: purity', () => {
  it('never mutates the state it is given', () => {
    const form: WixForm = { id: FORM_ID, formFields: [] }
    const failure = new InteractiveFormError({ kind: 'network', message: 'offline' })
    const events: SessionEvent[] = [
      { type: 'session-starting', formId: FORM_ID, currentValues: { age: 3 } },
      { type: 'session-created', session: SESSION },
      { type: 'form-loaded', form },
      { type: 'chunk', chunk: text('Hi ') },
      { type: 'chunk', chunk: text('there', 'BOLD') },
      { type: 'chunk', chunk: singleSelect('plan', [['a', 'A']]) },
      { type: 'chunk', chunk: endOfResponse() },
      { type: 'turn-ended' },
      { type: 'draft-changed', draft: 'A' },
      { type: 'user-message', text: 'A', currentValues: { plan: 'a' }, answer: { itemIndex: 1, value: 'a', label: 'A' } },
      { type: 'chunk', chunk: textData('plan', 'a', 'A', { startOffset: 0, length: 1 }) },
      { type: 'turn-failed', error: failure },
      { type: 'user-message', text: 'A', retryOf: 2 },
      ...Array.from({ length: BLOCK_SIZE + 2 }, (): SessionEvent => ({ type: 'chunk', chunk: separator() })),
      { type: 'chunk', chunk: futureChunk() },
      { type: 'turn-stopped' },
      { type: 'user-message', text: 'submit' },
      { type: 'chunk', chunk: submission('sub', 'co') },
      { type: 'chunk', chunk: endOfResponse(false) },
      { type: 'reset' },
    ]
    let state = createInitialState({ formId: FORM_ID })
    for (const event of events) {
      const snapshot = structuredClone({ ...state, error: null })
      deepFreeze(state)
      deepFreeze(event)
      // A frozen input makes any in-place write throw in strict mode (ES modules are strict).
      const next = reduceSession(state, event)
      expect({ ...state, error: null }).toEqual(snapshot)
      state = next
    }
    expect(state.status).toBe('idle')
    expect(state.itemCount).toBe(0)
  })
})
