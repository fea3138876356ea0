/**
 * The stream reader's throughput against `JSON.parse` alone on the same
 * events. Runs unchanged in Node and in Chromium.
 */
import { createParser } from 'eventsource-parser'
import { readInteractiveFormStream } from '../../src/api/stream-reader'
import { bodyStream, buildSseBody } from './sse-body'
import type { SseBody } from './sse-body'
import { median } from './statistics'

export interface ReaderBenchmarkOptions {
  bytes: number
  repeats: number
}

export interface ReaderBenchmarkResult {
  bytes: number
  events: number
  meanEventBytes: number
  pieces: number
  repeats: number
  /** Median MB/s (10^6 bytes of body per second) of `JSON.parse` over the payloads alone. */
  parseMegabytesPerSecond: number
  /**
   * Median MB/s of the reader (decode + SSE + JSON + shape check) over the
   * whole body, read as the hook reads it: `batches()`, the events of each
   * network read at once.
   */
  readerMegabytesPerSecond: number
  /**
   * Median parse time / median reader time: the reader's throughput as a
   * fraction of `JSON.parse`'s. (Medians first: a pass that lost a time slice
   * to another process then moves neither side.)
   */
  ratio: number
  /** parse time / reader time of each repeat, for context. */
  ratios: number[]
  /** The same reader consumed one event per `for await` step (the plain async-iterator use): median MB/s. */
  eachEventMegabytesPerSecond: number
  /** Median parse time / median time of the one-event-per-step read. Context, not gated. */
  eachEventRatio: number
  /**
   * Median MB/s of a minimal pipeline built up stage by stage over the same
   * stream, to show where the reader's time goes: streaming decode only; +
   * eventsource-parser framing; + JSON.parse of each event (no async
   * iteration, no shape check). The reader's own layer is the gap between
   * `framingAndJson` and `readerMegabytesPerSecond`.
   */
  stages: { decode: number; framing: number; framingAndJson: number }
}

function parseAll(payloads: readonly string[]): number {
  let chunks = 0
  for (let index = 0; index < payloads.length; index++) {
    const event = JSON.parse(payloads[index] as string) as { responseChunk?: unknown }
    if (event.responseChunk !== undefined) chunks++
  }
  return chunks
}

type Stage = (body: SseBody) => Promise<number>

/** Reads the stream the way the reader does, handing each decoded piece to `consume`. */
async function pump(body: SseBody, consume: (text: string) => void): Promise<void> {
  const reader = bodyStream(body.pieces).getReader()
  const decoder = new TextDecoder('utf-8')
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    consume(decoder.decode(value, { stream: true }))
  }
  consume(decoder.decode())
}

const decodeOnly: Stage = async (body) => {
  let characters = 0
  await pump(body, (text) => (characters += text.length))
  return characters
}

const framing: Stage = async (body) => {
  let events = 0
  const parser = createParser({ onEvent: () => events++ })
  await pump(body, (text) => parser.feed(text))
  return events
}

const framingAndJson: Stage = async (body) => {
  let events = 0
  const parser = createParser({
    onEvent: (message) => {
      if ((JSON.parse(message.data) as { responseChunk?: unknown }).responseChunk !== undefined) events++
    },
  })
  await pump(body, (text) => parser.feed(text))
  return events
}

/** As the hook reads a stream: the events of one network read at a time. */
async function readAll(body: SseBody): Promise<number> {
  let chunks = 0
  for await (const events of readInteractiveFormStream(bodyStream(body.pieces), { format: 'sse' }).batches()) {
    for (const event of events) if (event.responseChunk !== undefined) chunks++
  }
  return chunks
}

/** The plain async-iterator use: one `for await` step per event. */
async function readEach(body: SseBody): Promise<number> {
  let chunks = 0
  for await (const event of readInteractiveFormStream(bodyStream(body.pieces), { format: 'sse' })) {
    if (event.responseChunk !== undefined) chunks++
  }
  return chunks
}

export async function runReaderBenchmark(options: ReaderBenchmarkOptions): Promise<ReaderBenchmarkResult> {
  const body = buildSseBody(options.bytes)
  const events = body.payloads.length
  // Warm-up: two full passes of each, so everything runs optimised code.
  for (let pass = 0; pass < 2; pass++) {
    if (parseAll(body.payloads) !== events) throw new Error('JSON.parse baseline lost events')
    const warmRead = await readAll(body)
    if (warmRead !== events) throw new Error(`the reader yielded ${warmRead} events, the body has ${events}`)
    const warmEach = await readEach(body)
    if (warmEach !== events) throw new Error(`the reader yielded ${warmEach} events one by one, the body has ${events}`)
  }

  const parseTimes: number[] = []
  const readerTimes: number[] = []
  const eachTimes: number[] = []
  const ratios: number[] = []
  const stageTimes = { decode: [] as number[], framing: [] as number[], framingAndJson: [] as number[] }
  const stages = { decode: decodeOnly, framing, framingAndJson }
  for (let repeat = 0; repeat < options.repeats; repeat++) {
    let start = performance.now()
    const parsed = parseAll(body.payloads)
    const parseTime = performance.now() - start
    start = performance.now()
    const read = await readAll(body)
    const readerTime = performance.now() - start
    if (parsed !== events || read !== events) throw new Error('event count changed between passes')
    parseTimes.push(parseTime)
    readerTimes.push(readerTime)
    ratios.push(parseTime / readerTime)
    start = performance.now()
    if ((await readEach(body)) !== events) throw new Error('event count changed between passes')
    eachTimes.push(performance.now() - start)
    for (const [name, stage] of Object.entries(stages) as Array<[keyof typeof stages, Stage]>) {
      start = performance.now()
      await stage(body)
      stageTimes[name].push(performance.now() - start)
    }
  }
  const megabytesPerSecond = (milliseconds: number) => body.bytes / 1e6 / (milliseconds / 1000)
  return {
    bytes: body.bytes,
    events,
    meanEventBytes: body.bytes / events,
    pieces: body.pieces.length,
    repeats: options.repeats,
    parseMegabytesPerSecond: megabytesPerSecond(median(parseTimes)),
    readerMegabytesPerSecond: megabytesPerSecond(median(readerTimes)),
    ratio: median(parseTimes) / median(readerTimes),
    ratios,
    eachEventMegabytesPerSecond: megabytesPerSecond(median(eachTimes)),
    eachEventRatio: median(parseTimes) / median(eachTimes),
    stages: {
      decode: megabytesPerSecond(median(stageTimes.decode)),
      framing: megabytesPerSecond(median(stageTimes.framing)),
      framingAndJson: megabytesPerSecond(median(stageTimes.framingAndJson)),
    },
  }
}
