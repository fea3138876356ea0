/**
 * The real Node emulator server (127.0.0.1, random port) and a real client
 * talking to it over HTTP, for fault tests. Every request the client makes is
 * recorded, so a test can prove a fault was not retried behind the user's back.
 */
import { createInteractiveFormClient } from '../../src/api/client'
import type { FetchFunction, InteractiveFormClient } from '../../src/api/client'
import { SESSIONS_PATH } from '../../src/emulator/create-emulator'
import type { EmulatorOptions } from '../../src/emulator/create-emulator'
import { startEmulatorServer } from '../../src/emulator/node-server'
import type { EmulatorServer } from '../../src/emulator/node-server'

/** The token the client sends; persisted state must never contain it. */
export const SECRET_TOKEN = 'Bearer formtalk-test-secret-7f3a9c'

export interface RecordedCall {
  url: string
  kind: 'create' | 'send' | 'form'
  /** The signal the client gave `fetch`: aborted when the client gave up on the request. */
  signal: AbortSignal | undefined
}

export interface Harness {
  server: EmulatorServer
  client: InteractiveFormClient
  calls: RecordedCall[]
  /** Responses the client hung up on before the server finished writing them (an abort reached the server). */
  abandonedResponses(): number
  /** Session requests (create and send) made so far. */
  sessionCalls(): RecordedCall[]
  close(): Promise<void>
}

export async function startHarness(options: EmulatorOptions & { timeoutMs?: number } = {}): Promise<Harness> {
  const { timeoutMs = 5_000, ...emulatorOptions } = options
  const server = await startEmulatorServer(emulatorOptions)
  const calls: RecordedCall[] = []
  let abandoned = 0
  server.server.on('request', (_request, response) => {
    response.on('close', () => {
      if (!response.writableFinished) abandoned += 1
    })
  })
  const recordingFetch: FetchFunction = (url, init) => {
    const kind = url.includes('/form-schema-service/') ? 'form' : url.includes('/send-user-message') ? 'send' : 'create'
    calls.push({ url, kind, signal: init.signal ?? undefined })
    return fetch(url, init)
  }
  const client = createInteractiveFormClient({
    baseUrl: `${server.url}${SESSIONS_PATH}`,
    fetch: recordingFetch,
    timeoutMs,
    headers: { Authorization: SECRET_TOKEN },
  })
  return {
    server,
    client,
    calls,
    abandonedResponses: () => abandoned,
    sessionCalls: () => calls.filter((call) => call.kind !== 'form'),
    close: () => server.close(),
  }
}
