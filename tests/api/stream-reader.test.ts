import { describe, expect, it, vi } from 'vitest'
import { InteractiveFormError } from '../../src/api/errors'
import { readInteractiveFormStream, streamFormatFromContentType } from '../../src/api/stream-reader'
import { collect, greetingEvents, ndjsonText, networkBody, sseText, utf8 } from './stream-fixtures'

const read = (parts: ReadonlyArray<string | Uint8Array>, options?: Parameters<typeof readInteractiveFormStream>[1]) =>
  collect(readInteractiveFormStream(networkBody(parts).body, options))

function splitAt(bytes: Uint8Array, offset: number): Uint8Array[] {
  return [bytes.slice(0, offset), bytes.slice(offset)]
}

describe('readInteractiveFormStream: framing', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('yields the same events whichever byte the network splits a %s body at', async (_name, newline) => {
    const bytes = utf8(sseText(greetingEvents, newline))
    // The body has multi-byte characters (ü, 👋, ש, 東) and, for CRLF, \r\n pairs to split inside.
    expect(bytes.length).toBeGreaterThan(new TextDecoder().decode(bytes).length)
    for (let offset = 0; offset <= bytes.length; offset++) {
      const { events, error } = await read(splitAt(bytes, offset))
      if (error !== undefined || events.length !== greetingEvents.length) {
        throw new Error(`split at byte ${offset} gave ${events.length} events, error ${String(error)}`)
      }
      expect(events).toEqual(greetingEvents)
    }
  })

  it('decodes text split one byte per network read', async () => {
    const bytes = utf8(sseText(greetingEvents, '\r\n'))
    const parts = Array.from(bytes, (byte) => Uint8Array.of(byte))
    const { events, error } = await read(parts)
    expect(error).toBeUndefined()
    expect(events).toEqual(greetingEvents)
  })

  it('skips comments and keep-alive pings between and inside events', async () => {
    const [first, second, , , end] = greetingEvents
    const text = `: ping\n\ndata: ${JSON.stringify(first)}\n: a comment inside an event\n\n:keep-alive\n\ndata: ${JSON.stringify(second)}\n\ndata: ${JSON.stringify(end)}\n\n`
    const { events, error } = await read([text])
    expect(error).toBeUndefined()
    expect(events).toEqual([first, second, end])
  })

  it('joins a multi-line data field into one JSON event', async () => {
    const pretty = JSON.stringify(greetingEvents[2], null, 2).split('\n')
    const end = greetingEvents[4]
    const text = `${pretty.map((line) => `data: ${line}`).join('\n')}\n\nevent: message\nid: 7\ndata: ${JSON.stringify(end)}\n\n`
    const { events, error } = await read([text])
    expect(error).toBeUndefined()
    expect(events).toEqual([greetingEvents[2], end])
  })

  it('accepts a last event whose blank line never came', async () => {
    const text = sseText(greetingEvents).replace(/\n\n$/, '')
    const { events, error } = await read([text])
    expect(error).toBeUndefined()
    expect(events).toEqual(greetingEvents)
  })

  it('reads newline-delimited JSON, detected from the first character', async () => {
    const bytes = utf8(`\n  ${ndjsonText(greetingEvents)}`)
    for (let offset = 0; offset <= bytes.length; offset += 7) {
      const { events, error } = await read(splitAt(bytes, offset))
      expect(error).toBeUndefined()
      expect(events).toEqual(greetingEvents)
    }
  })

  it('unwraps {result: …} events', async () => {
    const wrapped = greetingEvents.map((event) => ({ result: event }))
    expect((await read([ndjsonText(wrapped)])).events).toEqual(greetingEvents)
    expect((await read([sseText(wrapped)])).events).toEqual(greetingEvents)
  })

  it('expands a whole standard reply sent down the streamed route', async () => {
    const reply = { interactiveFormSession: greetingEvents[0]?.interactiveFormSession, responseChunks: greetingEvents.map((event) => event.responseChunk) }
    const { events, error } = await read([JSON.stringify(reply)])
    expect(error).toBeUndefined()
    expect(events).toEqual(greetingEvents)
  })

  it('drops a byte-order mark at the start of the body', async () => {
    const { events, error } = await read([Uint8Array.of(0xef, 0xbb), Uint8Array.of(0xbf), sseText(greetingEvents)])
    expect(error).toBeUndefined()
    expect(events).toEqual(greetingEvents)
  })

  it('ignores a [DONE] sentinel', async () => {
    const { events, error } = await read([`${sseText(greetingEvents.slice(0, 4))}data: [DONE]\n\n${sseText(greetingEvents.slice(4))}`])
    expect(error).toBeUndefined()
    expect(events).toEqual(greetingEvents)
  })

  it('lets the content type choose the framing', () => {
    expect(streamFormatFromContentType('text/event-stream; charset=utf-8')).toBe('sse')
    expect(streamFormatFromContentType('application/x-ndjson')).toBe('ndjson')
    expect(streamFormatFromContentType('application/json')).toBeUndefined()
    expect(streamFormatFromContentType(null)).toBeUndefined()
  })
})

describe('readInteractiveFormStream: failures', () => {
  it('yields what came before an {error} event, then throws protocol with its message and code', async () => {
    const error = { error: { message: 'Form not found', details: { applicationError: { code: 'NOT_FOUND', description: 'no form' } } } }
    const { events, error: thrown } = await read([sseText([greetingEvents[0], error, greetingEvents[4]])])
    expect(events).toEqual([greetingEvents[0]])
    expect(thrown).toBeInstanceOf(InteractiveFormError)
    expect(thrown).toMatchObject({ kind: 'protocol', message: 'Form not found', code: 'NOT_FOUND' })
  })

  it('treats an SSE event named error as a failure too', async () => {
    const { error } = await read([`event: error\ndata: {"message":"quota used up","code":"RESOURCE_EXHAUSTED"}\n\n`])
    expect(error).toMatchObject({ kind: 'protocol', message: 'quota used up', code: 'RESOURCE_EXHAUSTED' })
  })

  it('skips a malformed frame, reports it, and keeps the conversation going', async () => {
    const onMalformed = vi.fn()
    const text = `${sseText(greetingEvents.slice(0, 2))}data: {"responseChunk": oops\n\ndata: {"somethingElse": 1}\n\n${sseText(greetingEvents.slice(2))}`
    const { events, error } = await read([text], { onMalformed })
    expect(error).toBeUndefined()
    expect(events).toEqual(greetingEvents)
    expect(onMalformed).toHaveBeenCalledTimes(2)
    const [[notJson], [noChunk]] = onMalformed.mock.calls as [[InteractiveFormError], [InteractiveFormError]]
    expect(notJson).toMatchObject({ kind: 'protocol', details: { frame: '{"responseChunk": oops' } })
    expect(noChunk.kind).toBe('protocol')
    expect(noChunk.message).toMatch(/no responseChunk/)
  })

  it('yields every chunk of a stream cut short, then throws interrupted', async () => {
    const cut = sseText(greetingEvents.slice(0, 3)) + 'data: {"responseChunk": {"chunkTy'
    const onMalformed = vi.fn()
    const { events, error } = await read([cut], { onMalformed })
    expect(events).toEqual(greetingEvents.slice(0, 3))
    expect(error).toMatchObject({ kind: 'interrupted', retryable: true })
    // The torn tail is the interruption itself, not a separate malformed frame.
    expect(onMalformed).not.toHaveBeenCalled()
  })

  it('turns a connection reset mid-stream into interrupted after the events that arrived', async () => {
    const control = networkBody([sseText(greetingEvents.slice(0, 2))], { end: 'error' })
    const { events, error } = await collect(readInteractiveFormStream(control.body))
    expect(events).toEqual(greetingEvents.slice(0, 2))
    expect(error).toMatchObject({ kind: 'interrupted' })
  })

  it('an empty body is interrupted', async () => {
    const { events, error } = await read([])
    expect(events).toEqual([])
    expect(error).toMatchObject({ kind: 'interrupted' })
  })
})

describe('readInteractiveFormStream: lifetime', () => {
  it('stops at END_OF_RESPONSE and cancels a body the server leaves open', async () => {
    const afterEnd = { responseChunk: { chunkType: 'TEXT', textDetails: { text: 'late' } } }
    const control = networkBody([sseText(greetingEvents), sseText([afterEnd])], { end: 'stall' })
    const { events, error } = await collect(readInteractiveFormStream(control.body))
    expect(error).toBeUndefined()
    expect(events).toEqual(greetingEvents)
    await control.cancelled
  })

  it('breaking out of for await cancels the body', async () => {
    const control = networkBody([sseText(greetingEvents.slice(0, 2)), sseText(greetingEvents.slice(2))], { end: 'stall' })
    const seen = []
    for await (const event of readInteractiveFormStream(control.body)) {
      seen.push(event)
      break
    }
    expect(seen).toEqual([greetingEvents[0]])
    await control.cancelled
    expect(control.wasCancelled()).toBe(true)
  })

  it('the caller signal aborts a read that is waiting, and cancels the body', async () => {
    const controller = new AbortController()
    const control = networkBody([sseText(greetingEvents.slice(0, 1))], { end: 'stall' })
    const events: unknown[] = []
    const done = (async () => {
      for await (const event of readInteractiveFormStream(control.body, { signal: controller.signal })) {
        events.push(event)
        controller.abort()
      }
    })()
    await expect(done).rejects.toMatchObject({ kind: 'aborted', retryable: false })
    expect(events).toHaveLength(1)
    await control.cancelled
  })

  it('an idle timeout fires on silence, not on the length of a healthy stream', async () => {
    const parts = greetingEvents.map((event) => sseText([event]))
    const slowButSteady = networkBody(parts, { gapMs: 40 })
    const healthy = await collect(readInteractiveFormStream(slowButSteady.body, { idleTimeoutMs: 150 }))
    expect(healthy.error).toBeUndefined()
    expect(healthy.events).toEqual(greetingEvents)

    const silent = networkBody(parts.slice(0, 2), { end: 'stall' })
    const stalled = await collect(readInteractiveFormStream(silent.body, { idleTimeoutMs: 60 }))
    expect(stalled.events).toEqual(greetingEvents.slice(0, 2))
    expect(stalled.error).toMatchObject({ kind: 'timeout', message: 'no answer within 60 ms' })
    await silent.cancelled
  })
})
