/**
 * `npm start`'s environment variables, against the real server: a directory
 * of the developer's own form schemas, and the mistakes it must explain
 * instead of starting half-broken.
 */
import { once } from 'node:events'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isKnownChunk, type InteractiveFormResponse, type WixForm } from '../../src/api/wire-types'
import { SESSIONS_PATH } from '../../src/emulator'
import { freePort, runPlaygroundUntilExit, startPlayground, type RunningPlayground } from './playground-server'


function textInput(id: string, target: string, label: string): WixForm['formFields'][number] {
  return {
    id,
    fieldType: 'INPUT',
    inputOptions: { target, inputType: 'STRING', required: true, stringOptions: { componentType: 'TEXT_INPUT', textInputOptions: { label } } },
  }
}

const waitlistForm: WixForm = {
  id: '0a6f2c44-7d1e-4b3a-9f52-8c0e1d2b3a41',
  name: 'Beta waitlist',
  formFields: [textInput('f1', 'nickname', 'Nickname')],
}
const pressForm: WixForm = {
  id: '0a6f2c44-7d1e-4b3a-9f52-8c0e1d2b3a42',
  name: 'Press enquiry',
  formFields: [textInput('f2', 'outlet', 'Outlet')],
}

let formsDirectory: string

beforeAll(async () => {
  formsDirectory = await mkdtemp(path.join(os.tmpdir(), 'formtalk-forms-'))
  await writeFile(path.join(formsDirectory, 'waitlist.json'), JSON.stringify(waitlistForm))
  // A saved Form Schemas API reply (`{form}`) works as well.
  await writeFile(path.join(formsDirectory, 'press.json'), JSON.stringify({ form: pressForm }))
  await writeFile(path.join(formsDirectory, 'notes.txt'), 'not a form, and not a .json file')
})

afterAll(async () => {
  await rm(formsDirectory, { recursive: true, force: true })
})

describe('npm start: FORMTALK_FORMS', () => {
  let playground: RunningPlayground

  beforeAll(async () => {
    playground = await startPlayground({ env: { FORMTALK_FORMS: formsDirectory } })
  })

  afterAll(async () => {
    await playground?.stop()
  })

  it('serves every *.json form of the directory instead of the samples, and says so', async () => {
    expect(playground.output()).toContain(`Emulator: 2 forms from ${formsDirectory}`)
    const response = await fetch(new URL('/_emulator/forms', playground.url))
    const forms = (await response.json()) as WixForm[]
    expect(forms.map((form) => form.name).sort()).toEqual(['Beta waitlist', 'Press enquiry'])
  })

  it('runs a conversation over one of them', async () => {
    const response = await fetch(new URL(SESSIONS_PATH, playground.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ formId: pressForm.id }),
    })
    expect(response.status).toBe(200)
    const reply = (await response.json()) as InteractiveFormResponse
    const words = reply.responseChunks
      .filter(isKnownChunk)
      .map((chunk) => (chunk.chunkType === 'TEXT' ? chunk.textDetails.text : ''))
      .join('')
    expect(words).toContain('Press enquiry')
    expect(words).toContain('outlet')
  })

  it('still serves the playground page', async () => {
    const page = await (await fetch(playground.url)).text()
    expect(page).toContain('<title>formtalk playground</title>')
  })
})

describe('npm start: refuses to start, with a reason, when', () => {
  it('FORMTALK_FORMS is not a directory', async () => {
    const missing = path.join(formsDirectory, 'no-such-folder')
    const result = await runPlaygroundUntilExit({ FORMTALK_FORMS: missing })
    expect(result.code).toBe(1)
    expect(result.output).toContain(`FORMTALK_FORMS=${missing}: no such directory`)
  })

  it('a form file is not a Wix form', async () => {
    const broken = await mkdtemp(path.join(os.tmpdir(), 'formtalk-broken-'))
    try {
      await writeFile(path.join(broken, 'draft.json'), JSON.stringify({ title: 'no id, no fields' }))
      const result = await runPlaygroundUntilExit({ FORMTALK_FORMS: broken })
      expect(result.code).toBe(1)
      expect(result.output).toContain('draft.json: not a Wix form')
    } finally {
      await rm(broken, { recursive: true, force: true })
    }
  })

  it('PORT is not a port number', async () => {
    const result = await runPlaygroundUntilExit({ PORT: 'eighty' })
    expect(result.code).toBe(1)
    expect(result.output).toContain('PORT=eighty: expected a whole number from 0 to 65535')
  })

  it('the port is taken (no silent move to another port)', async () => {
    const port = await freePort()
    const blocker = net.createServer().listen(port, '127.0.0.1')
    await once(blocker, 'listening')
    try {
      const result = await runPlaygroundUntilExit({ PORT: String(port) })
      expect(result.code).not.toBe(0)
      expect(result.output).toContain(`Port ${port} is already in use`)
    } finally {
      blocker.close()
    }
  })
})
