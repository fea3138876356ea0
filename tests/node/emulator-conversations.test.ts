// @vitest-environment node
/**
 * Scripted conversations for every sample form, through the real client over
 * the real Node server, each reaching SUBMISSION with exactly the expected values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInteractiveFormClient, type InteractiveFormClient } from '../../src/api/client'
import type { CurrentValues, JsonValue, ResponseChunk, SubmissionChunk } from '../../src/api/wire-types'
import { SAMPLE_FORM_IDS, SESSIONS_PATH, seededRandom, type EmulatorSubmission } from '../../src/emulator'
import { startEmulatorServer, type EmulatorServer } from '../../src/emulator/node-server'
import { CLIENT_TIME } from './emulator-http'

let server: EmulatorServer
let client: InteractiveFormClient

beforeAll(async () => {
  server = await startEmulatorServer({ chunkDelayMs: 1, random: seededRandom(11) })
  client = createInteractiveFormClient({ baseUrl: `${server.url}${SESSIONS_PATH}`, timeoutMs: 5_000 })
})

afterAll(async () => {
  await server.close()
})

type Step = string | { input: string; currentValues: CurrentValues }

/** Runs a conversation the way the widget does and returns every reply's chunks. */
async function converse(formId: string, steps: Step[], options: { streamed: boolean; currentValues?: CurrentValues }): Promise<ResponseChunk[][]> {
  const replies: ResponseChunk[][] = []
  let sessionId: string
  if (options.streamed) {
    const chunks: ResponseChunk[] = []
    let id: string | undefined
    for await (const event of client.createInteractiveFormSessionStreamed(formId, { clientTime: CLIENT_TIME, currentValues: options.currentValues })) {
      id ??= event.interactiveFormSession?.id
      chunks.push(event.responseChunk)
    }
    if (!id) throw new Error('no session in the first event')
    sessionId = id
    replies.push(chunks)
  } else {
    const created = await client.createInteractiveFormSession(formId, { clientTime: CLIENT_TIME, currentValues: options.currentValues })
    sessionId = created.interactiveFormSession.id
    replies.push(created.responseChunks)
  }
  for (const step of steps) {
    const message = typeof step === 'string' ? { input: step } : step
    if (options.streamed) {
      const chunks: ResponseChunk[] = []
      for await (const event of client.sendUserMessageStreamed(sessionId, message)) chunks.push(event.responseChunk)
      replies.push(chunks)
    } else {
      replies.push((await client.sendUserMessage(sessionId, message)).responseChunks)
    }
    expect(replies.at(-1)?.at(-1)).toEqual({ chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: true } })
  }
  return replies
}

async function storedSubmission(submissionId: string): Promise<EmulatorSubmission | undefined> {
  const response = await fetch(`${server.url}/_emulator/submissions`)
  return ((await response.json()) as EmulatorSubmission[]).find((submission) => submission.submissionId === submissionId)
}

function submissionOf(replies: ResponseChunk[][]): SubmissionChunk['submissionDetails'] {
  const all = replies.flat().filter((chunk): chunk is SubmissionChunk => chunk.chunkType === 'SUBMISSION')
  expect(all).toHaveLength(1)
  // Only the last reply submits.
  expect(replies.at(-1)?.some((chunk) => chunk.chunkType === 'SUBMISSION')).toBe(true)
  return all[0]!.submissionDetails
}

async function expectSubmitted(replies: ResponseChunk[][], formId: string, values: Record<string, JsonValue>, checkout: boolean) {
  const details = submissionOf(replies)
  expect(details.submissionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  if (checkout) expect(details.checkoutId).toMatch(/^[0-9a-f-]{36}$/)
  else expect(details.checkoutId).toBeUndefined()
  const stored = await storedSubmission(details.submissionId)
  expect(stored).toMatchObject({ formId, dryRun: false })
  expect(stored?.values).toEqual(values)
  if (checkout) expect(stored?.checkoutId).toBe(details.checkoutId)
}

describe('scripted conversations through the real client and server', () => {
  it('contact form, streamed: names, email, a picked topic, a message, a skipped phone, a declined newsletter', async () => {
    const replies = await converse(
      SAMPLE_FORM_IDS.contact,
      [
        "Hi! I'm Ada Lovelace",
        'ada@example.com',
        { input: 'Technical support', currentValues: { topic: 'support' } },
        'The export button does nothing when I click it.',
        'skip',
        'no',
      ],
      { streamed: true },
    )
    await expectSubmitted(
      replies,
      SAMPLE_FORM_IDS.contact,
      { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', topic: 'support', message: 'The export button does nothing when I click it.', newsletter: false },
      false,
    )
  })

  it('event registration, streamed: free-text guests, a relative date, a consent prompt, a custom dietary need, a hidden field', async () => {
    const replies = await converse(
      SAMPLE_FORM_IDS.eventRegistration,
      [
        "I'm Grace Hopper, grace@example.com",
        { input: 'VIP', currentValues: { ticket: 'vip' } },
        'two guests',
        'next Monday',
        { input: 'Yes', currentValues: { codeOfConduct: 'true' } },
        'vegetarian and no mushrooms',
        'submit',
      ],
      { streamed: true, currentValues: { referralSource: 'newsletter' } },
    )
    await expectSubmitted(
      replies,
      SAMPLE_FORM_IDS.eventRegistration,
      {
        fullName: 'Grace Hopper',
        email: 'grace@example.com',
        ticket: 'vip',
        guests: 2,
        dietary: ['vegetarian', 'no mushrooms'],
        arrivalDate: '2027-06-14',
        codeOfConduct: true,
        referralSource: 'newsletter',
      },
      false,
    )
  })

  it('purchase, standard JSON methods: products picked from the prompt, a tip, a gift note, and a checkoutId', async () => {
    const form = await client.getForm(SAMPLE_FORM_IDS.purchase)
    const products = form.formFields.find((field) => field.inputOptions?.target === 'products')?.inputOptions?.paymentOptions?.products ?? []
    const [, hoodie, mug] = products
    const replies = await converse(
      SAMPLE_FORM_IDS.purchase,
      [
        'Sam Lee',
        'sam@example.com',
        { input: 'Hoodie, Mug', currentValues: { products: [hoodie?.id ?? '', mug?.id ?? ''] } },
        'express please',
        { input: '10', currentValues: { tip: 10 } },
        'Happy birthday, Alex!',
      ],
      { streamed: false },
    )
    await expectSubmitted(
      replies,
      SAMPLE_FORM_IDS.purchase,
      { fullName: 'Sam Lee', email: 'sam@example.com', products: [hoodie?.id ?? '', mug?.id ?? ''], shipping: 'express', tip: 10, giftNote: 'Happy birthday, Alex!' },
      true,
    )
  })

  it('feedback survey, streamed: a star rating, a score, tags in words, a comment, then finishing early', async () => {
    const replies = await converse(
      SAMPLE_FORM_IDS.feedbackSurvey,
      ["I'd give it 4 stars", '9', 'fast and easy to use', 'Would love a dark mode.', 'skip', "that's all"],
      { streamed: true },
    )
    await expectSubmitted(
      replies,
      SAMPLE_FORM_IDS.feedbackSurvey,
      { rating: 4, recommend: 9, highlights: ['fast', 'easy'], comments: 'Would love a dark mode.' },
      false,
    )
  })

  it('the client sees injected faults as its own error kinds', async () => {
    const faulty = createInteractiveFormClient({ baseUrl: `${server.url}${SESSIONS_PATH}`, headers: { 'x-emulator-fault': 'rate-limit' } })
    const limited = await faulty.createInteractiveFormSession(SAMPLE_FORM_IDS.contact).catch((error: unknown) => error)
    expect(limited).toMatchObject({ kind: 'http', status: 429, retryAfterSeconds: 2, retryable: true })
    const cut = createInteractiveFormClient({ baseUrl: `${server.url}${SESSIONS_PATH}`, headers: { 'x-emulator-fault': 'cut-stream' } })
    const events: unknown[] = []
    const interrupted = await (async () => {
      for await (const event of cut.createInteractiveFormSessionStreamed(SAMPLE_FORM_IDS.contact)) events.push(event)
    })().catch((error: unknown) => error)
    expect(events).toHaveLength(2)
    expect(interrupted).toMatchObject({ kind: 'interrupted' })
    const slow = createInteractiveFormClient({ baseUrl: `${server.url}${SESSIONS_PATH}`, headers: { 'x-emulator-fault': 'slow' }, timeoutMs: 200 })
    expect(await slow.createInteractiveFormSession(SAMPLE_FORM_IDS.contact).catch((error: unknown) => error)).toMatchObject({ kind: 'timeout' })
    const offline = createInteractiveFormClient({ baseUrl: `${server.url}${SESSIONS_PATH}`, headers: { 'x-emulator-fault': 'network' } })
    expect(await offline.createInteractiveFormSession(SAMPLE_FORM_IDS.contact).catch((error: unknown) => error)).toMatchObject({ kind: 'network' })
  })
})
