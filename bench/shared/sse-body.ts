/**
 * A large `text/event-stream` body as the service sends it, pre-encoded and cut
 * into network-sized pieces, plus the `data:` payloads alone for the
 * `JSON.parse` baseline. Built before timing starts.
 */
import type { InteractiveFormStreamEvent, ResponseChunk } from '../../src/api/wire-types'
import {
  endOfResponseChunk,
  importantTextChunk,
  sentenceChunk,
  separatorChunk,
  singleSelectChunk,
  textDataChunk,
  textPieceChunk,
} from './chunk-samples'
import { createSeededRandom } from './seeded-random'
import type { SeededRandom } from './seeded-random'

export interface SseBody {
  /** The body, cut into pieces of 16–64 KiB (cuts fall anywhere, also inside a UTF-8 sequence). */
  pieces: Uint8Array[]
  /** Each event's `data:` payload, in order: what `JSON.parse` alone gets. */
  payloads: string[]
  bytes: number
}

export const MIN_PIECE_BYTES = 16 * 1024
export const MAX_PIECE_BYTES = 64 * 1024

/** A streamed reply is mostly word-sized TEXT pieces, with the other chunk types in between. */
function streamedChunk(random: SeededRandom): ResponseChunk {
  const roll = random.next()
  if (roll < 0.55) return textPieceChunk(random)
  if (roll < 0.7) return sentenceChunk(random)
  if (roll < 0.82) return textDataChunk(random)
  if (roll < 0.9) return importantTextChunk(random)
  if (roll < 0.97) return separatorChunk()
  return singleSelectChunk(random)
}

export function buildSseBody(targetBytes: number, seed = 3): SseBody {
  const random = createSeededRandom(seed)
  const encoder = new TextEncoder()
  const payloads: string[] = []
  const frames: string[] = []
  let textLength = 0
  const push = (event: InteractiveFormStreamEvent) => {
    const payload = JSON.stringify(event)
    const frame = `data: ${payload}\n\n`
    payloads.push(payload)
    frames.push(frame)
    // Close enough to the byte count for sizing; the exact size is measured below.
    textLength += frame.length
  }
  push({ responseChunk: textPieceChunk(random), interactiveFormSession: { id: 'bench-session', formId: 'bench-form' } })
  while (textLength < targetBytes) push({ responseChunk: streamedChunk(random) })
  push({ responseChunk: endOfResponseChunk() })
  const whole = encoder.encode(frames.join(''))
  const pieces: Uint8Array[] = []
  for (let offset = 0; offset < whole.length; ) {
    const size = random.integer(MIN_PIECE_BYTES, MAX_PIECE_BYTES)
    // A copy, as each network read delivers its own buffer.
    pieces.push(whole.slice(offset, offset + size))
    offset += size
  }
  return { pieces, payloads, bytes: whole.length }
}

/** The body as a fetch response would expose it: one piece per read. */
export function bodyStream(pieces: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const piece = pieces[next++]
      if (piece === undefined) controller.close()
      else controller.enqueue(piece)
    },
  })
}
