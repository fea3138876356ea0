// @vitest-environment node
/**
 * The stream reader against arbitrary network behaviour: a body cut into
 * pieces at any byte positions (inside multi-byte characters, inside
 * `\r\n`, inside `data:`), with garbage frames between the real ones. Every
 * well-formed event must come out, in order, and the only thing the reader
 * may ever throw is an `InteractiveFormError`.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InteractiveFormError } from '../../src/api/errors'
import { readInteractiveFormStream } from '../../src/api/stream-reader'
import type { StreamFormat } from '../../src/api/stream-reader'
import type { InteractiveFormStreamEvent, ResponseChunk } from '../../src/api/wire-types'

const runs = process.env.CI ? 10_000 : 1_000
const encoder = new TextEncoder()

// --- well-formed events ------------------------------------------------------

/**
 * Characters of every UTF-8 length (1–4 bytes, astral included) and the ones
 * JSON or SSE treat specially, so cuts land inside multi-byte sequences and
 * escapes. A fixed alphabet is far cheaper to generate than arbitrary code
 * points, which keeps 10,000 runs inside the CI budget.
 */
const character = fc.constantFrom('a', 'Z', '7', ' ', '"', '\\', '/', ':', '{', '}', '\n', '\r', '\t', '\u0000', 'é', 'ß', '€', '中', '\u2028', '\uFEFF', '😀', '𝄞', '\uD800')
const anyText = fc.string({ unit: character, maxLength: 16 })
const target = fc.constantFrom('email', 'name', 'guests')

const chunk: fc.Arbitrary<ResponseChunk> = fc.oneof(
  fc.record({ chunkType: fc.constant('TEXT' as const), textDetails: fc.record({ text: anyText, style: fc.constantFrom('NORMAL' as const, 'BOLD' as const) }) }),
  fc.record({
    chunkType: fc.constant('TEXT_DATA' as const),
    textDataDetails: fc.record({ fieldTarget: target, text: anyText, value: fc.oneof(anyText, fc.integer(), fc.boolean(), fc.constant(null)), displayValue: anyText }),
  }),
  fc.record({
    chunkType: fc.constant('SINGLE_SELECT_INPUT' as const),
    singleSelectInputDetails: fc.record({ fieldTarget: target, options: fc.array(fc.record({ value: anyText, label: anyText }), { minLength: 1, maxLength: 3 }) }),
  }),
  fc.record({ chunkType: fc.constant('ERROR' as const), errorDetails: fc.record({ messageText: anyText }) }),
  fc.record({ chunkType: fc.constant('DEBUG' as const), debugDetails: fc.record({ data: fc.dictionary(anyText, anyText, { maxKeys: 3 }) }) }),
  fc.record({ chunkType: fc.constant('FUTURE_WIDGET'), futureWidgetDetails: fc.dictionary(anyText, anyText, { maxKeys: 2 }) }),
)

const session = { id: 'a1b2c3d4-0000-4000-8000-000000000001', formId: 'f0f0f0f0-0000-4000-8000-0000000000aa' }
const endOfResponse: InteractiveFormStreamEvent = { responseChunk: { chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: true } } }

// --- SSE framing ---------------------------------------------------------------

const newline = fc.constantFrom('\n', '\r\n', '\r')

/** How a well-formed event is written: one `data:` line, or pretty JSON over several `data:` lines, with optional extra fields. */
interface SseStyle {
  multiline: boolean
  space: boolean
  eventName: boolean
  id: boolean
  innerComment: boolean
  newline: string
}

const sseStyle: fc.Arbitrary<SseStyle> = fc.record({
  multiline: fc.boolean(),
  space: fc.boolean(),
  eventName: fc.boolean(),
  id: fc.boolean(),
  innerComment: fc.boolean(),
  newline,
})

function sseFrame(event: InteractiveFormStreamEvent, style: SseStyle): string {
  const nl = style.newline
  const json = style.multiline ? JSON.stringify(event, null, 1) : JSON.stringify(event)
  const prefix = style.space ? 'data: ' : 'data:'
  const lines = json.split('\n').map((line) => prefix + line)
  if (style.innerComment) lines.splice(1, 0, ': keep-alive inside the event')
  if (style.eventName) lines.unshift('event: message')
  if (style.id) lines.push('id: 42')
  return lines.join(nl) + nl + nl
}

/** Text on one line (no CR, LF). */
const lineText = fc.string({ unit: character, maxLength: 32 }).map((text) => text.replace(/[\r\n]/g, ' '))

/** Not a JSON object: an object might be a real `{responseChunk}`, `{result}` or `{error}` event. */
function isNotJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value !== 'object' || value === null || Array.isArray(value)
  } catch {
    return true
  }
}

/** Bytes that are no event: any values (invalid UTF-8 too), never a line spelling the `error` event. */
const randomBytesFrame = fc
  .uint8Array({ maxLength: 48 })
  .filter((bytes) => !/event\s*:\s*error/i.test(new TextDecoder().decode(bytes)))
  .filter((bytes) => isNotJsonObject(new TextDecoder().decode(bytes).replace(/^data:\s?/gm, '')))

type Garbage = { kind: 'comment'; text: string } | { kind: 'data'; text: string } | { kind: 'bytes'; bytes: Uint8Array } | { kind: 'blank' }

const sseGarbage: fc.Arbitrary<Garbage> = fc.oneof(
  lineText.map((text) => ({ kind: 'comment' as const, text })),
  lineText.filter(isNotJsonObject).map((text) => ({ kind: 'data' as const, text })),
  randomBytesFrame.map((bytes) => ({ kind: 'bytes' as const, bytes })),
  fc.constant({ kind: 'blank' as const }),
)

function sseGarbageBytes(garbage: Garbage, nl: string): Uint8Array {
  switch (garbage.kind) {
    case 'comment':
      return encoder.encode(`:${garbage.text}${nl}${nl}`)
    case 'data':
      return encoder.encode(`data: ${garbage.text}${nl}${nl}`)
    case 'blank':
      return encoder.encode(nl)
    case 'bytes': {
      // Ends the garbage with LF LF: whatever the bytes left open (a partial line, a partial UTF-8 sequence) is dispatched and done.
      const tail = encoder.encode('\n\n')
      const frame = new Uint8Array(garbage.bytes.length + tail.length)
      frame.set(garbage.bytes)
      frame.set(tail, garbage.bytes.length)
      return frame
    }
    default:
      return garbage satisfies never
  }
}

// --- NDJSON framing -------------------------------------------------------------

const ndjsonGarbage = lineText.filter(isNotJsonObject)

// --- building bodies --------------------------------------------------------------

interface Body {
  bytes: Uint8Array
  expected: InteractiveFormStreamEvent[]
  ended: boolean
}

const sseBody: fc.Arbitrary<Body> = fc
  .record({
    entries: fc.array(fc.oneof({ weight: 3, arbitrary: fc.record({ chunk, style: sseStyle }) }, { weight: 2, arbitrary: sseGarbage }), { maxLength: 8 }),
    end: fc.option(sseStyle, { nil: undefined }),
    trailing: fc.array(sseGarbage, { maxLength: 2 }),
    trailingEvent: fc.option(fc.record({ chunk, style: sseStyle }), { nil: undefined }),
    garbageNewline: newline,
  })
  .map(({ entries, end, trailing, trailingEvent, garbageNewline }) => {
    const parts: Uint8Array[] = []
    const expected: InteractiveFormStreamEvent[] = []
    for (const entry of entries) {
      if ('chunk' in entry) {
        const event: InteractiveFormStreamEvent = expected.length === 0 ? { responseChunk: entry.chunk, interactiveFormSession: session } : { responseChunk: entry.chunk }
        expected.push(event)
        parts.push(encoder.encode(sseFrame(event, entry.style)))
      } else {
        parts.push(sseGarbageBytes(entry, garbageNewline))
      }
    }
    if (end) {
      expected.push(endOfResponse)
      parts.push(encoder.encode(sseFrame(endOfResponse, end)))
      // Whatever follows END_OF_RESPONSE is ignored, a well-formed event included.
      for (const garbage of trailing) parts.push(sseGarbageBytes(garbage, garbageNewline))
      if (trailingEvent) parts.push(encoder.encode(sseFrame({ responseChunk: trailingEvent.chunk }, trailingEvent.style)))
    }
    return { bytes: concat(parts), expected, ended: end !== undefined }
  })

const ndjsonBody: fc.Arbitrary<Body> = fc
  .record({
    entries: fc.array(fc.oneof({ weight: 3, arbitrary: chunk.map((c) => ({ chunk: c })) }, { weight: 2, arbitrary: ndjsonGarbage }), { maxLength: 8 }),
    ended: fc.boolean(),
    crlf: fc.boolean(),
    lastNewline: fc.boolean(),
  })
  .map(({ entries, ended, crlf, lastNewline }) => {
    const nl = crlf ? '\r\n' : '\n'
    const lines: string[] = []
    const expected: InteractiveFormStreamEvent[] = []
    for (const entry of entries) {
      if (typeof entry === 'string') {
        lines.push(entry)
        continue
      }
      const event: InteractiveFormStreamEvent = expected.length === 0 ? { responseChunk: entry.chunk, interactiveFormSession: session } : { responseChunk: entry.chunk }
      expected.push(event)
      lines.push(JSON.stringify(event))
    }
    if (ended) {
      expected.push(endOfResponse)
      lines.push(JSON.stringify(endOfResponse))
    }
    // The last line may lack its newline: the end of the body ends it.
    const text = lines.join(nl) + (lastNewline ? nl : '')
    return { bytes: encoder.encode(text), expected, ended }
  })

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0)
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const part of parts) {
    bytes.set(part, offset)
    offset += part.length
  }
  return bytes
}

/** Any number of cut points at any byte positions (repeats give empty reads). */
function withCuts(body: fc.Arbitrary<Body>): fc.Arbitrary<{ body: Body; pieces: Uint8Array[] }> {
  return body.chain((value) =>
    fc.array(fc.nat(value.bytes.length), { maxLength: 12 }).map((cuts) => ({ body: value, pieces: cut(value.bytes, cuts) })),
  )
}

function cut(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: Uint8Array[] = []
  let start = 0
  for (const point of points) {
    pieces.push(bytes.slice(start, point))
    start = point
  }
  pieces.push(bytes.slice(start))
  return pieces
}

function bodyOf(pieces: readonly Uint8Array[], end: 'close' | 'error' = 'close'): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece)
      if (end === 'close') controller.close()
      else controller.error(new TypeError('network error'))
    },
  })
}

interface Outcome {
  events: InteractiveFormStreamEvent[]
  error: unknown
  malformed: unknown[]
}

async function readAll(body: ReadableStream<Uint8Array>, format?: StreamFormat): Promise<Outcome> {
  const events: InteractiveFormStreamEvent[] = []
  const malformed: unknown[] = []
  let error: unknown
  try {
    for await (const event of readInteractiveFormStream(body, { format, onMalformed: (problem) => malformed.push(problem) })) events.push(event)
  } catch (caught) {
    error = caught
  }
  return { events, error, malformed }
}

function expectOutcome(outcome: Outcome, body: Body): void {
  expectSame(outcome.events, body.expected)
  for (const problem of outcome.malformed) expectKind(problem, 'protocol')
  if (body.ended) expect(outcome.error).toBeUndefined()
  else expectKind(outcome.error, 'interrupted')
}

/** Deep equality; the cheap string check first keeps 10,000 runs fast, `toEqual` explains a mismatch. */
function expectSame(actual: readonly InteractiveFormStreamEvent[], expected: readonly InteractiveFormStreamEvent[]): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toEqual(expected)
}

function expectKind(error: unknown, kind: InteractiveFormError['kind']): void {
  expect(error).toBeInstanceOf(InteractiveFormError)
  expect((error as InteractiveFormError).kind).toBe(kind)
}

describe('stream reader properties', { timeout: 60_000 }, () => {
  it('SSE: any cuts, interleaved garbage and a break at any point lose no well-formed event and keep their order', async () => {
    await fc.assert(
      fc.asyncProperty(withCuts(sseBody), fc.boolean(), fc.option(fc.nat(), { nil: undefined }), async ({ body, pieces }, announced, breakAt) => {
        if (breakAt !== undefined) {
          // The connection breaks after any number of pieces: exactly a prefix of the events comes out, then `interrupted` unless END_OF_RESPONSE made it.
          const outcome = await readAll(bodyOf(pieces.slice(0, breakAt % (pieces.length + 1)), 'error'), 'sse')
          expectSame(outcome.events, body.expected.slice(0, outcome.events.length))
          if (outcome.events.at(-1)?.responseChunk.chunkType === 'END_OF_RESPONSE') expect(outcome.error).toBeUndefined()
          else expectKind(outcome.error, 'interrupted')
          return
        }
        // Announced as SSE by the content type, or detected from the first bytes (garbage may come first).
        // A body whose first non-space character is `{` is detected as NDJSON: a different framing, covered below.
        if (!announced && firstNonSpace(body.bytes) === '{') return
        expectOutcome(await readAll(bodyOf(pieces), announced ? 'sse' : undefined), body)
      }),
      { numRuns: runs },
    )
  })

  it('NDJSON: any cuts and garbage lines lose no well-formed event and keep their order', async () => {
    await fc.assert(
      fc.asyncProperty(withCuts(ndjsonBody), async ({ body, pieces }) => {
        expectOutcome(await readAll(bodyOf(pieces), 'ndjson'), body)
      }),
      { numRuns: runs },
    )
  })

  it('arbitrary bytes, cut anywhere, never make the reader throw anything but an InteractiveFormError', async () => {
    const anyBytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      // Bytes that look like the protocol, so the parser goes deeper than the first line.
      fc
        .array(
          fc.oneof(
            fc.constantFrom('data: ', 'data:', 'event: error\n', 'event: message\n', ': c\n', '\n', '\r\n', '\r', '{', '}', '"responseChunk"', ':', '"chunkType"', '"END_OF_RESPONSE"', '"error"', '"result"', '[DONE]', 'null', '\u{1F600}'),
            fc.string({ unit: character, maxLength: 6 }),
          ),
          { maxLength: 40 },
        )
        .map((parts) => encoder.encode(parts.join(''))),
    )
    await fc.assert(
      fc.asyncProperty(
        anyBytes.chain((bytes) => fc.tuple(fc.constant(bytes), fc.array(fc.nat(bytes.length), { maxLength: 8 }))),
        fc.constantFrom<StreamFormat | undefined>('sse', 'ndjson', undefined),
        fc.constantFrom<'close' | 'error'>('close', 'error'),
        async ([bytes, cuts], format, end) => {
          const outcome = await readAll(bodyOf(cut(bytes, cuts), end), format)
          if (outcome.error !== undefined) expect(outcome.error).toBeInstanceOf(InteractiveFormError)
          for (const problem of outcome.malformed) expect(problem).toBeInstanceOf(InteractiveFormError)
          for (const event of outcome.events) expect(typeof event.responseChunk.chunkType).toBe('string')
        },
      ),
      { numRuns: runs },
    )
  })
})

function firstNonSpace(bytes: Uint8Array): string | undefined {
  return /\S/.exec(new TextDecoder().decode(bytes))?.[0]
}
