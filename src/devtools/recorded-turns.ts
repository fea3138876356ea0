/**
 * The protocol inspector's view of a recording: one turn per HTTP exchange,
 * its body parsed back into events exactly as they came over the wire, each
 * stamped with when the piece that completed it arrived. No React here.
 */
import { createParser } from 'eventsource-parser'
import { streamFormatFromContentType } from '../api/stream-reader'
import { base64ToBytes } from './base64'
import type { InspectorEntry, InspectorTurn } from './inspector-turn'
import type { RecordedChunk, RecordedExchange, RecordedTranscript } from './transcript-types'
import { isRecord } from '../api/is-record'

// Snapshots share unchanged exchanges, so each exchange is parsed once.
const parsed = new WeakMap<RecordedExchange, InspectorTurn>()

/** One turn per exchange, in order. */
export function turnsFromTranscript(transcript: RecordedTranscript): InspectorTurn[] {
  return transcript.exchanges.map((exchange, index) => {
    let turn = parsed.get(exchange)
    if (!turn) {
      turn = turnOf(exchange, index)
      parsed.set(exchange, turn)
    }
    return turn
  })
}

function turnOf(exchange: RecordedExchange, index: number): InspectorTurn {
  const entries: InspectorEntry[] = []
  const add = (entry: Omit<InspectorEntry, 'key'>) => entries.push({ ...entry, key: String(entries.length) })
  const { request, response } = exchange
  const turn: InspectorTurn = { key: `x${index}`, title: `${request.method} ${request.path}`, entries }
  if (request.body !== null) turn.request = parseJson(request.body) ?? request.body

  if (!response) {
    turn.status = exchange.error ? 'failed' : 'waiting'
    if (exchange.error) add({ kind: 'error', label: 'Request failed', atMs: null, value: exchange.error })
    return turn
  }
  turn.status = response.end === 'pending' ? `${response.status} (receiving)` : String(response.status)

  const format = streamFormatFromContentType(response.headers['content-type'])
  if (format) readStream(response.chunks, format, add)
  else if (response.end !== 'pending') readJson(response.chunks, response.status, add)
  const lastAt = response.chunks[response.chunks.length - 1]?.atMs ?? response.atMs
  if (response.end === 'error') add({ kind: 'error', label: 'Body broke off', atMs: lastAt, value: response.error ?? null })
  if (response.end === 'cancelled') add({ kind: 'status', label: 'Reader stopped reading', atMs: lastAt, value: null })
  return turn
}

type Add = (entry: Omit<InspectorEntry, 'key'>) => void

function readStream(chunks: readonly RecordedChunk[], format: 'sse' | 'ndjson', add: Add): void {
  const decoder = new TextDecoder()
  let atMs = 0
  const onData = (data: string) => addEvent(data, atMs, add)
  if (format === 'sse') {
    const parser = createParser({ onEvent: (event) => onData(event.data) })
    for (const chunk of chunks) {
      atMs = chunk.atMs
      parser.feed(decoder.decode(base64ToBytes(chunk.base64), { stream: true }))
    }
    parser.feed(decoder.decode())
    return
  }
  let buffer = ''
  for (const chunk of chunks) {
    atMs = chunk.atMs
    buffer += decoder.decode(base64ToBytes(chunk.base64), { stream: true })
    let newline = buffer.indexOf('\n')
    while (newline !== -1) {
      const line = buffer.slice(0, newline).trim()
      buffer = buffer.slice(newline + 1)
      if (line !== '') onData(line)
      newline = buffer.indexOf('\n')
    }
  }
  const rest = (buffer + decoder.decode()).trim()
  if (rest !== '') onData(rest)
}

function addEvent(data: string, atMs: number, add: Add): void {
  const value = parseJson(data)
  if (!isRecord(value)) {
    add({ kind: 'raw', label: 'Not JSON', atMs, value: data })
    return
  }
  const event = isRecord(value.result) ? value.result : value
  if (isRecord(event.error)) {
    add({ kind: 'error', label: 'Error event', atMs, value: event.error })
    return
  }
  if (isRecord(event.interactiveFormSession)) add({ kind: 'session', label: 'interactiveFormSession', atMs, value: event.interactiveFormSession })
  const chunk = event.responseChunk
  if (isRecord(chunk)) add({ kind: 'chunk', label: typeof chunk.chunkType === 'string' ? chunk.chunkType : 'chunk', atMs, value: chunk })
  else add({ kind: 'raw', label: 'Event without responseChunk', atMs, value: event })
}

function readJson(chunks: readonly RecordedChunk[], status: number, add: Add): void {
  const decoder = new TextDecoder()
  let text = ''
  for (const chunk of chunks) text += decoder.decode(base64ToBytes(chunk.base64), { stream: true })
  text += decoder.decode()
  const atMs = chunks[chunks.length - 1]?.atMs ?? null
  if (text === '') return
  const value = parseJson(text)
  if (!isRecord(value)) {
    add({ kind: 'raw', label: 'Body', atMs, value: text })
    return
  }
  if (status >= 400) {
    add({ kind: 'error', label: `HTTP ${status}`, atMs, value })
    return
  }
  if (isRecord(value.form)) {
    add({ kind: 'form', label: 'Form schema', atMs, value: value.form })
    return
  }
  if (isRecord(value.interactiveFormSession)) add({ kind: 'session', label: 'interactiveFormSession', atMs, value: value.interactiveFormSession })
  if (Array.isArray(value.responseChunks)) {
    for (const chunk of value.responseChunks) {
      add({ kind: 'chunk', label: isRecord(chunk) && typeof chunk.chunkType === 'string' ? chunk.chunkType : 'chunk', atMs, value: chunk })
    }
    return
  }
  if (!isRecord(value.interactiveFormSession)) add({ kind: 'raw', label: 'Body', atMs, value })
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

