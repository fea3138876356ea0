import { describe, expect, it, vi } from 'vitest'
import { recordTranscript, turnsFromTranscript } from '../../src/devtools'
import type { InspectorTurn, RecordedTranscript } from '../../src/devtools'
import { base64ToBytes } from '../../src/devtools/base64'
import type * as Base64 from '../../src/devtools/base64'
import { byteStreamFetch, cut } from './byte-stream-fetch'

// Counts how many recorded pieces the inspector decodes.
vi.mock('../../src/devtools/base64', async (importOriginal) => {
  const actual = await importOriginal<typeof Base64>()
  return { ...actual, base64ToBytes: vi.fn(actual.base64ToBytes) }
})

const EVENTS = 120

/** Follows a recorder the way the inspector does: the turns of every snapshot, in order. */
async function followStreamedReply(bytes: Uint8Array<ArrayBuffer>, contentType: string) {
  const offsets: number[] = []
  // Pieces that end inside events, inside multi-byte characters, and pieces that complete no event.
  for (let offset = 17; offset < bytes.length; offset += offsets.length % 3 === 0 ? 29 : 83) offsets.push(offset)
  const pieces = cut(bytes, offsets)
  const recorder = recordTranscript(byteStreamFetch(pieces.map((piece) => ({ bytes: piece })), { headers: { 'content-type': contentType } }).fetch)
  const snapshots: InspectorTurn[] = []
  const unsubscribe = recorder.subscribe(() => {
    const [turn] = turnsFromTranscript(recorder.transcript())
    if (turn) snapshots.push(turn)
  })
  vi.mocked(base64ToBytes).mockClear()
  await (await recorder.fetch('/s/send-user-message-streamed', { method: 'POST', body: '{"input":"hi"}' })).text()
  const transcript = await recorder.settled()
  unsubscribe()
  return { pieces, snapshots, transcript, decoded: vi.mocked(base64ToBytes).mock.calls.length }
}

function replyEvents(count: number) {
  return Array.from({ length: count }, (_, index) => ({ responseChunk: { chunkType: 'TEXT', textDetails: { text: `Grüße 👋 ${index}` } } }))
}

/** The same transcript as saved to a file: read whole, with nothing carried over. */
function readWhole(transcript: RecordedTranscript): InspectorTurn[] {
  return turnsFromTranscript(JSON.parse(JSON.stringify(transcript)) as RecordedTranscript)
}

describe('turnsFromTranscript while a reply is streaming', () => {
  it('reads each piece once, keeps the entries already listed, and ends with what reading the whole body gives', async () => {
    const bytes = new TextEncoder().encode(replyEvents(EVENTS).map((event) => `data: ${JSON.stringify(event)}\n\n`).join(''))
    const { pieces, snapshots, transcript, decoded } = await followStreamedReply(bytes, 'text/event-stream')
    expect(pieces.length).toBeGreaterThan(EVENTS)

    // Every piece decoded exactly once across all snapshots (re-reading would decode about pieces²/2).
    expect(decoded).toBe(pieces.length)

    for (let index = 1; index < snapshots.length; index++) {
      const before = snapshots[index - 1] as InspectorTurn
      const after = snapshots[index] as InspectorTurn
      // An entry already listed is the same object later on, so it is not rendered again.
      before.entries.forEach((entry, position) => expect(after.entries[position]).toBe(entry))
      // A piece that completes no event leaves the turn as it was.
      if (after.entries.length === before.entries.length && after.status === before.status) expect(after).toBe(before)
    }
    expect(snapshots.some((turn, index) => index > 0 && turn === snapshots[index - 1])).toBe(true)

    const final = snapshots.at(-1)
    expect(final?.status).toBe('200')
    expect(final?.entries.filter((entry) => entry.kind === 'chunk').map((entry) => entry.value)).toEqual(replyEvents(EVENTS).map((event) => event.responseChunk))
    expect(final).toEqual(readWhole(transcript)[0])
  })

  it('shows an NDJSON line still arriving as it is so far, then the event once the line is complete', async () => {
    const bytes = new TextEncoder().encode(replyEvents(EVENTS).map((event) => `${JSON.stringify(event)}\n`).join(''))
    const { pieces, snapshots, transcript, decoded } = await followStreamedReply(bytes, 'application/x-ndjson')
    expect(decoded).toBe(pieces.length)

    const halfLine = snapshots.find((turn) => turn.entries.at(-1)?.label === 'Not JSON')
    expect(halfLine?.status).toBe('200 (receiving)')
    const position = (halfLine?.entries.length ?? 0) - 1
    const completed = snapshots.find((turn) => turn.entries[position]?.kind === 'chunk')
    expect(completed?.entries[position]?.value).toEqual(replyEvents(EVENTS)[position]?.responseChunk)

    const final = snapshots.at(-1)
    expect(final?.entries.every((entry) => entry.kind === 'chunk')).toBe(true)
    expect(final).toEqual(readWhole(transcript)[0])
  })
})
