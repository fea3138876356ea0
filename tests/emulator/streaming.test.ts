import { afterEach, describe, expect, it, vi } from 'vitest'
import { SAMPLE_FORM_IDS } from '../../src/emulator'
import { BASE, CLIENT_TIME, post, testEmulator } from './emulator-driver'

const CONTACT = SAMPLE_FORM_IDS.contact

afterEach(() => {
  vi.useRealTimers()
})

describe('streamed timing', () => {
  it('pauses chunkDelayMs between events, not before the first', async () => {
    vi.useFakeTimers()
    const emulator = testEmulator({ chunkDelayMs: 30 })
    const response = await post(emulator, `${BASE}/create-streamed`, { formId: CONTACT, clientTime: CLIENT_TIME })
    const reader = response.body!.getReader()
    const first = await reader.read()
    expect(first.done).toBe(false)
    let second: ReadableStreamReadResult<Uint8Array> | undefined
    const next = reader.read().then((result) => {
      second = result
    })
    await vi.advanceTimersByTimeAsync(29)
    expect(second).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    await next
    expect(second?.done).toBe(false)
    await reader.cancel()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('waits latencyMs before answering, and an abort during the wait rejects at once', async () => {
    vi.useFakeTimers()
    const emulator = testEmulator({ latencyMs: 500 })
    let answered = false
    const pending = post(emulator, BASE, { formId: CONTACT }).then((response) => {
      answered = true
      return response
    })
    await vi.advanceTimersByTimeAsync(499)
    expect(answered).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect((await pending).status).toBe(200)

    const controller = new AbortController()
    const aborted = post(emulator, BASE, { formId: CONTACT }, {}, controller.signal).catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(100)
    controller.abort()
    expect(((await aborted) as Error).name).toBe('AbortError')
    expect(vi.getTimerCount()).toBe(0)
    // Nothing was created by the aborted request.
    expect(emulator.sessions()).toHaveLength(1)
  })

  it('stops the stream when the request is aborted mid-way, with no timer left', async () => {
    vi.useFakeTimers()
    const emulator = testEmulator({ chunkDelayMs: 1_000 })
    const controller = new AbortController()
    const response = await post(emulator, `${BASE}/create-streamed`, { formId: CONTACT }, {}, controller.signal)
    const reader = response.body!.getReader()
    await reader.read()
    const pendingRead = reader.read().catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(10)
    controller.abort()
    expect(((await pendingRead) as Error).name).toBe('AbortError')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('refuses at once a request whose signal is already aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    const failure = await post(testEmulator(), BASE, { formId: CONTACT }, {}, controller.signal).catch((error: unknown) => error)
    expect((failure as Error).name).toBe('AbortError')
  })
})
