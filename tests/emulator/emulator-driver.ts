/** Helpers to talk to an in-memory emulator through its Fetch handler, as a client would. */
import { createEmulator, seededRandom, type Emulator, type EmulatorOptions } from '../../src/emulator'
import type {
  ClientTime,
  CurrentValues,
  InteractiveFormResponse,
  InteractiveFormStreamEvent,
  JsonValue,
  ResponseChunk,
  TextDataChunk,
} from '../../src/api/wire-types'

export const BASE = 'http://emulator.test/forms/ai/v1/interactive-form-sessions'
/** Wednesday, June 9, 2027, noon in Berlin. */
export const NOW = new Date('2027-06-09T10:00:00.000Z')
export const CLIENT_TIME: ClientTime = { currentTime: NOW.toISOString(), timeZone: 'Europe/Berlin' }

export function testEmulator(options: EmulatorOptions = {}): Emulator {
  return createEmulator({ now: () => NOW, random: seededRandom(42), ...options })
}

export function post(emulator: Emulator, url: string, body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Response> {
  const init: RequestInit = { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }
  if (signal) init.signal = signal
  return emulator.fetch(url, init)
}

export async function create(
  emulator: Emulator,
  formId: string,
  options: { currentValues?: CurrentValues; dryRun?: boolean; clientTime?: ClientTime } = {},
): Promise<InteractiveFormResponse> {
  const response = await post(emulator, BASE, { formId, clientTime: CLIENT_TIME, ...options })
  if (response.status !== 200) throw new Error(`create answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as InteractiveFormResponse
}

export async function send(emulator: Emulator, sessionId: string, input: string | undefined, currentValues?: CurrentValues): Promise<InteractiveFormResponse> {
  const body: Record<string, unknown> = {}
  if (input !== undefined) body.input = input
  if (currentValues !== undefined) body.currentValues = currentValues
  const response = await post(emulator, `${BASE}/${sessionId}/send-user-message`, body)
  if (response.status !== 200) throw new Error(`send answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as InteractiveFormResponse
}

/** Reads a whole SSE body into its events (and the raw `data:` lines that were not JSON). */
export async function readEvents(response: Response): Promise<{ events: InteractiveFormStreamEvent[]; malformed: string[] }> {
  const text = await response.text()
  const events: InteractiveFormStreamEvent[] = []
  const malformed: string[] = []
  for (const frame of text.split('\n\n')) {
    const data = frame
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).trimStart())
      .join('\n')
    if (data === '') continue
    try {
      events.push(JSON.parse(data) as InteractiveFormStreamEvent)
    } catch {
      malformed.push(data)
    }
  }
  return { events, malformed }
}

export function ofType<T extends ResponseChunk['chunkType']>(chunks: readonly ResponseChunk[], type: T): Array<Extract<ResponseChunk, { chunkType: T }>> {
  return chunks.filter((chunk) => chunk.chunkType === type) as Array<Extract<ResponseChunk, { chunkType: T }>>
}

/** All `TEXT` of a reply, joined as a reader sees it. */
export function textOf(chunks: readonly ResponseChunk[]): string {
  return chunks
    .filter((chunk) => chunk.chunkType === 'TEXT')
    .map((chunk) => (chunk as { textDetails: { text: string } }).textDetails.text)
    .join('')
}

/** The values a reply confirmed, by field target. */
export function confirmed(chunks: readonly ResponseChunk[]): Record<string, JsonValue> {
  const values: Record<string, JsonValue> = {}
  for (const chunk of ofType(chunks, 'TEXT_DATA') as TextDataChunk[]) values[chunk.textDataDetails.fieldTarget] = chunk.textDataDetails.value
  return values
}

/** The field targets a reply flags with `IMPORTANT_TEXT`: a refused value, or a given key the form cannot take. */
export function importantTargets(chunks: readonly ResponseChunk[]): Array<string | undefined> {
  return ofType(chunks, 'IMPORTANT_TEXT').map((chunk) => chunk.importantTextDetails.fieldTarget)
}

export function highlighted(input: string, chunk: ResponseChunk): string | undefined {
  const range = chunk.meaningfulInput
  return range ? input.slice(range.startOffset, range.startOffset + range.length) : undefined
}
