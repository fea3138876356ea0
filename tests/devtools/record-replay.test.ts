import { describe, expect, it } from 'vitest'
import { createInteractiveFormClient } from '../../src/api/client'
import type { InteractiveFormClient } from '../../src/api/client'
import { InteractiveFormError } from '../../src/api/errors'
import type { InteractiveFormStreamEvent } from '../../src/api/wire-types'
import { createReplayFetch, recordTranscript, REPLAY_MISMATCH } from '../../src/devtools'
import type { FetchLike, RecordedTranscript } from '../../src/devtools'
import { createEmulator } from '../../src/emulator/create-emulator'
import { contactForm } from '../../src/emulator/sample-forms'
import { asLists, byteStreamFetch, cut, readPieces, sseBytes } from './byte-stream-fetch'

const BASE_URL = 'http://emulator.test/forms/ai/v1/interactive-form-sessions'
const session = { id: 'session-1', formId: 'form-1' }

function clientOver(fetch: FetchLike, timeoutMs = 5_000): InteractiveFormClient {
  return createInteractiveFormClient({ baseUrl: BASE_URL, fetch, timeoutMs })
}

async function collect(events: AsyncIterable<InteractiveFormStreamEvent>): Promise<InteractiveFormStreamEvent[]> {
  const all: InteractiveFormStreamEvent[] = []
  for await (const event of events) all.push(event)
  return all
}

/** A short conversation: schema, a streamed create, two streamed sends and a standard send. */
async function converse(client: InteractiveFormClient) {
  const form = await client.getForm(contactForm.id)
  const opening = await collect(client.createInteractiveFormSessionStreamed(contactForm.id, { dryRun: true }))
  const sessionId = opening[0]?.interactiveFormSession?.id ?? ''
  const first = await collect(client.sendUserMessageStreamed(sessionId, { input: 'I am Ada Lovelace' }))
  const second = await collect(client.sendUserMessageStreamed(sessionId, { input: 'ada@example.org — Grüße 👋' }))
  const third = await client.sendUserMessage(sessionId, { input: 'no phone, thanks' })
  return { form, opening, first, second, third }
}

describe('recordTranscript + createReplayFetch', () => {
  it('replays a real conversation with the emulator so the client sees identical events', async () => {
    const emulator = createEmulator()
    const recorder = recordTranscript((input, init) => emulator.fetch(input as Request | URL | string, init))
    const live = await converse(clientOver(recorder.fetch))
    expect(live.opening.length).toBeGreaterThan(1)
    expect(live.first.some((event) => event.responseChunk.chunkType === 'TEXT_DATA')).toBe(true)

    const transcript: RecordedTranscript = JSON.parse(JSON.stringify(await recorder.settled()))
    expect(transcript.exchanges.map((exchange) => `${exchange.request.method} ${exchange.request.path.split('/').pop()} ${exchange.response?.status}`)).toEqual([
      `GET ${contactForm.id} 200`,
      'POST create-streamed 200',
      'POST send-user-message-streamed 200',
      'POST send-user-message-streamed 200',
      'POST send-user-message 200',
    ])
    // The reader cancels after END_OF_RESPONSE; either way nothing is left pending.
    expect(transcript.exchanges.every((exchange) => exchange.response?.end === 'complete' || exchange.response?.end === 'cancelled')).toBe(true)

    const replay = createReplayFetch(transcript)
    const replayed = await converse(clientOver(replay))
    expect(replayed).toEqual(live)
    expect(replay.remaining()).toBe(0)
  })

  it('keeps chunk boundaries byte for byte, also inside a UTF-8 character', async () => {
    const bytes = sseBytes([
      { responseChunk: { chunkType: 'TEXT', textDetails: { text: 'Grüße 👋 and ✓' } }, interactiveFormSession: session },
      { responseChunk: { chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: true } } },
    ])
    const text = new TextDecoder().decode(bytes)
    const insideUmlaut = new TextEncoder().encode(text.slice(0, text.indexOf('ü'))).length + 1
    const insideEmoji = new TextEncoder().encode(text.slice(0, text.indexOf('👋'))).length + 2
    const pieces = cut(bytes, [7, insideUmlaut, insideEmoji, insideEmoji + 1])
    const recorder = recordTranscript(byteStreamFetch(pieces.map((piece) => ({ bytes: piece }))).fetch)

    const live = await recorder.fetch(`${BASE_URL}/create-streamed`, { method: 'POST', body: '{"formId":"form-1"}' })
    expect(await readPieces(live.body)).toEqual(asLists(pieces))

    const transcript = JSON.parse(JSON.stringify(await recorder.settled())) as RecordedTranscript
    expect(transcript.exchanges[0]?.response?.chunks).toHaveLength(pieces.length)
    const replayed = await createReplayFetch(transcript)(`${BASE_URL}/create-streamed`, { method: 'POST' })
    expect(replayed.headers.get('content-type')).toBe('text/event-stream')
    expect(await readPieces(replayed.body)).toEqual(asLists(pieces))

    const events = await collect(clientOver(createReplayFetch(transcript)).createInteractiveFormSessionStreamed('form-1'))
    expect(events[0]?.responseChunk).toEqual({ chunkType: 'TEXT', textDetails: { text: 'Grüße 👋 and ✓' } })
  })

  it('records requests (method, path with query, body) but never request headers', async () => {
    const recorder = recordTranscript(byteStreamFetch([{ bytes: new TextEncoder().encode('{}') }], { headers: { 'content-type': 'application/json', 'set-cookie': 'a=b', 'retry-after': '3' } }).fetch)
    const response = await recorder.fetch('https://www.wixapis.com/a/b?x=1', {
      method: 'post',
      headers: { Authorization: 'secret-token-123' },
      body: '{"input":"hi"}',
    })
    await response.text()
    const transcript = await recorder.settled()
    expect(transcript.exchanges[0]?.request).toEqual({ method: 'POST', path: '/a/b?x=1', body: '{"input":"hi"}' })
    expect(transcript.exchanges[0]?.response?.headers).toEqual({ 'content-type': 'application/json', 'retry-after': '3' })
    expect(JSON.stringify(transcript)).not.toContain('secret-token-123')
  })

  it('hands each piece to the caller as it arrives, before the body ends', async () => {
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const encoder = new TextEncoder()
    const source = byteStreamFetch([{ bytes: encoder.encode('first') }, { bytes: encoder.encode('second') }], {
      gate: (index) => (index === 1 ? held : Promise.resolve()),
    })
    const recorder = recordTranscript(source.fetch)
    const reader = (await recorder.fetch('/x')).body!.getReader()
    const first = await reader.read()
    expect(new TextDecoder().decode(first.value)).toBe('first')
    expect(recorder.transcript().exchanges[0]?.response?.end).toBe('pending')
    release()
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('second')
    expect((await reader.read()).done).toBe(true)
    expect((await recorder.settled()).exchanges[0]?.response?.end).toBe('complete')
  })

  it('passes the reader’s cancel on to the source', async () => {
    const cancelled: unknown[] = []
    const encoder = new TextEncoder()
    const recorder = recordTranscript(byteStreamFetch([{ bytes: encoder.encode('a') }, { bytes: encoder.encode('b') }], { onCancel: (reason) => cancelled.push(reason) }).fetch)
    const reader = (await recorder.fetch('/x')).body!.getReader()
    await reader.read()
    await reader.cancel('enough')
    expect(cancelled).toEqual(['enough'])
    expect((await recorder.settled()).exchanges[0]?.response?.end).toBe('cancelled')
  })

  it('replays at the recorded pace with timing "recorded", and at once by default', async () => {
    const encoder = new TextEncoder()
    const recorder = recordTranscript(
      byteStreamFetch([
        { bytes: encoder.encode('a') },
        { bytes: encoder.encode('b'), afterMs: 80 },
        { bytes: encoder.encode('c'), afterMs: 80 },
      ]).fetch,
    )
    await readPieces((await recorder.fetch('/x')).body)
    const transcript = await recorder.settled()
    const recordedAt = transcript.exchanges[0]!.response!.chunks.map((chunk) => chunk.atMs)
    expect(recordedAt[2]).toBeGreaterThanOrEqual(150)

    async function arrivalTimes(timing: 'recorded' | 'instant') {
      const started = performance.now()
      const reader = (await createReplayFetch(transcript, { timing })('/x')).body!.getReader()
      const times: number[] = []
      while (!(await reader.read()).done) times.push(performance.now() - started)
      return times
    }
    const paced = await arrivalTimes('recorded')
    expect(paced).toHaveLength(3)
    expect(paced[2]).toBeGreaterThanOrEqual(recordedAt[2]! - 5)
    const instant = await arrivalTimes('instant')
    expect(instant[2]).toBeLessThan(recordedAt[2]! / 2)
  })

  it('answers a request the recording does not expect with a 404 naming both (strict)', async () => {
    const emulator = createEmulator()
    const recorder = recordTranscript((input, init) => emulator.fetch(input as string, init))
    await clientOver(recorder.fetch).getForm(contactForm.id)
    const transcript = await recorder.settled()

    const client = clientOver(createReplayFetch(transcript))
    const error = await client.createInteractiveFormSession(contactForm.id).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(InteractiveFormError)
    expect(error).toMatchObject({ status: 404, code: REPLAY_MISMATCH })
    expect((error as Error).message).toContain(`expected GET /form-schema-service/v4/forms/${contactForm.id}`)
    expect((error as Error).message).toContain('but got POST /forms/ai/v1/interactive-form-sessions')

    const exhausted = createReplayFetch(transcript)
    await exhausted(`http://emulator.test/form-schema-service/v4/forms/${contactForm.id}`)
    const extra = await exhausted(`http://emulator.test/form-schema-service/v4/forms/${contactForm.id}`)
    expect(extra.status).toBe(404)
    expect(await extra.text()).toContain('all 1 recorded exchanges were replayed')
  })

  it('lets requests come in another order when not strict', async () => {
    const encoder = new TextEncoder()
    const recorder = recordTranscript(async (input) => new Response(encoder.encode(`answer of ${String(input)}`)))
    await (await recorder.fetch('/one')).text()
    await (await recorder.fetch('/two')).text()
    const transcript = await recorder.settled()

    const replay = createReplayFetch(transcript, { strict: false })
    expect(await (await replay('/two')).text()).toBe('answer of /two')
    expect(await (await replay('/one')).text()).toBe('answer of /one')
    expect((await replay('/one')).status).toBe(404)
    expect(replay.remaining()).toBe(0)
  })

  it('honours an abort while waiting for the headers and while reading the body', async () => {
    const encoder = new TextEncoder()
    const recorder = recordTranscript(
      byteStreamFetch([{ bytes: encoder.encode('a') }, { bytes: encoder.encode('b'), afterMs: 200 }]).fetch,
    )
    await readPieces((await recorder.fetch('/x')).body)
    const transcript = await recorder.settled()

    const early = new AbortController()
    early.abort()
    await expect(createReplayFetch(transcript)('/x', { signal: early.signal })).rejects.toMatchObject({ name: 'AbortError' })

    const midway = new AbortController()
    const reader = (await createReplayFetch(transcript, { timing: 'recorded' })('/x', { signal: midway.signal })).body!.getReader()
    expect((await reader.read()).done).toBe(false)
    const pending = reader.read()
    setTimeout(() => midway.abort(), 20)
    const started = performance.now()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect(performance.now() - started).toBeLessThan(150)
  })

  it('replays failures: a fetch that rejected, and a body that broke off', async () => {
    const failing = recordTranscript(async () => {
      throw new TypeError('fetch failed: connection refused')
    })
    await expect(failing.fetch('/x', { method: 'POST', body: '{}' })).rejects.toThrow('connection refused')
    await expect(createReplayFetch(await failing.settled())('/x', { method: 'POST' })).rejects.toThrow(new TypeError('fetch failed: connection refused'))

    const bytes = sseBytes([{ responseChunk: { chunkType: 'TEXT', textDetails: { text: 'Hel' } }, interactiveFormSession: session }])
    const broken = recordTranscript(byteStreamFetch([{ bytes }], { failWith: new TypeError('terminated') }).fetch)
    const liveError = await collect(clientOver(broken.fetch).createInteractiveFormSessionStreamed('form-1')).catch((error: unknown) => error)
    const transcript = JSON.parse(JSON.stringify(await broken.settled())) as RecordedTranscript
    expect(transcript.exchanges[0]?.response).toMatchObject({ end: 'error', error: { name: 'TypeError', message: 'terminated' } })
    const replayError = await collect(clientOver(createReplayFetch(transcript)).createInteractiveFormSessionStreamed('form-1')).catch((error: unknown) => error)
    expect(replayError).toBeInstanceOf(InteractiveFormError)
    expect({ kind: (replayError as InteractiveFormError).kind }).toEqual({ kind: (liveError as InteractiveFormError).kind })
  })

  it('tells subscribers about each change and forgets everything on clear()', async () => {
    const recorder = recordTranscript(byteStreamFetch([{ bytes: new TextEncoder().encode('x') }]).fetch)
    const seen: number[] = []
    const unsubscribe = recorder.subscribe(() => seen.push(recorder.transcript().exchanges.length))
    await readPieces((await recorder.fetch('/x')).body)
    await recorder.settled()
    expect(seen.length).toBeGreaterThanOrEqual(3)
    const before = recorder.transcript()
    recorder.clear()
    expect(recorder.transcript().exchanges).toEqual([])
    expect(before.exchanges).toHaveLength(1)
    unsubscribe()
  })

  it('refuses something that is not a transcript', () => {
    expect(() => createReplayFetch({ exchanges: [] } as unknown as RecordedTranscript)).toThrow(/recorded transcript/)
  })
})
