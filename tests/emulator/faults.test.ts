import { afterEach, describe, expect, it, vi } from 'vitest'
import { FAULT_NAMES, SAMPLE_FORM_IDS, isEmulatedNetworkError, type FaultRequestInfo } from '../../src/emulator'
import type { InteractiveFormResponse, WixErrorBody } from '../../src/api/wire-types'
import { BASE, create, ofType, post, readEvents, send, testEmulator } from './emulator-driver'

const CONTACT = SAMPLE_FORM_IDS.contact

async function started(options: Parameters<typeof testEmulator>[0] = {}) {
  const emulator = testEmulator(options)
  const { interactiveFormSession } = await create(emulator, CONTACT)
  return { emulator, id: interactiveFormSession.id, sendUrl: `${BASE}/${interactiveFormSession.id}/send-user-message` }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('HTTP faults', () => {
  it.each([
    ['http-500', 500, 'INTERNAL'],
    ['http-503', 503, 'UNAVAILABLE'],
    ['rate-limit', 429, 'RESOURCE_EXHAUSTED'],
  ])('%s answers %i with a Wix error body and does not process the message', async (fault, status, code) => {
    const { emulator, id, sendUrl } = await started()
    const response = await post(emulator, sendUrl, { input: 'Ann' }, { 'x-emulator-fault': fault })
    expect(response.status).toBe(status)
    expect(((await response.json()) as WixErrorBody).details?.applicationError?.code).toBe(code)
    expect(emulator.getSession(id)?.values).toEqual({})
    // The same message again goes through.
    expect((await send(emulator, id, 'Ann')).responseChunks[0]?.chunkType).toBe('TEXT_DATA')
  })

  it('rate-limit says when to retry', async () => {
    const { emulator, sendUrl } = await started()
    const response = await post(emulator, sendUrl, { input: 'Ann' }, { 'x-emulator-fault': 'rate-limit' })
    expect(response.headers.get('retry-after')).toBe('2')
    expect(response.headers.get('access-control-expose-headers')).toContain('retry-after')
  })

  it('network rejects with a TypeError, as fetch does offline', async () => {
    const { emulator, sendUrl } = await started()
    const failure = await post(emulator, sendUrl, { input: 'Ann' }, { 'x-emulator-fault': 'network' }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(TypeError)
    expect(isEmulatedNetworkError(failure)).toBe(true)
  })

  it('refuses an unknown fault name, listing the known ones', async () => {
    const { emulator, sendUrl } = await started()
    const response = await post(emulator, sendUrl, { input: 'Ann' }, { 'x-emulator-fault': 'gremlins' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('rate-limit')
  })

  it('applies a header fault to the form schema endpoint too', async () => {
    const emulator = testEmulator()
    const response = await emulator.fetch(`http://emulator.test/form-schema-service/v4/forms/${CONTACT}`, { headers: { 'x-emulator-fault': 'http-503' } })
    expect(response.status).toBe(503)
  })
})

describe('slow', () => {
  it('waits faultDelayMs, then answers normally', async () => {
    vi.useFakeTimers()
    const { emulator, sendUrl } = await started({ faultDelayMs: 20_000 })
    let settled = false
    const pending = post(emulator, sendUrl, { input: 'Ann' }, { 'x-emulator-fault': 'slow' }).then((response) => {
      settled = true
      return response
    })
    await vi.advanceTimersByTimeAsync(19_000)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1_000)
    expect((await pending).status).toBe(200)
  })

  it('stops waiting when the request is aborted and leaves no timer behind', async () => {
    vi.useFakeTimers()
    const { emulator, id, sendUrl } = await started()
    const controller = new AbortController()
    const pending = post(emulator, sendUrl, { input: 'Ann' }, { 'x-emulator-fault': 'slow' }, controller.signal).catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(100)
    expect(vi.getTimerCount()).toBe(1)
    controller.abort()
    expect(((await pending) as Error).name).toBe('AbortError')
    expect(vi.getTimerCount()).toBe(0)
    expect(emulator.getSession(id)?.values).toEqual({})
  })
})

describe('stream faults', () => {
  async function streamed(fault: string | undefined) {
    const { emulator, id } = await started()
    const response = await post(emulator, `${BASE}/${id}/send-user-message-streamed`, { input: 'Ann' }, fault ? { 'x-emulator-fault': fault } : {})
    expect(response.status).toBe(200)
    return { emulator, id, ...(await readEvents(response)) }
  }

  it('cut-stream stops after two events without END_OF_RESPONSE', async () => {
    const { events } = await streamed('cut-stream')
    expect(events).toHaveLength(2)
    expect(events.some((event) => event.responseChunk.chunkType === 'END_OF_RESPONSE')).toBe(false)
  })

  it('malformed-frame adds one frame that is not JSON, then the whole reply', async () => {
    const { events, malformed } = await streamed('malformed-frame')
    const clean = await streamed(undefined)
    expect(malformed).toHaveLength(1)
    expect(events).toEqual(clean.events.map((event, index) => (index === 0 ? { ...event, interactiveFormSession: events[0]?.interactiveFormSession } : event)))
    expect(events.at(-1)?.responseChunk).toEqual({ chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: true } })
  })

  it('unknown-chunk adds a FUTURE_WIDGET chunk and keeps the rest', async () => {
    const { events, emulator, id } = await streamed('unknown-chunk')
    const chunks = events.map((event) => event.responseChunk)
    expect(chunks[1]?.chunkType).toBe('FUTURE_WIDGET')
    expect(ofType(chunks, 'TEXT_DATA')[0]?.textDataDetails.value).toBe('Ann')
    expect(emulator.getSession(id)?.values.firstName).toBe('Ann')
  })

  it('end-failure ends with END_OF_RESPONSE success false', async () => {
    const { events } = await streamed('end-failure')
    expect(events.at(-1)?.responseChunk).toEqual({ chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: false } })
  })

  it('error-chunk answers with an ERROR chunk and does not process the message', async () => {
    const { events, emulator, id } = await streamed('error-chunk')
    expect(events.map((event) => event.responseChunk.chunkType)).toEqual(['ERROR', 'END_OF_RESPONSE'])
    expect(emulator.getSession(id)?.values).toEqual({})
  })

  it('bends standard replies too: a cut or malformed JSON body, extra and failing chunks', async () => {
    const { emulator, sendUrl } = await started()
    const cut = await post(emulator, sendUrl, { input: 'Ann' }, { 'x-emulator-fault': 'cut-stream' })
    await expect(cut.json()).rejects.toThrow()
    const malformed = await post(emulator, sendUrl, { input: 'Ann' }, { 'x-emulator-fault': 'malformed-frame' })
    await expect(malformed.json()).rejects.toThrow()
    const failing = (await (await post(emulator, sendUrl, { input: 'Lee' }, { 'x-emulator-fault': 'end-failure' })).json()) as InteractiveFormResponse
    expect(failing.responseChunks.at(-1)).toEqual({ chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: false } })
  })
})

describe('per-emulator faults', () => {
  it('consumes a queue of {fault, times} on session requests only', async () => {
    const { emulator, sendUrl } = await started({ faults: [] })
    emulator.queueFault('http-503', 2)
    emulator.queueFault('end-failure')
    expect((await emulator.fetch(`http://emulator.test/form-schema-service/v4/forms/${CONTACT}`)).status).toBe(200)
    expect((await post(emulator, sendUrl, { input: 'Ann' })).status).toBe(503)
    expect((await post(emulator, sendUrl, { input: 'Ann' })).status).toBe(503)
    const third = (await (await post(emulator, sendUrl, { input: 'Ann' })).json()) as InteractiveFormResponse
    expect(third.responseChunks.at(-1)).toMatchObject({ endOfResponseDetails: { success: false } })
    expect((await post(emulator, sendUrl, { input: 'Lee' })).status).toBe(200)
  })

  it('takes the queue from the options, and a header wins over it', async () => {
    const emulator = testEmulator({ faults: [{ fault: 'http-500' }] })
    const response = await post(emulator, BASE, { formId: CONTACT }, { 'x-emulator-fault': 'rate-limit' })
    expect(response.status).toBe(429)
    expect((await post(emulator, BASE, { formId: CONTACT })).status).toBe(500)
    expect((await post(emulator, BASE, { formId: CONTACT })).status).toBe(200)
  })

  it('asks a selector function with what the request is about', async () => {
    const seen: FaultRequestInfo[] = []
    const emulator = testEmulator({
      faults: (request) => {
        seen.push(request)
        return request.input === 'break please' ? 'http-500' : undefined
      },
    })
    const { interactiveFormSession } = await create(emulator, CONTACT)
    expect((await post(emulator, `${BASE}/${interactiveFormSession.id}/send-user-message-streamed`, { input: 'break please' })).status).toBe(500)
    expect((await post(emulator, `${BASE}/${interactiveFormSession.id}/send-user-message`, { input: 'Ann' })).status).toBe(200)
    expect(seen.map((request) => request.endpoint)).toEqual(['create', 'send-streamed', 'send'])
    expect(seen[0]?.formId).toBe(CONTACT)
    expect(seen[1]).toMatchObject({ sessionId: interactiveFormSession.id, input: 'break please' })
  })

  it('queues faults over HTTP for a server started elsewhere', async () => {
    const emulator = testEmulator()
    const queued = await post(emulator, 'http://emulator.test/_emulator/faults', { fault: 'http-503', times: 1 })
    expect(queued.status).toBe(200)
    expect((await post(emulator, 'http://emulator.test/_emulator/faults', { fault: 'nope' })).status).toBe(400)
    expect((await post(emulator, BASE, { formId: CONTACT })).status).toBe(503)
    expect((await post(emulator, BASE, { formId: CONTACT })).status).toBe(200)
  })

  it('refuses unknown fault names in code too', () => {
    expect(() => testEmulator().queueFault('gremlins' as never)).toThrow(TypeError)
    expect(FAULT_NAMES).toContain('cut-stream')
  })
})
