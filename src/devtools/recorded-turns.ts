/**
 * The protocol inspector's view of a recording: one turn per HTTP exchange,
 * its body parsed back into events exactly as they came over the wire, each
 * stamped with when the piece that completed it arrived. No React here.
 *
 * A recorder makes a new exchange object for every piece of a body, so an
 * exchange still arriving keeps its reading state (keyed by its request,
 * which the recorder carries over) and only the new pieces are read: a long
 * streamed reply costs each piece once, not all pieces again on each one.
 */
import { streamFormatFromContentType } from '../api/stream-reader'
import { addEntry, createBodyReader, parseJson } from './recorded-body-reader'
import type { BodyReader } from './recorded-body-reader'
import type { InspectorEntry, InspectorTurn } from './inspector-turn'
import type { RecordedChunk, RecordedExchange, RecordedRequest, RecordedResponse, RecordedTranscript } from './transcript-types'

// Snapshots share unchanged exchanges, so each exchange is turned into a turn once.
const parsed = new WeakMap<RecordedExchange, InspectorTurn>()

/** An exchange whose body is still arriving, read up to `read` pieces. */
interface Progress {
  index: number
  status: number
  headers: Record<string, string>
  read: number
  /** The last piece read: the next snapshot must still have it at the same place. */
  last: RecordedChunk | undefined
  reader: BodyReader
  /** The turn last shown; kept while nothing visible changed, so it is not re-rendered. */
  turn: InspectorTurn
}

const inFlight = new WeakMap<RecordedRequest, Progress>()

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
  const { request, response } = exchange
  if (!response) {
    const entries: InspectorEntry[] = []
    if (exchange.error) addEntry(entries, { kind: 'error', label: 'Request failed', atMs: null, value: exchange.error })
    return { ...headOf(request, index), status: exchange.error ? 'failed' : 'waiting', entries }
  }

  let progress = inFlight.get(request)
  if (!progress || !continues(progress, response, index)) progress = start(request, response, index)
  const { chunks } = response
  for (; progress.read < chunks.length; progress.read++) progress.reader.feed(chunks[progress.read] as RecordedChunk)
  progress.last = chunks[progress.read - 1]

  if (response.end === 'pending') {
    inFlight.set(request, progress)
    const status = `${response.status} (receiving)`
    const entries = progress.reader.snapshot()
    const shown = progress.turn
    // A piece that completes no event changes nothing the inspector shows (an NDJSON line still
    // arriving is a new entry object each time, so it never counts as unchanged).
    const count = entries.length
    if (shown.status === status && shown.entries.length === count && shown.entries[count - 1] === entries[count - 1]) return shown
    progress.turn = { ...shown, status, entries: entries === progress.reader.entries ? entries.slice() : (entries as InspectorEntry[]) }
    return progress.turn
  }

  inFlight.delete(request)
  progress.reader.end()
  const entries = progress.reader.entries.slice()
  const lastAt = chunks[chunks.length - 1]?.atMs ?? response.atMs
  if (response.end === 'error') addEntry(entries, { kind: 'error', label: 'Body broke off', atMs: lastAt, value: response.error ?? null })
  if (response.end === 'cancelled') addEntry(entries, { kind: 'status', label: 'Reader stopped reading', atMs: lastAt, value: null })
  return { ...progress.turn, status: String(response.status), entries }
}

function headOf(request: RecordedRequest, index: number): Omit<InspectorTurn, 'entries'> {
  const head: Omit<InspectorTurn, 'entries'> = { key: `x${index}`, title: `${request.method} ${request.path}` }
  if (request.body !== null) head.request = parseJson(request.body) ?? request.body
  return head
}

function start(request: RecordedRequest, response: RecordedResponse, index: number): Progress {
  const format = streamFormatFromContentType(response.headers['content-type']) ?? 'json'
  return {
    index,
    status: response.status,
    headers: response.headers,
    read: 0,
    last: undefined,
    reader: createBodyReader(format, response.status),
    turn: { ...headOf(request, index), entries: [] },
  }
}

/** Whether `response` is the one `progress` has been reading, with the same pieces so far. */
function continues(progress: Progress, response: RecordedResponse, index: number): boolean {
  const { chunks } = response
  return (
    progress.index === index &&
    progress.status === response.status &&
    progress.headers === response.headers &&
    chunks.length >= progress.read &&
    chunks[progress.read - 1] === progress.last
  )
}
