/**
 * Reads the form schemas the playground's emulator serves when
 * `FORMTALK_FORMS=<dir>` is set: every `*.json` file in the directory, each a
 * Wix form (`{id, name?, formFields[], steps?}`) or a Form Schemas API reply
 * wrapping one (`{form: {...}}`). Runs in Node, inside the Vite config.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { WixForm } from '../src/api/wire-types'

/** A problem with `FORMTALK_FORMS`, worded for the person who set it. */
export class FormsDirectoryError extends Error {
  override name = 'FormsDirectoryError'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function toForm(parsed: unknown, file: string): WixForm {
  // A GET on the Form Schemas API answers `{form: {...}}`; accept a saved reply as is.
  const candidate = isRecord(parsed) && isRecord(parsed.form) ? parsed.form : parsed
  if (!isRecord(candidate) || typeof candidate.id !== 'string' || candidate.id === '' || !Array.isArray(candidate.formFields)) {
    throw new FormsDirectoryError(`${file}: not a Wix form — expected an object with a string "id" and a "formFields" array`)
  }
  return candidate as WixForm
}

/** Every form in `directory`, sorted by file name; throws `FormsDirectoryError` on anything unusable. */
export function loadFormsFromDirectory(directory: string): WixForm[] {
  const absolute = path.resolve(directory)
  let isDirectory: boolean
  try {
    isDirectory = statSync(absolute).isDirectory()
  } catch {
    throw new FormsDirectoryError(`FORMTALK_FORMS=${directory}: no such directory (${absolute})`)
  }
  if (!isDirectory) throw new FormsDirectoryError(`FORMTALK_FORMS=${directory}: not a directory (${absolute})`)

  const files = readdirSync(absolute)
    .filter((name) => name.toLowerCase().endsWith('.json'))
    .sort()
  if (files.length === 0) throw new FormsDirectoryError(`FORMTALK_FORMS=${directory}: no *.json form schemas in ${absolute}`)

  const forms: WixForm[] = []
  const seen = new Map<string, string>()
  for (const name of files) {
    const file = path.join(absolute, name)
    let parsed: unknown
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'))
    } catch (error) {
      throw new FormsDirectoryError(`${file}: invalid JSON (${error instanceof Error ? error.message : String(error)})`)
    }
    const form = toForm(parsed, file)
    const previous = seen.get(form.id)
    if (previous) throw new FormsDirectoryError(`${file}: form id ${form.id} is already used by ${previous}`)
    seen.set(form.id, file)
    forms.push(form)
  }
  return forms
}
