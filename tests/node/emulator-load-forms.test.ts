// @vitest-environment node
/**
 * The one forms-directory loader behind `npm run emulator -- --forms <dir>`
 * and `FORMTALK_FORMS=<dir> npm start`: what it serves, and how it explains
 * a directory it cannot serve.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readPlaygroundEnvironment } from '../../demo/playground-environment'
import { contactForm } from '../../src/emulator'
import { FormsDirectoryError, loadFormsDirectory } from '../../src/emulator/load-forms'

let directory: string

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'formtalk-forms-'))
})

afterEach(async () => {
  await rm(directory, { recursive: true, force: true })
})

function write(name: string, content: unknown): Promise<void> {
  return writeFile(path.join(directory, name), typeof content === 'string' ? content : JSON.stringify(content))
}

/** The error `load()` throws, checked to be a `FormsDirectoryError`. */
function failure(load: () => unknown): FormsDirectoryError {
  try {
    load()
  } catch (error) {
    expect(error).toBeInstanceOf(FormsDirectoryError)
    return error as FormsDirectoryError
  }
  throw new Error('expected the load to fail')
}

describe('loadFormsDirectory', () => {
  it('reads every *.json file in file name order, bare forms and saved {form} replies alike, and ignores other files', async () => {
    await write('b.json', { form: { ...contactForm, id: 'second' } })
    await write('A.JSON', contactForm)
    await write('notes.txt', 'not a form')
    expect(loadFormsDirectory(directory).map((form) => form.id)).toEqual([contactForm.id, 'second'])
  })

  it('names the file and the parser’s reason for a file that is not JSON', async () => {
    await write('a.json', contactForm)
    await write('broken.json', '{"id": "x", "formFields": [')
    const error = failure(() => loadFormsDirectory(directory))
    expect(error.message).toMatch(new RegExp(`^${escape(path.join(directory, 'broken.json'))}: invalid JSON \\(.+\\)$`))
    expect(error.cause).toBeInstanceOf(SyntaxError)
  })

  it('names the file and what a form needs for JSON that is not a form', async () => {
    await write('draft.json', { id: 1, title: 'no fields' })
    expect(failure(() => loadFormsDirectory(directory)).message).toBe(
      `${path.join(directory, 'draft.json')}: not a Wix form — expected an object with a string "id" and a "formFields" array`,
    )
  })

  it('refuses two files with the same form id, naming both', async () => {
    await write('one.json', contactForm)
    await write('two.json', { form: contactForm })
    expect(failure(() => loadFormsDirectory(directory)).message).toBe(
      `${path.join(directory, 'two.json')}: form id ${contactForm.id} is already used by ${path.join(directory, 'one.json')}`,
    )
  })

  it('explains a missing directory, a file given as the directory, and a directory without forms', async () => {
    const missing = path.join(directory, 'nope')
    expect(failure(() => loadFormsDirectory(missing)).message).toBe(`no such directory (${missing})`)
    await write('form.txt', 'x')
    expect(failure(() => loadFormsDirectory(path.join(directory, 'form.txt'))).message).toBe(`not a directory (${path.join(directory, 'form.txt')})`)
    expect(failure(() => loadFormsDirectory(directory)).message).toBe(`no *.json form schemas in ${directory}`)
  })
})

describe('the playground (FORMTALK_FORMS) uses the same loader', () => {
  it('resolves the directory from where npm start ran and serves its forms', async () => {
    await write('contact.json', contactForm)
    const environment = readPlaygroundEnvironment({ FORMTALK_FORMS: path.basename(directory), INIT_CWD: path.dirname(directory) })
    expect(environment.forms?.map((form) => form.id)).toEqual([contactForm.id])
    expect(environment.formsSource).toBe(directory)
  })

  it('prefixes the loader’s reason with the setting as the user wrote it', async () => {
    await write('broken.json', 'nope')
    const error = failure(() => readPlaygroundEnvironment({ FORMTALK_FORMS: directory }))
    expect(error.message).toMatch(new RegExp(`^FORMTALK_FORMS=${escape(directory)}: ${escape(path.join(directory, 'broken.json'))}: invalid JSON`))
  })
})

describe('the CLI (--forms) uses the same loader', () => {
  it('exits with 1 and prints the setting, the file and the reason', async () => {
    await write('broken.json', '{')
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/emulator/cli.ts', '--forms', directory, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (data: Buffer) => {
      stderr += data.toString()
    })
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    expect(code).toBe(1)
    expect(stderr.trim()).toMatch(new RegExp(`^--forms ${escape(directory)}: ${escape(path.join(directory, 'broken.json'))}: invalid JSON \\(.+\\)$`))
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
