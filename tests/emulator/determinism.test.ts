import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SAMPLE_FORM_IDS, createEmulator, sampleForms, seededRandom } from '../../src/emulator'
import type { InteractiveFormResponse } from '../../src/api/wire-types'
import { BASE, CLIENT_TIME, NOW, create, post, send } from './emulator-driver'
import { replyViolations } from './wire-contract'

const SCRIPT = ["Hi, I'm Jane Doe", 'jane@example.com', 'VIP and 2 guests', 'next Tuesday', 'yes', 'vegan', 'skip']

async function transcript(seed: number): Promise<InteractiveFormResponse[]> {
  const emulator = createEmulator({ now: () => NOW, random: seededRandom(seed) })
  const first = await create(emulator, SAMPLE_FORM_IDS.eventRegistration)
  const replies = [first]
  for (const message of SCRIPT) replies.push(await send(emulator, first.interactiveFormSession.id, message))
  return replies
}

describe('determinism', () => {
  it('gives byte-identical conversations, ids included, for the same now and random', async () => {
    const [a, b] = await Promise.all([transcript(7), transcript(7)])
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
    expect(a.at(-1)?.responseChunks.some((chunk) => chunk.chunkType === 'SUBMISSION')).toBe(true)
  })

  it('changes only the ids for another seed', async () => {
    const [a, b] = await Promise.all([transcript(7), transcript(8)])
    expect(a[0]?.interactiveFormSession.id).not.toBe(b[0]?.interactiveFormSession.id)
    const withoutIds = (replies: InteractiveFormResponse[]) =>
      JSON.stringify(replies.map((reply) => reply.responseChunks)).replace(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g, 'ID')
    expect(withoutIds(a)).toBe(withoutIds(b))
  })
})

describe('robustness', () => {
  it('answers any message to any form with a reply that keeps the wire contract, never a crash', async () => {
    const emulator = createEmulator({ now: () => NOW, random: seededRandom(3) })
    const sessions = new Map<string, string>()
    for (const form of sampleForms) sessions.set(form.id, (await create(emulator, form.id)).interactiveFormSession.id)
    const message = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.constantFrom('skip', 'submit', 'no', 'yes', '0', '-1', '1e309', 'NaN', '@@@', 'a@b', '+++', 'June 31', 'in 9999 days', '__proto__', 'constructor'),
      fc.array(fc.constantFrom('Jane', 'vip', 'two', 'guests', 'vegan', 'and', ',', 'June', '14', 'x@y.io', 'not', 'actually', 'other:', 'stars'), { maxLength: 30 }).map((words) => words.join(' ')),
    )
    const values = fc.dictionary(fc.constantFrom('email', 'guests', 'ticket', 'dietary', 'products', 'rating', 'highlights', 'codeOfConduct', '__proto__', 'unknown'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sampleForms.map((form) => form.id)), message, fc.option(values, { nil: undefined }), async (formId, input, currentValues) => {
        const sessionId = sessions.get(formId) ?? ''
        const body: Record<string, unknown> = { input }
        if (currentValues !== undefined) body.currentValues = currentValues
        const response = await post(emulator, `${BASE}/${sessionId}/send-user-message`, body)
        expect(response.status).toBeLessThan(500)
        const reply = (await response.json()) as InteractiveFormResponse | { details: unknown }
        if (response.status === 200 && 'responseChunks' in reply) expect(replyViolations(reply, input)).toEqual([])
      }),
      { numRuns: 300, seed: 20270609 },
    )
  })

  // Catastrophic backtracking in an extractor would hang here; the test's timeout catches it.
  it('answers a 10,000-character message of repeated fragments', async () => {
    const emulator = createEmulator({ now: () => NOW, random: seededRandom(3) })
    const { interactiveFormSession } = await create(emulator, SAMPLE_FORM_IDS.eventRegistration, { clientTime: CLIENT_TIME })
    const nasty = ['a@'.repeat(5_000), '1 '.repeat(5_000), 'vegan and '.repeat(1_000), 'my company is '.repeat(700), 'I’m '.repeat(2_500)]
    for (const input of nasty) {
      const response = await post(emulator, `${BASE}/${interactiveFormSession.id}/send-user-message`, { input: input.slice(0, 10_000) })
      expect(response.status).toBe(200)
    }
  }, 15_000)
})
