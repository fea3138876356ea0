/**
 * The real widget against the in-page emulator (its Fetch handler is the
 * client's `fetch`), with a gate that can hold the replies to sends so a
 * test can look at the page while a reply is on its way.
 */
import axe from 'axe-core'
import { expect } from 'vitest'
import { createInteractiveFormClient } from '../../../src/api/client'
import type { FetchFunction, InteractiveFormClient } from '../../../src/api/client'
import { SESSIONS_PATH, createEmulator } from '../../../src/emulator'
import type { Emulator, EmulatorOptions } from '../../../src/emulator'

export const BASE_URL = `http://emulator.local${SESSIONS_PATH}`

export interface EmulatedService {
  emulator: Emulator
  client: InteractiveFormClient
  /** Bodies of the sends, in order. */
  sends: Array<{ input?: string; currentValues?: Record<string, unknown> }>
  /** Holds every send's reply until `release()`; the request itself is recorded at once. */
  hold(): void
  release(): void
}

/** Holds replies while closed: `pass(signal)` waits for `release()`, or rejects as `fetch` does when `signal` aborts first. */
export interface ReplyGate {
  hold(): void
  release(): void
  pass(signal?: AbortSignal | null): Promise<void>
}

export function createReplyGate(): ReplyGate {
  let closed: { opened: Promise<void>; open: () => void } | null = null
  return {
    hold() {
      let open = () => {}
      const opened = new Promise<void>((resolve) => {
        open = resolve
      })
      closed = { opened, open }
    },
    release() {
      closed?.open()
      closed = null
    },
    pass(signal) {
      if (!closed) return Promise.resolve()
      const { opened } = closed
      if (!signal) return opened
      signal.throwIfAborted()
      return new Promise<void>((resolve, reject) => {
        const onAbort = () => reject(signal.reason)
        signal.addEventListener('abort', onAbort, { once: true })
        void opened.then(() => {
          signal.removeEventListener('abort', onAbort)
          resolve()
        })
      })
    },
  }
}

export function emulatedService(options: EmulatorOptions = {}): EmulatedService {
  const emulator = createEmulator({ chunkDelayMs: 0, ...options })
  const sends: EmulatedService['sends'] = []
  const gate = createReplyGate()
  const fetch: FetchFunction = async (url, init) => {
    if (url.includes('/send-user-message')) {
      const { input, currentValues } = JSON.parse(String(init?.body ?? '{}')) as EmulatedService['sends'][number]
      sends.push({ ...(input !== undefined ? { input } : {}), ...(currentValues !== undefined ? { currentValues } : {}) })
      await gate.pass(init?.signal)
    }
    return emulator.fetch(url, init)
  }
  return {
    emulator,
    client: createInteractiveFormClient({ baseUrl: BASE_URL, fetch }),
    sends,
    hold: gate.hold,
    release: gate.release,
  }
}

/** Every axe violation under `element`, as `rule: targets` lines. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'] })
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

/** Waits until the widget under `container` has finished its reply. */
export async function settled(container: Element, status: RegExp = /^(ready|submitted)$/) {
  await expect.poll(() => container.querySelector<HTMLElement>('.formtalk')?.dataset.status, { timeout: 5_000 }).toMatch(status)
}
