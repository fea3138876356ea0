/** Helpers for the emulator's Node tests: a server per test file and an SSE reader over real `fetch`. */
import type { InteractiveFormStreamEvent } from '../../src/api/wire-types'
import { SESSIONS_PATH } from '../../src/emulator'

export const CLIENT_TIME = { currentTime: '2027-06-09T10:00:00.000Z', timeZone: 'Europe/Berlin' }

export function sessionsUrl(origin: string): string {
  return `${origin}${SESSIONS_PATH}`
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Response> {
  const init: RequestInit = { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }
  if (signal) init.signal = signal
  return fetch(url, init)
}

/** Reads SSE events as they arrive, noting when each one did. */
export async function readTimedEvents(response: Response): Promise<{ events: InteractiveFormStreamEvent[]; times: number[]; malformed: string[] }> {
  const events: InteractiveFormStreamEvent[] = []
  const times: number[] = []
  const malformed: string[] = []
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    buffer += value
    let end = buffer.indexOf('\n\n')
    while (end >= 0) {
      const frame = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const data = frame.startsWith('data: ') ? frame.slice(6) : frame
      try {
        events.push(JSON.parse(data) as InteractiveFormStreamEvent)
        times.push(performance.now())
      } catch {
        malformed.push(data)
      }
      end = buffer.indexOf('\n\n')
    }
  }
  return { events, times, malformed }
}
