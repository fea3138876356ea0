/** Recorded-style bodies and helpers shared by the API tests. */
import type { InteractiveFormResponse, InteractiveFormStreamEvent } from '../../src/api/wire-types'

export const session = { id: 'a1b2c3d4-0000-4000-8000-000000000001', formId: 'f0f0f0f0-0000-4000-8000-0000000000aa' }

/** A greeting turn as the service streams it: session in the first event only. */
export const greetingEvents: InteractiveFormStreamEvent[] = [
  { responseChunk: { chunkType: 'TEXT', textDetails: { text: 'Grüße 👋 שלום! ', style: 'NORMAL' } }, interactiveFormSession: session },
  { responseChunk: { chunkType: 'TEXT', textDetails: { text: 'What is your first name?', style: 'BOLD' } } },
  {
    responseChunk: {
      chunkType: 'TEXT_DATA',
      textDataDetails: { fieldTarget: 'city', text: 'City: Zürich — 東京', value: 'Zürich', displayValue: 'Zürich 🇨🇭' },
    },
  },
  {
    responseChunk: {
      chunkType: 'SINGLE_SELECT_INPUT',
      singleSelectInputDetails: { fieldTarget: 'size', options: [{ value: 's', label: 'Small' }, { value: 'l', label: 'Large' }] },
    },
  },
  { responseChunk: { chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: true } } },
]

export const greetingResponse: InteractiveFormResponse = {
  interactiveFormSession: session,
  responseChunks: greetingEvents.map((event) => event.responseChunk),
}

/** SSE framing of the events, one `data:` line each, with the given line break. */
export function sseText(events: readonly unknown[], newline = '\n'): string {
  return events.map((event) => `data: ${JSON.stringify(event)}${newline}${newline}`).join('')
}

export function ndjsonText(events: readonly unknown[]): string {
  return events.map((event) => `${JSON.stringify(event)}\n`).join('')
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

export interface BodyControl {
  body: ReadableStream<Uint8Array>
  /** Resolves with the reason when the reader cancels the body. */
  cancelled: Promise<unknown>
  wasCancelled: () => boolean
}

/**
 * A network body delivering `parts` one read at a time, each after `gapMs`.
 * `end: 'close'` closes it, `'stall'` leaves it open forever, `'error'` breaks the connection.
 */
export function networkBody(parts: ReadonlyArray<string | Uint8Array>, options: { gapMs?: number; end?: 'close' | 'stall' | 'error' } = {}): BodyControl {
  const { gapMs = 0, end = 'close' } = options
  let index = 0
  let cancelled = false
  let markCancelled: (reason: unknown) => void = () => {}
  const cancelledPromise = new Promise<unknown>((resolve) => {
    markCancelled = resolve
  })
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs))
      if (cancelled) return
      const part = parts[index++]
      if (part !== undefined) {
        controller.enqueue(typeof part === 'string' ? utf8(part) : part)
        return
      }
      if (end === 'close') controller.close()
      else if (end === 'error') controller.error(new TypeError('network error: connection reset'))
      else await new Promise(() => {})
    },
    cancel(reason) {
      cancelled = true
      markCancelled(reason)
    },
  }, { highWaterMark: 0 })
  return { body, cancelled: cancelledPromise, wasCancelled: () => cancelled }
}

/** Runs an async iterable to its end, keeping what it yielded and how it ended. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<{ events: T[]; error: unknown }> {
  const events: T[] = []
  try {
    for await (const event of iterable) events.push(event)
    return { events, error: undefined }
  } catch (error) {
    return { events, error }
  }
}
