// @vitest-environment node
/**
 * The emulator against the wire contract, over real HTTP and SSE: every reply
 * of full conversations on every sample form, standard and streamed, checked
 * against the contract's chunk table, and its error answers against the
 * contract's error shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInteractiveFormClient } from '../../src/api/client'
import type { CurrentValues, WixErrorBody } from '../../src/api/wire-types'
import { SAMPLE_FORM_IDS, seededRandom, type Emulator } from '../../src/emulator'
import { startEmulatorServer, type EmulatorServer } from '../../src/emulator/node-server'
import { eventStreamViolations, replyViolations } from '../emulator/wire-contract'
import { CLIENT_TIME, postJson, sessionsUrl } from './emulator-http'

let server: EmulatorServer

beforeAll(async () => {
  server = await startEmulatorServer({ debug: true, random: seededRandom(17) })
})

afterAll(async () => {
  await server.close()
})

interface Script {
  name: string
  formId: string
  /** Pre-filled values, some refused or unknown to the form, so the replies carry IMPORTANT_TEXT. */
  currentValues: CurrentValues
  messages: string[]
}

/** One conversation per sample form, each reaching SUBMISSION. */
const SCRIPTS: Script[] = [
  {
    name: 'contact',
    formId: SAMPLE_FORM_IDS.contact,
    currentValues: { firstName: 'Ada', shoeSize: 44 },
    messages: ['Lovelace', 'ada@', 'ada@example.com', 'billing', 'My invoice shows the wrong address.', 'skip', 'no'],
  },
  {
    name: 'event registration',
    formId: SAMPLE_FORM_IDS.eventRegistration,
    currentValues: { referralSource: 'newsletter', guests: 9 },
    messages: ["I'm Grace Hopper, grace@example.com 👋", 'VIP', 'two guests', 'next Monday', 'yes', 'vegetarian and no mushrooms', 'submit'],
  },
  {
    name: 'purchase',
    formId: SAMPLE_FORM_IDS.purchase,
    currentValues: { coupon: 'SUMMER' },
    messages: ["I'm Sam Lee, sam@example.com, two hoodies and a mug please, pick up in store", 'submit'],
  },
  {
    name: 'feedback survey',
    formId: SAMPLE_FORM_IDS.feedbackSurvey,
    currentValues: { nickname: 'sam' },
    messages: ["I'd give it 4 stars", '11', '9', 'fast and easy to use', 'Would love a dark mode.', 'skip', "that's all"],
  },
]

const chunkTypes = (chunks: readonly unknown[]) => chunks.map((chunk) => (chunk as { chunkType: string }).chunkType)

async function standardConversation({ formId, ...script }: Script): Promise<{ problems: string[]; types: string[] }> {
  const problems: string[] = []
  const types: string[] = []
  const created = await postJson(sessionsUrl(server.url), { formId, currentValues: script.currentValues, clientTime: CLIENT_TIME })
  expect(created.headers.get('content-type')).toContain('application/json')
  const createReply = (await created.json()) as { interactiveFormSession: { id: string }; responseChunks: unknown[] }
  problems.push(...replyViolations(createReply).map((problem) => `create: ${problem}`))
  types.push(...chunkTypes(createReply.responseChunks))
  for (const input of script.messages) {
    const response = await postJson(`${sessionsUrl(server.url)}/${createReply.interactiveFormSession.id}/send-user-message`, { input })
    const reply = (await response.json()) as { responseChunks: unknown[] }
    problems.push(...replyViolations(reply, input).map((problem) => `"${input}": ${problem}`))
    types.push(...chunkTypes(reply.responseChunks))
  }
  return { problems, types }
}

async function streamedConversation({ formId, ...script }: Script): Promise<{ problems: string[]; types: string[] }> {
  const problems: string[] = []
  const types: string[] = []
  const created = await postJson(`${sessionsUrl(server.url)}/create-streamed`, { formId, currentValues: script.currentValues, clientTime: CLIENT_TIME }, { accept: 'text/event-stream' })
  expect(created.headers.get('content-type')).toContain('text/event-stream')
  const createText = await created.text()
  const opening = eventStreamViolations(createText)
  problems.push(...opening.problems.map((problem) => `create-streamed: ${problem}`))
  types.push(...chunkTypes(opening.chunks))
  const sessionId = (JSON.parse(createText.slice('data: '.length, createText.indexOf('\n'))) as { interactiveFormSession: { id: string } }).interactiveFormSession.id
  for (const input of script.messages) {
    const response = await postJson(`${sessionsUrl(server.url)}/${sessionId}/send-user-message-streamed`, { input }, { accept: 'text/event-stream' })
    const reply = eventStreamViolations(await response.text(), input)
    problems.push(...reply.problems.map((problem) => `"${input}" streamed: ${problem}`))
    types.push(...chunkTypes(reply.chunks))
  }
  return { problems, types }
}

describe('endpoints', () => {
  it("serves the client's default endpoints: a client pointed at the real service works against the emulator's origin", async () => {
    const client = createInteractiveFormClient({ fetch: (url, init) => fetch(url.replace('https://www.wixapis.com', server.url), init) })
    const created = await client.createInteractiveFormSession(SAMPLE_FORM_IDS.contact)
    const events = []
    for await (const event of client.sendUserMessageStreamed(created.interactiveFormSession.id, { input: 'Ada' })) events.push(event)
    expect(events.at(-1)?.responseChunk).toEqual({ chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: true } })
  })
})

describe('replies keep the chunk table', () => {
  it.each(SCRIPTS)('$name form, standard and streamed: every reply and chunk has the documented shape, through to SUBMISSION', async (script) => {
    const standard = await standardConversation(script)
    const streamed = await streamedConversation(script)
    expect(standard.problems).toEqual([])
    expect(streamed.problems).toEqual([])
    for (const { types } of [standard, streamed]) {
      expect(types).toContain('SUBMISSION')
      expect(types).toContain('IMPORTANT_TEXT')
      expect(types).toContain('DEBUG')
    }
  })

  it('the conversations above meet every chunk type the emulator can send', async () => {
    const seen = new Set<string>()
    for (const script of SCRIPTS) for (const type of (await standardConversation(script)).types) seen.add(type)
    expect([...seen].sort()).toEqual(
      ['DEBUG', 'END_OF_RESPONSE', 'IMPORTANT_TEXT', 'MULTI_SELECT_INPUT', 'NUMBER_INPUT', 'SEPARATOR', 'SINGLE_SELECT_INPUT', 'SUBMISSION', 'TEXT', 'TEXT_DATA'].sort(),
    )
  })

  it('an ERROR chunk and a failed END_OF_RESPONSE keep it too', async () => {
    const created = (await (await postJson(sessionsUrl(server.url), { formId: SAMPLE_FORM_IDS.contact })).json()) as { interactiveFormSession: { id: string } }
    const url = `${sessionsUrl(server.url)}/${created.interactiveFormSession.id}/send-user-message`
    const failed = await (await postJson(url, { input: 'Ada' }, { 'x-emulator-fault': 'error-chunk' })).json()
    expect(replyViolations(failed, 'Ada')).toEqual([])
    expect(chunkTypes((failed as { responseChunks: unknown[] }).responseChunks)).toContain('ERROR')
    const unfinished = await (await postJson(`${url}-streamed`, { input: 'Ada' }, { 'x-emulator-fault': 'end-failure' })).text()
    const { chunks, problems } = eventStreamViolations(unfinished, 'Ada')
    expect(problems).toEqual([])
    expect(chunks.at(-1)).toEqual({ chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: false } })
  })
})

async function errorOf(response: Response): Promise<{ status: number; contentType: string | null; body: WixErrorBody }> {
  return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as WixErrorBody }
}

describe('error answers are {message, details} with the documented status', () => {
  it('400 EMPTY_REQUEST for a send with nothing in it, on both send routes', async () => {
    const created = (await (await postJson(sessionsUrl(server.url), { formId: SAMPLE_FORM_IDS.contact })).json()) as { interactiveFormSession: { id: string } }
    for (const route of ['send-user-message', 'send-user-message-streamed']) {
      const { status, body } = await errorOf(await postJson(`${sessionsUrl(server.url)}/${created.interactiveFormSession.id}/${route}`, { input: null, currentValues: null }))
      expect(status).toBe(400)
      expect(body).toMatchObject({ message: expect.any(String), details: { applicationError: { code: 'EMPTY_REQUEST', description: expect.any(String) } } })
    }
  })

  it('404 NOT_FOUND for an unknown form or session, as JSON even on the streamed routes', async () => {
    const unknownSession = `${sessionsUrl(server.url)}/00000000-0000-4000-8000-000000000000`
    const answers = [
      await postJson(sessionsUrl(server.url), { formId: '00000000-0000-4000-8000-0000000000ff' }),
      await postJson(`${sessionsUrl(server.url)}/create-streamed`, { formId: '00000000-0000-4000-8000-0000000000ff' }, { accept: 'text/event-stream' }),
      await postJson(`${unknownSession}/send-user-message`, { input: 'hi' }),
      await postJson(`${unknownSession}/send-user-message-streamed`, { input: 'hi' }, { accept: 'text/event-stream' }),
    ]
    for (const answer of answers) {
      const { status, contentType, body } = await errorOf(answer)
      expect(status).toBe(404)
      expect(contentType).toContain('application/json')
      expect(body).toMatchObject({ message: expect.any(String), details: { applicationError: { code: 'NOT_FOUND' } } })
    }
  })

  it('400 with a validationError naming the field, its description and the violated rule', async () => {
    const { status, body } = await errorOf(await postJson(sessionsUrl(server.url), { formId: 42 }))
    expect(status).toBe(400)
    expect(body.message).toEqual(expect.any(String))
    expect(body.details?.validationError?.fieldViolations).toEqual([{ field: 'formId', description: expect.any(String), violatedRule: expect.any(String) }])
  })

  it('429 RESOURCE_EXHAUSTED when rate limited', async () => {
    const { status, body } = await errorOf(await postJson(sessionsUrl(server.url), { formId: SAMPLE_FORM_IDS.contact }, { 'x-emulator-fault': 'rate-limit' }))
    expect(status).toBe(429)
    expect(body.details?.applicationError?.code).toBe('RESOURCE_EXHAUSTED')
  })

  it('500 INTERNAL in the same shape when the handler behind the Node server fails', async () => {
    const broken: Emulator = {
      ...server.emulator,
      fetch: () => Promise.reject(new Error('a bug in a custom handler')),
    }
    const other = await startEmulatorServer({ emulator: broken })
    try {
      const { status, contentType, body } = await errorOf(await postJson(sessionsUrl(other.url), { formId: SAMPLE_FORM_IDS.contact }))
      expect(status).toBe(500)
      expect(contentType).toContain('application/json')
      expect(body).toMatchObject({ message: expect.any(String), details: { applicationError: { code: 'INTERNAL' } } })
    } finally {
      await other.close()
    }
  })
})
