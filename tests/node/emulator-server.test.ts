// @vitest-environment node
import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE_FORM_IDS, contactForm, createEmulator, seededRandom } from '../../src/emulator'
import { parseCliArguments } from '../../src/emulator/cli'
import { emulatorMiddleware, startEmulatorServer, type EmulatorServer } from '../../src/emulator/node-server'
import type { InteractiveFormResponse } from '../../src/api/wire-types'
import { CLIENT_TIME, postJson, readTimedEvents, sessionsUrl } from './emulator-http'

const CONTACT = SAMPLE_FORM_IDS.contact
let server: EmulatorServer

beforeAll(async () => {
  server = await startEmulatorServer({ chunkDelayMs: 40, faultDelayMs: 5_000, random: seededRandom(5) })
})

afterAll(async () => {
  await server.close()
})

async function newSession(): Promise<string> {
  const response = await postJson(sessionsUrl(server.url), { formId: CONTACT, clientTime: CLIENT_TIME })
  return ((await response.json()) as InteractiveFormResponse).interactiveFormSession.id
}

describe('the emulator over real HTTP', () => {
  it('listens on 127.0.0.1 and answers create and send as JSON', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const id = await newSession()
    const reply = await postJson(`${sessionsUrl(server.url)}/${id}/send-user-message`, { input: "I'm Ann Lee" })
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toContain('application/json')
    const body = (await reply.json()) as InteractiveFormResponse
    expect(body.responseChunks.filter((chunk) => chunk.chunkType === 'TEXT_DATA')).toHaveLength(2)
  })

  it('streams frames as they are produced, chunkDelayMs apart, not all at the end', async () => {
    const id = await newSession()
    const response = await postJson(`${sessionsUrl(server.url)}/${id}/send-user-message-streamed`, { input: 'Ann' }, { accept: 'text/event-stream' })
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const { events, times } = await readTimedEvents(response)
    expect(events.length).toBeGreaterThan(4)
    expect(events.at(-1)?.responseChunk.chunkType).toBe('END_OF_RESPONSE')
    const spread = (times.at(-1) ?? 0) - (times[0] ?? 0)
    expect(spread).toBeGreaterThanOrEqual((events.length - 1) * 40 * 0.8)
  })

  it('answers bad input with Wix errors over HTTP', async () => {
    const bad = await postJson(sessionsUrl(server.url), '{nope')
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { details: { applicationError: { code: string } } }).details.applicationError.code).toBe('INVALID_JSON')
    const wrongMethod = await fetch(sessionsUrl(server.url))
    expect(wrongMethod.status).toBe(405)
    const huge = await postJson(sessionsUrl(server.url), { formId: CONTACT, currentValues: { message: 'x'.repeat(2_100_000) } })
    expect(huge.status).toBe(413)
  })

  it('answers a cross-origin preflight', async () => {
    const response = await fetch(`${sessionsUrl(server.url)}/create-streamed`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:6006', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-emulator-fault' },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('the network fault drops the connection', async () => {
    const failure = await postJson(sessionsUrl(server.url), { formId: CONTACT }, { 'x-emulator-fault': 'network' }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(TypeError)
    // And the server carries on.
    expect((await postJson(sessionsUrl(server.url), { formId: CONTACT })).status).toBe(200)
  })

  it('cut-stream ends the body cleanly after two events, without END_OF_RESPONSE', async () => {
    const id = await newSession()
    const response = await postJson(`${sessionsUrl(server.url)}/${id}/send-user-message-streamed`, { input: 'Ann' }, { 'x-emulator-fault': 'cut-stream' })
    const { events } = await readTimedEvents(response)
    expect(events).toHaveLength(2)
  })

  it('malformed-frame sends one line that is not JSON and then the whole reply', async () => {
    const id = await newSession()
    const response = await postJson(`${sessionsUrl(server.url)}/${id}/send-user-message-streamed`, { input: 'Ann' }, { 'x-emulator-fault': 'malformed-frame' })
    const { events, malformed } = await readTimedEvents(response)
    expect(malformed).toHaveLength(1)
    expect(events.at(-1)?.responseChunk.chunkType).toBe('END_OF_RESPONSE')
  })

  it('survives clients that hang up mid-stream or time out on a slow answer', async () => {
    const id = await newSession()
    const controller = new AbortController()
    const response = await postJson(`${sessionsUrl(server.url)}/${id}/send-user-message-streamed`, { input: 'Ann' }, {}, controller.signal)
    const reader = response.body!.getReader()
    await reader.read()
    controller.abort()
    await expect(reader.read()).rejects.toThrow()
    const slow = await postJson(sessionsUrl(server.url), { formId: CONTACT }, { 'x-emulator-fault': 'slow' }, AbortSignal.timeout(150)).catch((error: unknown) => error)
    expect((slow as Error).name).toBe('TimeoutError')
    expect((await postJson(sessionsUrl(server.url), { formId: CONTACT })).status).toBe(200)
  })

  it('refuses an emulator together with emulator options, which it would ignore', async () => {
    const emulator = createEmulator()
    await expect(startEmulatorServer({ emulator, chunkDelayMs: 40, forms: [contactForm] })).rejects.toThrow(
      new TypeError('startEmulatorServer: pass either `emulator` or emulator options, not both (chunkDelayMs, forms would be ignored)'),
    )
    const alone = await startEmulatorServer({ emulator, port: 0 })
    expect(alone.emulator).toBe(emulator)
    await alone.close()
  })

  it('serves the test helpers under /_emulator', async () => {
    const forms = (await (await fetch(`${server.url}/_emulator/forms`)).json()) as Array<{ id: string }>
    expect(forms.map((form) => form.id)).toContain(CONTACT)
    const schema = (await (await fetch(`${server.url}/form-schema-service/v4/forms/${CONTACT}`)).json()) as { form: { name: string } }
    expect(schema.form.name).toBe('Contact us')
    expect(Array.isArray(await (await fetch(`${server.url}/_emulator/submissions`)).json())).toBe(true)
  })
})

describe('emulatorMiddleware', () => {
  let host: Server
  let origin: string

  beforeAll(async () => {
    const middleware = emulatorMiddleware(createEmulator({ random: seededRandom(9) }))
    host = createServer((request, response) => {
      middleware(request, response, () => {
        response.writeHead(200, { 'content-type': 'text/plain' })
        response.end('the app')
      })
    })
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    host.closeAllConnections()
    await new Promise((resolve) => host.close(resolve))
  })

  it('answers the emulator paths and passes everything else on', async () => {
    expect(await (await fetch(`${origin}/index.html`)).text()).toBe('the app')
    expect(await (await fetch(`${origin}/forms/ai/v1/other-service`)).text()).toBe('the app')
    const created = await postJson(sessionsUrl(origin), { formId: CONTACT })
    expect(created.status).toBe(200)
    expect((await fetch(`${origin}/form-schema-service/v4/forms/${CONTACT}`)).status).toBe(200)
    expect((await fetch(`${origin}/_emulator/submissions`)).status).toBe(200)
  })
})

describe('the CLI', () => {
  it('reads its options', () => {
    expect(parseCliArguments(['--forms', 'my-forms', '--port', '0', '--host=0.0.0.0', '--debug'])).toMatchObject({ formsDirectory: 'my-forms', port: 0, host: '0.0.0.0', debug: true })
    expect(parseCliArguments([])).toMatchObject({ port: 8787, host: '127.0.0.1', formsDirectory: undefined })
    expect(() => parseCliArguments(['--port', 'eighty'])).toThrow(/--port/)
    expect(() => parseCliArguments(['--forms'])).toThrow(/needs a value/)
    expect(() => parseCliArguments(['--colour'])).toThrow(/Unknown option/)
  })

  it('serves a forms directory and prints its base URL once it listens', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'formtalk-cli-'))
    await writeFile(path.join(directory, 'only.json'), JSON.stringify({ ...contactForm, id: 'cli-form', name: 'CLI form' }))
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/emulator/cli.ts', '--forms', directory, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = ''
        child.stdout.on('data', (data: Buffer) => {
          output += data.toString()
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
          if (match?.[1]) resolve(match[1])
        })
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)))
      })
      const forms = (await (await fetch(`${url}/_emulator/forms`)).json()) as Array<{ id: string }>
      expect(forms.map((form) => form.id)).toEqual(['cli-form'])
    } finally {
      child.kill('SIGTERM')
    }
  })
})
