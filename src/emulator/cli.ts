/**
 * `npm run emulator -- --forms <dir> --port <n> [--host 127.0.0.1]`: serves
 * every `*.json` Wix form schema in a directory (default: the sample forms)
 * over HTTP and prints the base URL once it listens.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { WixForm } from '../api/wire-types'
import { FORM_SCHEMA_PATH, SESSIONS_PATH } from './create-emulator'
import { FormsDirectoryError, loadFormsDirectory } from './load-forms'
import { startEmulatorServer } from './node-server'
import { sampleForms } from './sample-forms'

export const DEFAULT_PORT = 8787

export interface CliOptions {
  formsDirectory: string | undefined
  port: number
  host: string
  chunkDelayMs: number
  latencyMs: number
  debug: boolean
  help: boolean
}

const USAGE = `Usage: npm run emulator -- [options]

  --forms <dir>        serve every *.json Wix form schema in <dir> (default: the sample forms)
  --port <n>           port to listen on, 0 for any free port (default: ${DEFAULT_PORT})
  --host <host>        interface to listen on (default: 127.0.0.1)
  --chunk-delay <ms>   pause between streamed chunks (default: 30)
  --latency <ms>       wait before each answer (default: 0)
  --debug              add DEBUG chunks to every reply
  --help               show this help`

/** Reads the command line; throws an `Error` with a message for the user on bad input. */
export function parseCliArguments(argv: readonly string[]): CliOptions {
  const options: CliOptions = { formsDirectory: undefined, port: DEFAULT_PORT, host: '127.0.0.1', chunkDelayMs: 30, latencyMs: 0, debug: false, help: false }
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? ''
    const [flag, inline] = argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined]
    const value = (): string => {
      if (inline !== undefined) return inline
      const next = argv[index + 1]
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`)
      index += 1
      return next
    }
    switch (flag) {
      case '--forms':
        options.formsDirectory = value()
        break
      case '--port':
        options.port = wholeNumber(flag, value(), 65_535)
        break
      case '--host':
        options.host = value()
        break
      case '--chunk-delay':
        options.chunkDelayMs = wholeNumber(flag, value(), 60_000)
        break
      case '--latency':
        options.latencyMs = wholeNumber(flag, value(), 60_000)
        break
      case '--debug':
        options.debug = true
        break
      case '--help':
      case '-h':
        options.help = true
        break
      default:
        throw new Error(`Unknown option ${argument}`)
    }
  }
  return options
}

function wholeNumber(flag: string, text: string, max: number): number {
  const value = Number(text)
  if (!/^\d+$/.test(text) || value > max) throw new Error(`${flag} must be a whole number from 0 to ${max}, not "${text}"`)
  return value
}

export async function main(argv: readonly string[]): Promise<void> {
  let options: CliOptions
  try {
    options = parseCliArguments(argv)
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
    process.exitCode = 2
    return
  }
  if (options.help) {
    console.log(USAGE)
    return
  }
  let forms: readonly WixForm[]
  try {
    forms = options.formsDirectory ? loadFormsDirectory(options.formsDirectory) : sampleForms
  } catch (error) {
    if (!(error instanceof FormsDirectoryError)) throw error
    console.error(`--forms ${options.formsDirectory}: ${error.message}`)
    process.exitCode = 1
    return
  }
  const server = await startEmulatorServer({
    forms,
    port: options.port,
    host: options.host,
    chunkDelayMs: options.chunkDelayMs,
    latencyMs: options.latencyMs,
    debug: options.debug,
  })
  console.log(`formtalk emulator listening on ${server.url}`)
  console.log(`  sessions API: ${server.url}${SESSIONS_PATH}`)
  for (const form of forms) console.log(`  form ${form.id}  ${form.name ?? ''}  (${server.url}${FORM_SCHEMA_PATH}/${form.id})`)
  const stop = () => {
    void server.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
