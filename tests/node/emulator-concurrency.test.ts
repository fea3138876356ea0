// @vitest-environment node
/** The Node server holds at least 200 concurrent streaming conversations without an error. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInteractiveFormClient } from '../../src/api/client'
import type { ResponseChunk } from '../../src/api/wire-types'
import { SAMPLE_FORM_IDS, SESSIONS_PATH, seededRandom } from '../../src/emulator'
import { startEmulatorServer, type EmulatorServer } from '../../src/emulator/node-server'
import { CLIENT_TIME } from './emulator-http'

const CONVERSATIONS = 200
const SCRIPT = ["Hi, I'm Ada Lovelace, ada@example.com", 'billing', 'My invoice shows the wrong address.', "that's all"]

let server: EmulatorServer

/** 0 → "a", 27 → "bb": a distinct first name per conversation (names have no digits). */
function letters(index: number): string {
  return String.fromCharCode(97 + (index % 26)).repeat(1 + Math.floor(index / 26))
}

beforeAll(async () => {
  // A real pause between frames keeps every stream open at the same time.
  server = await startEmulatorServer({ chunkDelayMs: 10, random: seededRandom(200) })
})

afterAll(async () => {
  await server.close()
})

describe('concurrency', () => {
  it(`runs ${CONVERSATIONS} streaming conversations at once, each to its own SUBMISSION`, async () => {
    // This checks that every stream completes, not how fast: on a loaded CI machine the first of 200 answers can
    // take tens of seconds (a 30 s limit failed 4 of 1000 streams at a load average of 10 on 2 cores).
    const client = createInteractiveFormClient({ baseUrl: `${server.url}${SESSIONS_PATH}`, timeoutMs: 120_000 })
    let open = 0
    let peak = 0
    const stream = async (events: AsyncIterable<{ responseChunk: ResponseChunk; interactiveFormSession?: { id: string } }>) => {
      open += 1
      peak = Math.max(peak, open)
      const chunks: ResponseChunk[] = []
      let id: string | undefined
      try {
        for await (const event of events) {
          id ??= event.interactiveFormSession?.id
          chunks.push(event.responseChunk)
        }
      } finally {
        open -= 1
      }
      return { id, chunks }
    }
    const conversation = async (index: number) => {
      const created = await stream(client.createInteractiveFormSessionStreamed(SAMPLE_FORM_IDS.contact, { clientTime: CLIENT_TIME }))
      const id = created.id ?? ''
      let last: ResponseChunk[] = []
      for (const message of SCRIPT) last = (await stream(client.sendUserMessageStreamed(id, { input: message.replace('Ada', `Ada${letters(index)}`) }))).chunks
      return last
    }
    const started = performance.now()
    const results = await Promise.allSettled(Array.from({ length: CONVERSATIONS }, (_, index) => conversation(index)))
    const seconds = (performance.now() - started) / 1000
    const failures = results.filter((result) => result.status === 'rejected')
    expect(failures).toEqual([])
    for (const result of results) {
      if (result.status === 'fulfilled') expect(result.value.some((chunk) => chunk.chunkType === 'SUBMISSION')).toBe(true)
    }
    const submissions = server.emulator.submissions()
    expect(submissions).toHaveLength(CONVERSATIONS)
    expect(new Set(submissions.map((submission) => submission.values.firstName)).size).toBe(CONVERSATIONS)
    expect(peak).toBeGreaterThanOrEqual(CONVERSATIONS * 0.9)
    console.info(`${CONVERSATIONS} concurrent streamed conversations (${CONVERSATIONS * (SCRIPT.length + 1)} streams, peak ${peak} open) in ${seconds.toFixed(1)} s`)
  }, 240_000)
})
