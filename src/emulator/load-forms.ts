/**
 * Reads a directory of Wix form schemas for the emulator's CLI
 * (`--forms <dir>`) and the playground (`FORMTALK_FORMS=<dir>`): every
 * `*.json` file, each a bare form (`{id, name?, formFields[], steps?}`) or a
 * saved Form Schemas API reply wrapping one (`{form: {...}}`). Node only.
 *
 * Synchronous on purpose: both callers read the forms once, before serving
 * anything, and the playground reads them while Vite evaluates its config,
 * which cannot wait for a promise.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { isRecord } from '../api/is-record'
import type { WixForm } from '../api/wire-types'

/** A forms directory the emulator cannot serve, worded for the person who named it. */
export class FormsDirectoryError extends Error {
  override name = 'FormsDirectoryError'
}

/**
 * Every form in `directory`, sorted by file name; files not ending in
 * `.json` are ignored. Throws `FormsDirectoryError` for a missing or empty
 * directory, a file that is not JSON or not a form, and two files with the
 * same form id. Messages name the file; they do not name the setting, so a
 * caller prefixes its own (`FORMTALK_FORMS=…: `, `--forms …: `).
 */
export function loadFormsDirectory(directory: string): WixForm[] {
  const absolute = path.resolve(directory)
  let isDirectory: boolean
  try {
    isDirectory = statSync(absolute).isDirectory()
  } catch {
    throw new FormsDirectoryError(`no such directory (${absolute})`)
  }
  if (!isDirectory) throw new FormsDirectoryError(`not a directory (${absolute})`)

  const names = readable(absolute, () => readdirSync(absolute))
    .filter((name) => name.toLowerCase().endsWith('.json'))
    .sort()
  if (names.length === 0) throw new FormsDirectoryError(`no *.json form schemas in ${absolute}`)

  const forms: WixForm[] = []
  const fileById = new Map<string, string>()
  for (const name of names) {
    const file = path.join(absolute, name)
    const form = parseFormFile(readable(file, () => readFileSync(file, 'utf8')), file)
    const previous = fileById.get(form.id)
    if (previous) throw new FormsDirectoryError(`${file}: form id ${form.id} is already used by ${previous}`)
    fileById.set(form.id, file)
    forms.push(form)
  }
  return forms
}

/** One file's text as a form; `file` only names it in errors. */
function parseFormFile(text: string, file: string): WixForm {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new FormsDirectoryError(`${file}: invalid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error })
  }
  // A GET on the Form Schemas API answers `{form: {...}}`; a saved reply works as is.
  const form = isRecord(parsed) && isRecord(parsed.form) ? parsed.form : parsed
  if (!isRecord(form) || typeof form.id !== 'string' || form.id === '' || !Array.isArray(form.formFields)) {
    throw new FormsDirectoryError(`${file}: not a Wix form — expected an object with a string "id" and a "formFields" array`)
  }
  return form as WixForm
}

/** `read()`, with a file system error (no permission, a broken link…) told as a `FormsDirectoryError`. */
function readable<T>(where: string, read: () => T): T {
  try {
    return read()
  } catch (error) {
    const code = isRecord(error) && typeof error.code === 'string' ? error.code : String(error)
    throw new FormsDirectoryError(`${where}: cannot read it (${code})`, { cause: error })
  }
}
