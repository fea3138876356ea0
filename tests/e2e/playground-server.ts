/**
 * Starts the `npm start` server (Vite with the emulator middleware) for the
 * end-to-end tests: `node_modules/.bin/vite` spawned directly in its own
 * process group, so stopping it stops everything it started.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const READY_LINE = /formtalk playground ready at (http:\/\/\S+)/

/** A port nothing listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = net.createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  server.close()
  await once(server, 'close')
  if (!address || typeof address === 'string') throw new Error('no TCP address')
  return address.port
}

export interface RunningPlayground {
  /** The page's URL as the server printed it, e.g. `http://127.0.0.1:41234/`. */
  url: string
  /** Everything the server printed so far. */
  output(): string
  stop(): Promise<void>
}

export interface ExitedPlayground {
  code: number | null
  output: string
}

/** Exactly what `npm start` runs (see package.json), minus npm in between. */
function spawnVite(env: Record<string, string>) {
  return spawn(path.join(repositoryRoot, 'node_modules/.bin/vite'), ['--config', 'demo/vite.config.ts', '--configLoader', 'runner'], {
    cwd: repositoryRoot,
    env: { ...process.env, NO_COLOR: '1', HOST: '127.0.0.1', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** Starts the playground and resolves once it printed its URL. */
export async function startPlayground(options: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<RunningPlayground> {
  const port = await freePort()
  const child = spawnVite({ PORT: String(port), ...options.env })
  let output = ''
  const exited = once(child, 'exit')

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`the playground did not print its URL within ${options.timeoutMs ?? 60_000} ms:\n${output}`))
    }, options.timeoutMs ?? 60_000)
    const onData = (data: Buffer) => {
      output += data.toString()
      const match = READY_LINE.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the playground exited (code ${code}) before it was ready:\n${output}`))
    })
  }).catch(async (error: unknown) => {
    await stopGroup(child.pid, exited)
    throw error
  })

  return {
    url,
    output: () => output,
    stop: () => stopGroup(child.pid, exited),
  }
}

/** Runs the playground expecting it to refuse to start; resolves with its exit code and output. */
export async function runPlaygroundUntilExit(env: Record<string, string>, timeoutMs = 30_000): Promise<ExitedPlayground> {
  const child = spawnVite({ PORT: String(await freePort()), ...env })
  let output = ''
  child.stdout.on('data', (data: Buffer) => (output += data.toString()))
  child.stderr.on('data', (data: Buffer) => (output += data.toString()))
  const exited = once(child, 'exit')
  const timer = setTimeout(() => void stopGroup(child.pid, exited), timeoutMs)
  const [code] = (await exited) as [number | null]
  clearTimeout(timer)
  return { code, output }
}

async function stopGroup(pid: number | undefined, exited: Promise<unknown[]>): Promise<void> {
  if (pid === undefined) return
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name)
    } catch {
      // Already gone.
    }
  }
  signal('SIGTERM')
  const killer = setTimeout(() => signal('SIGKILL'), 5_000)
  await exited
  clearTimeout(killer)
}
