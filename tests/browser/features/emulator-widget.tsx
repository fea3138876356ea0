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

export function emulatedService(options: EmulatorOptions = {}): EmulatedService {
  const emulator = createEmulator({ chunkDelayMs: 0, ...options })
  const sends: EmulatedService['sends'] = []
  let gate: { promise: Promise<void>; open: () => void } | null = null
  const fetch: FetchFunction = async (url, init) => {
    if (url.includes('/send-user-message')) {
      const { input, currentValues } = JSON.parse(String(init?.body ?? '{}')) as EmulatedService['sends'][number]
      sends.push({ ...(input !== undefined ? { input } : {}), ...(currentValues !== undefined ? { currentValues } : {}) })
      if (gate) await gate.promise
    }
    return emulator.fetch(url, init)
  }
  return {
    emulator,
    client: createInteractiveFormClient({ baseUrl: BASE_URL, fetch }),
    sends,
    hold() {
      let open = () => {}
      const promise = new Promise<void>((resolve) => {
        open = resolve
      })
      gate = { promise, open }
    },
    release() {
      gate?.open()
      gate = null
    },
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
