/**
 * Reads one recorded response body into inspector entries piece by piece:
 * each piece is decoded and parsed once, when it is fed, so a body still
 * arriving costs only its new piece. No React here.
 */
import { createParser } from 'eventsource-parser'
import { isRecord } from '../api/is-record'
import { base64ToBytes } from './base64'
import type { InspectorEntry } from './inspector-turn'
import type { RecordedChunk } from './transcript-types'

/** How the body is read: SSE or NDJSON events, or one JSON answer (read when the body has ended). */
export type BodyFormat = 'sse' | 'ndjson' | 'json'

export interface BodyReader {
  /** The entries of the events complete so far; only ever appended to. */
  readonly entries: readonly InspectorEntry[]
  /** Reads the next piece of the body. */
  feed(chunk: RecordedChunk): void
  /**
   * `entries` plus what is still arriving but already shown (an NDJSON line
   * without its newline), as a new array. Returns `entries` itself when there
   * is nothing more.
   */
  snapshot(): readonly InspectorEntry[]
  /** The body has ended: reads what is left. Call once, after the last `feed`. */
  end(): void
}

export function createBodyReader(format: BodyFormat, status: number): BodyReader {
  const entries: InspectorEntry[] = []
  const decoder = new TextDecoder()
  let atMs: number | null = null
  let text = ''
  // NDJSON: where the search for the next newline resumes, so a long line is scanned once.
  let searched = 0
  const parser = format === 'sse' ? createParser({ onEvent: (event) => addEvent(entries, event.data, atMs) }) : null

  function read(piece: string): void {
    if (parser) {
      parser.feed(piece)
      return
    }
    text += piece
    if (format === 'json') return
    let newline = text.indexOf('\n', searched)
    while (newline !== -1) {
      const line = text.slice(0, newline).trim()
      text = text.slice(newline + 1)
      if (line !== '') addEvent(entries, line, atMs)
      newline = text.indexOf('\n')
    }
    searched = text.length
  }

  return {
    entries,
    feed(chunk) {
      atMs = chunk.atMs
      read(decoder.decode(base64ToBytes(chunk.base64), { stream: true }))
    },
    snapshot() {
      const rest = format === 'ndjson' ? text.trim() : ''
      if (rest === '') return entries
      const shown = entries.slice()
      addEvent(shown, rest, atMs)
      return shown
    },
    end() {
      const rest = decoder.decode()
      if (parser) {
        parser.feed(rest)
        return
      }
      text += rest
      if (format === 'ndjson') {
        const line = text.trim()
        if (line !== '') addEvent(entries, line, atMs)
      } else {
        readJson(entries, text, status, atMs)
      }
      text = ''
    },
  }
}

/** Appends an entry keyed by its position, the way the inspector lists it. */
export function addEntry(entries: InspectorEntry[], entry: Omit<InspectorEntry, 'key'>): void {
  entries.push({ ...entry, key: String(entries.length) })
}

function addEvent(entries: InspectorEntry[], data: string, atMs: number | null): void {
  const value = parseJson(data)
  if (!isRecord(value)) {
    addEntry(entries, { kind: 'raw', label: 'Not JSON', atMs, value: data })
    return
  }
  const event = isRecord(value.result) ? value.result : value
  if (isRecord(event.error)) {
    addEntry(entries, { kind: 'error', label: 'Error event', atMs, value: event.error })
    return
  }
  if (isRecord(event.interactiveFormSession)) addEntry(entries, { kind: 'session', label: 'interactiveFormSession', atMs, value: event.interactiveFormSession })
  const chunk = event.responseChunk
  if (isRecord(chunk)) addEntry(entries, { kind: 'chunk', label: typeof chunk.chunkType === 'string' ? chunk.chunkType : 'chunk', atMs, value: chunk })
  else addEntry(entries, { kind: 'raw', label: 'Event without responseChunk', atMs, value: event })
}

function readJson(entries: InspectorEntry[], text: string, status: number, atMs: number | null): void {
  if (text === '') return
  const value = parseJson(text)
  if (!isRecord(value)) {
    addEntry(entries, { kind: 'raw', label: 'Body', atMs, value: text })
    return
  }
  if (status >= 400) {
    addEntry(entries, { kind: 'error', label: `HTTP ${status}`, atMs, value })
    return
  }
  if (isRecord(value.form)) {
    addEntry(entries, { kind: 'form', label: 'Form schema', atMs, value: value.form })
    return
  }
  if (isRecord(value.interactiveFormSession)) addEntry(entries, { kind: 'session', label: 'interactiveFormSession', atMs, value: value.interactiveFormSession })
  if (Array.isArray(value.responseChunks)) {
    for (const chunk of value.responseChunks) {
      addEntry(entries, { kind: 'chunk', label: isRecord(chunk) && typeof chunk.chunkType === 'string' ? chunk.chunkType : 'chunk', atMs, value: chunk })
    }
    return
  }
  if (!isRecord(value.interactiveFormSession)) addEntry(entries, { kind: 'raw', label: 'Body', atMs, value })
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
