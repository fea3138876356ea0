/** The playground's settings, read from environment variables. */
import path from 'node:path'
import type { WixForm } from '../src/api/wire-types'
import { FormsDirectoryError, loadFormsDirectory } from '../src/emulator/load-forms'

export interface PlaygroundEnvironment {
  /** `PORT`; default 5173. `0` picks a free port. */
  port: number
  /** `HOST`; default `127.0.0.1` (this machine only). */
  host: string
  /** The forms of `FORMTALK_FORMS`, or `undefined` for the emulator's samples. */
  forms: WixForm[] | undefined
  /** Where the forms came from, for the start-up line. */
  formsSource: string
}

export const DEFAULT_PORT = 5173
export const DEFAULT_HOST = '127.0.0.1'

function readPort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new RangeError(`PORT=${value}: expected a whole number from 0 to 65535`)
  }
  return port
}

/** Throws `RangeError` for a bad `PORT` and `FormsDirectoryError` for a bad `FORMTALK_FORMS`. */
export function readPlaygroundEnvironment(env: Record<string, string | undefined>): PlaygroundEnvironment {
  const port = readPort(env.PORT)
  const host = env.HOST?.trim() || DEFAULT_HOST
  const formsDirectory = env.FORMTALK_FORMS?.trim()
  if (!formsDirectory) return { port, host, forms: undefined, formsSource: 'sample forms' }
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const directory = path.resolve(env.INIT_CWD ?? process.cwd(), formsDirectory)
  try {
    return { port, host, forms: loadFormsDirectory(directory), formsSource: directory }
  } catch (error) {
    if (error instanceof FormsDirectoryError) throw new FormsDirectoryError(`FORMTALK_FORMS=${formsDirectory}: ${error.message}`, { cause: error })
    throw error
  }
}
