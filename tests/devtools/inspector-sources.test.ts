import { describe, expect, it } from 'vitest'
import { createInteractiveFormClient } from '../../src/api/client'
import type { InteractiveFormStreamEvent } from '../../src/api/wire-types'
import { createStoreChunkLog, recordTranscript, turnsFromTranscript } from '../../src/devtools'
import { createEmulator } from '../../src/emulator/create-emulator'
import { contactForm } from '../../src/emulator/sample-forms'
import { InteractiveFormError } from '../../src/api/errors'
import { createSessionStore } from '../../src/store'
import { debug, endOfResponse, singleSelect, text, textData } from '../store/chunk-builders'
import { byteStreamFetch, cut, sseBytes } from './byte-stream-fetch'

describe('createStoreChunkLog', () => {
  it('lists each turn’s chunks with the time since the turn began, rebuilding merged TEXT chunks', () => {
    let clock = 1_000
    const store = createSessionStore({ formId: 'f' })
    const log = createStoreChunkLog(store, () => clock)
    const unsubscribe = log.subscribe(() => {})

    store.dispatch({ type: 'session-starting', formId: 'f' })
    store.dispatch({ type: 'session-created', session: { id: 's', formId: 'f' } })
    clock += 40
    store.dispatch({ type: 'chunk', chunk: text('Hello, ') })
    clock += 10
    store.dispatch({ type: 'chunk', chunk: text('who are you?', 'BOLD') })
    store.dispatch({ type: 'chunk', chunk: debug({ tool: 'extract' }) })
    clock += 5
    store.dispatch({ type: 'chunk', chunk: endOfResponse() })

    clock = 2_000
    store.dispatch({ type: 'user-message', text: 'Ada', currentValues: { firstName: 'Ada' } })
    clock += 25
    store.dispatch({ type: 'chunk', chunk: textData('firstName', 'Ada') })
    store.dispatch({ type: 'chunk', chunk: singleSelect('topic', [['a', 'A']]) })

    const [opening, reply] = log.getSnapshot()
    expect(opening?.entries.map((entry) => [entry.label, entry.atMs])).toEqual([
      ['TEXT', 40],
      ['TEXT', 50],
      ['DEBUG', 50],
      ['Turn complete', 55],
    ])
    expect(opening?.entries[1]?.value).toEqual({ chunkType: 'TEXT', textDetails: { text: 'who are you?', style: 'BOLD' } })
    expect(opening?.status).toBe('complete')
    expect(reply?.request).toEqual({ input: 'Ada', currentValues: { firstName: 'Ada' } })
    expect(reply?.entries.map((entry) => [entry.label, entry.atMs])).toEqual([
      ['TEXT_DATA', 25],
      ['SINGLE_SELECT_INPUT', 25],
    ])
    unsubscribe()
  })

  it('lists what was there before it was made without timing, and starts a new list of turns after a reset', () => {
    const store = createSessionStore({ formId: 'f' })
    store.dispatch({ type: 'session-starting', formId: 'f' })
    store.dispatch({ type: 'chunk', chunk: text('Hi') })
    const log = createStoreChunkLog(store, () => 0)
    expect(log.getSnapshot()[0]?.entries).toEqual([expect.objectContaining({ label: 'TEXT', atMs: null })])

    const seen: number[] = []
    const unsubscribe = log.subscribe(() => seen.push(log.getSnapshot().length))
    store.dispatch({ type: 'reset' })
    store.dispatch({ type: 'session-starting', formId: 'f' })
    store.dispatch({ type: 'chunk', chunk: text('Hi again') })
    const turns = log.getSnapshot()
    expect(turns).toHaveLength(2)
    expect(turns[0]?.key).not.toBe(turns[1]?.key)
    expect(turns[1]?.entries[0]?.value).toEqual({ chunkType: 'TEXT', textDetails: { text: 'Hi again', style: 'NORMAL' } })
    expect(seen.length).toBeGreaterThan(0)

    // Unsubscribed: the store is no longer followed.
    unsubscribe()
    const before = log.getSnapshot()
    store.dispatch({ type: 'chunk', chunk: textData('x', 1) })
    expect(log.getSnapshot()).toBe(before)
  })

  it('shows a failed turn with its error', () => {
    const store = createSessionStore({ formId: 'f' })
    const log = createStoreChunkLog(store, () => 0)
    const unsubscribe = log.subscribe(() => {})
    store.dispatch({ type: 'session-starting', formId: 'f' })
    store.dispatch({ type: 'turn-failed', error: new InteractiveFormError({ kind: 'http', status: 503, message: 'Service unavailable' }) })
    const entry = log.getSnapshot()[0]?.entries.at(-1)
    expect(entry).toMatchObject({ kind: 'error', label: 'Turn failed', value: { status: 'failed', error: { kind: 'http', status: 503, message: 'Service unavailable' } } })
    unsubscribe()
  })
})

describe('turnsFromTranscript', () => {
  it('turns a recorded conversation into one turn per exchange with every chunk as received', async () => {
    const emulator = createEmulator()
    const recorder = recordTranscript((input, init) => emulator.fetch(input as string, init))
    const client = createInteractiveFormClient({ baseUrl: 'http://emulator.test/forms/ai/v1/interactive-form-sessions', fetch: recorder.fetch })
    await client.getForm(contactForm.id)
    const opening: InteractiveFormStreamEvent[] = []
    for await (const event of client.createInteractiveFormSessionStreamed(contactForm.id)) opening.push(event)
    const sessionId = opening[0]?.interactiveFormSession?.id ?? ''
    const reply = await client.sendUserMessage(sessionId, { input: 'I am Ada Lovelace' })

    const [form, create, send] = turnsFromTranscript(await recorder.settled())
    expect(form?.title).toBe(`GET /form-schema-service/v4/forms/${contactForm.id}`)
    expect(form?.entries.map((entry) => entry.kind)).toEqual(['form'])

    expect(create?.title).toBe('POST /forms/ai/v1/interactive-form-sessions/create-streamed')
    expect(create?.request).toMatchObject({ formId: contactForm.id })
    expect(create?.status).toBe('200')
    const createChunks = create?.entries.filter((entry) => entry.kind === 'chunk') ?? []
    expect(createChunks.map((entry) => entry.value)).toEqual(opening.map((event) => event.responseChunk))
    expect(create?.entries[0]).toMatchObject({ kind: 'session', value: { id: sessionId } })
    expect(createChunks.every((entry) => typeof entry.atMs === 'number')).toBe(true)

    expect(send?.request).toMatchObject({ input: 'I am Ada Lovelace' })
    expect(send?.entries.filter((entry) => entry.kind === 'chunk').map((entry) => entry.value)).toEqual(reply.responseChunks)
  })

  it('reassembles events split across network pieces and reports a body that broke off', async () => {
    const bytes = sseBytes([
      { responseChunk: { chunkType: 'TEXT', textDetails: { text: 'Grüße' } }, interactiveFormSession: { id: 's', formId: 'f' } },
      { responseChunk: { chunkType: 'SEPARATOR', separatorDetails: { type: 'PARAGRAPH' } } },
    ])
    const pieces = cut(bytes, [10, 60, 61, 90])
    const recorder = recordTranscript(byteStreamFetch(pieces.map((piece) => ({ bytes: piece })), { failWith: new TypeError('terminated') }).fetch)
    await (await recorder.fetch('/s/send-user-message-streamed', { method: 'POST', body: 'not json' })).text().catch(() => undefined)
    const [turn] = turnsFromTranscript(await recorder.settled())
    expect(turn?.request).toBe('not json')
    expect(turn?.entries.map((entry) => [entry.kind, entry.label])).toEqual([
      ['session', 'interactiveFormSession'],
      ['chunk', 'TEXT'],
      ['chunk', 'SEPARATOR'],
      ['error', 'Body broke off'],
    ])
    expect(turn?.entries[1]?.value).toEqual({ chunkType: 'TEXT', textDetails: { text: 'Grüße' } })
  })
})
