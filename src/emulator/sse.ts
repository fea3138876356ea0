/**
 * Server-sent events for the streamed methods: one `data:` line of JSON per
 * event, a pause of `chunkDelayMs` between events, and a body that stops as
 * soon as the request is aborted or the reader cancels.
 */
import type { InteractiveFormSession, InteractiveFormStreamEvent, ResponseChunk } from '../api/wire-types'
import { abortReason, delay } from './delay'

export const EVENT_STREAM_CONTENT_TYPE = 'text/event-stream; charset=utf-8'

/** One SSE frame carrying `data` as JSON. */
export function sseFrame(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`
}

/** The events of a streamed reply; the session rides on the first only. */
export function streamEvents(chunks: readonly ResponseChunk[], session: InteractiveFormSession): InteractiveFormStreamEvent[] {
  return chunks.map((responseChunk, index) => (index === 0 ? { responseChunk, interactiveFormSession: session } : { responseChunk }))
}

/**
 * Splits each `TEXT` chunk into pieces of a few words, as a model streams
 * tokens; the pieces concatenate to exactly the original text.
 */
export function splitTextChunks(chunks: readonly ResponseChunk[], wordsPerPiece = 3): ResponseChunk[] {
  const result: ResponseChunk[] = []
  for (const chunk of chunks) {
    if (chunk.chunkType !== 'TEXT' || !('textDetails' in chunk)) {
      result.push(chunk)
      continue
    }
    const { text, style } = chunk.textDetails as { text: string; style?: 'NORMAL' | 'BOLD' }
    const words = text.match(/\s*\S+\s*/g) ?? [text]
    for (let index = 0; index < words.length; index += wordsPerPiece) {
      const piece = words.slice(index, index + wordsPerPiece).join('')
      result.push({ chunkType: 'TEXT', textDetails: style ? { text: piece, style } : { text: piece } })
    }
  }
  return result
}

export interface FrameStreamOptions {
  /** Pause between two frames (none before the first). */
  delayMs: number
  /** The request's signal: aborting it stops the stream with the abort reason. */
  signal?: AbortSignal | undefined
}

/** A byte stream writing `frames` one by one, pulled by the reader, with no timer left once it ends, errors or is cancelled. */
export function frameStream(frames: readonly string[], options: FrameStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const stop = new AbortController()
  let index = 0
  let finished = false
  let onRequestAbort: (() => void) | undefined
  const cleanup = () => {
    finished = true
    if (onRequestAbort) options.signal?.removeEventListener('abort', onRequestAbort)
  }
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (!options.signal) return
        onRequestAbort = () => {
          if (finished) return
          const reason = abortReason(options.signal)
          cleanup()
          stop.abort(reason)
          try {
            controller.error(reason)
          } catch {
            // Already closed.
          }
        }
        if (options.signal.aborted) onRequestAbort()
        else options.signal.addEventListener('abort', onRequestAbort, { once: true })
      },
      async pull(controller) {
        if (finished) return
        if (index > 0) {
          try {
            await delay(options.delayMs, stop.signal)
          } catch {
            // Aborted or cancelled: the abort handler or cancel() already settled the stream.
            return
          }
        }
        if (finished) return
        const frame = frames[index]
        index += 1
        if (frame !== undefined) controller.enqueue(encoder.encode(frame))
        if (index >= frames.length) {
          cleanup()
          controller.close()
        }
      },
      cancel() {
        cleanup()
        stop.abort()
      },
    },
    { highWaterMark: 0 },
  )
}
