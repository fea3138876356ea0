/**
 * Faults over a real network: the playground (`npm start`: Vite with the
 * emulator's Node middleware) in a real Chromium, with faults queued through
 * the emulator's HTTP control endpoint. Unlike tests/browser/faults (the
 * emulator's Fetch handler inside the page), the failures here are Chromium's
 * own: a destroyed socket, a chunked body that stops, a real 503 and 429.
 * Requests are counted as Chromium sends them.
 */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest'
import { chromiumLaunchOptions } from '../../chromium.mjs'
import { SESSIONS_PATH } from '../../src/emulator'
import type { EmulatorSessionSnapshot, FaultName } from '../../src/emulator'
import contactForm from '../../src/emulator/forms/contact.json'
import { startPlayground, type RunningPlayground } from './playground-server'

/** Bounded waits: a reply takes well under a second here; these only guard against hangs. */
const STEP_TIMEOUT_MS = 10_000

let playground: RunningPlayground
let browser: Browser
let context: BrowserContext
let page: Page
const pageErrors: string[] = []
/** Session API requests as Chromium sent them: `create` or `send`. */
const sessionRequests: Array<'create' | 'send'> = []

beforeAll(async () => {
  ;[playground, browser] = await Promise.all([startPlayground(), chromium.launch(chromiumLaunchOptions())])
})

afterAll(async () => {
  await browser?.close()
  await playground?.stop()
})

beforeEach(async () => {
  // Sessions and queued faults of the previous test must not leak into this one.
  expect((await emulatorControl('reset')).status).toBe(204)
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  page = await context.newPage()
  page.setDefaultTimeout(STEP_TIMEOUT_MS)
  pageErrors.length = 0
  sessionRequests.length = 0
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (request.method() !== 'POST' || !pathname.startsWith(SESSIONS_PATH)) return
    sessionRequests.push(pathname.includes('/send-user-message') ? 'send' : 'create')
  })
  onTestFailed(() => console.error(`The playground server printed:\n${playground.output()}`))
})

afterEach(async () => {
  await context?.close()
})

function emulatorControl(resource: 'reset' | 'faults', body?: unknown): Promise<Response> {
  return fetch(new URL(`/_emulator/${resource}`, playground.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? '' : JSON.stringify(body),
  })
}

/** Makes the next session request (`times` of them) fail with `fault`, on the emulator server. */
async function queueFault(fault: FaultName, times = 1): Promise<void> {
  expect((await emulatorControl('faults', { fault, times })).status).toBe(200)
}

async function serverSessions(): Promise<EmulatorSessionSnapshot[]> {
  const response = await fetch(new URL('/_emulator/sessions', playground.url))
  return (await response.json()) as EmulatorSessionSnapshot[]
}

function widget(): Locator {
  return page.getByRole('region', { name: 'Form assistant' })
}

function textbox(): Locator {
  return widget().getByRole('textbox', { name: 'Message' })
}

function userBubbles(): Locator {
  return widget().locator('.formtalk-user')
}

async function settled(): Promise<void> {
  await widget().and(page.locator('[data-status="ready"]')).waitFor()
}

/** Waits until the assistant's latest words include `text` and the reply is over. */
async function assistantAsks(text: string): Promise<void> {
  await widget().getByRole('log', { name: 'Conversation' }).getByText(text, { exact: false }).last().waitFor()
  await settled()
}

async function openContactForm(): Promise<void> {
  await page.goto(new URL(`/?formId=${contactForm.id}`, playground.url).href)
  await assistantAsks("What's your first name?")
}

async function say(text: string): Promise<void> {
  await textbox().fill(text)
  await textbox().press('Enter')
}

const sends = () => sessionRequests.filter((request) => request === 'send').length

/**
 * A connection that dies before any response byte, failing the next request to
 * `endpoint` in Chromium's network stack. Not the emulator's `network` fault:
 * Chromium silently re-sends a request whose reused keep-alive connection
 * closes before answering (it cannot tell that from an idle-timeout close), so
 * a socket the server destroys is usually never seen by the page.
 */
async function dropNextConnection(endpoint: 'create' | 'send'): Promise<void> {
  let dropped = false
  await page.route(
    (url) => url.pathname.startsWith(SESSIONS_PATH) && url.pathname.includes('/send-user-message') === (endpoint === 'send'),
    async (route) => {
      if (dropped || route.request().method() !== 'POST') return route.fallback()
      dropped = true
      return route.abort('connectionreset')
    },
  )
}

describe.each<{ fault: FaultName | 'connection reset'; words: string }>([
  { fault: 'connection reset', words: 'You appear to be offline. Check your connection and try again.' },
  { fault: 'http-503', words: 'The service is having trouble right now. Try again in a moment.' },
  { fault: 'rate-limit', words: 'Too many requests, try again in 2 s.' },
])('a send failing over the network with $fault', ({ fault, words }) => {
  it('says so, keeps the message as not sent with the text back in the composer, sends nothing by itself, and Retry delivers it once', async () => {
    await openContactForm()
    if (fault === 'connection reset') await dropNextConnection('send')
    else await queueFault(fault)
    await say('My name is Ada Lovelace')

    await expect.poll(() => widget().getByRole('alert').first().textContent()).toContain(words)
    await expect.poll(() => userBubbles().first().getAttribute('data-delivery')).toBe('failed')
    expect(await userBubbles().first().textContent()).toContain('Not sent.')
    expect(await textbox().inputValue()).toBe('My name is Ada Lovelace')
    expect(sends()).toBe(1)
    expect((await serverSessions())[0]?.values).toEqual({})

    await widget().getByRole('button', { name: 'Retry' }).first().click()
    await assistantAsks("What's your email?")
    // The failed send and Retry's, nothing in between or after.
    expect(sends()).toBe(2)
    expect(await userBubbles().count()).toBe(1)
    expect(await userBubbles().first().getAttribute('data-delivery')).toBe('sent')
    expect(await textbox().inputValue()).toBe('')
    expect((await serverSessions())[0]?.values).toEqual({ firstName: 'Ada', lastName: 'Lovelace' })
    expect(pageErrors).toEqual([])
  })
})

describe('a create failing over the network', () => {
  it.each<{ fault: FaultName | 'connection reset' }>([{ fault: 'connection reset' }, { fault: 'http-503' }])(
    'a $fault is retried automatically: the user just sees the greeting',
    async ({ fault }) => {
      if (fault === 'connection reset') await dropNextConnection('create')
      else await queueFault(fault)
      await openContactForm()
      expect(sessionRequests).toEqual(['create', 'create'])
      expect(await widget().getByRole('alert').count()).toBe(0)
      expect(await serverSessions()).toHaveLength(1)
      expect(pageErrors).toEqual([])
    },
  )
})

describe('a reply stream that stops after some chunks', () => {
  it('keeps what arrived, says the reply was cut short, and Retry finishes the turn', async () => {
    await openContactForm()
    await queueFault('cut-stream')
    await say('My name is Ada Lovelace')
    await expect.poll(() => widget().getByRole('alert').first().textContent()).toContain('The reply was cut short.')
    expect(await widget().locator('.formtalk-captured-value').allTextContents()).toEqual(['Ada', 'Lovelace'])
    expect(await userBubbles().first().textContent()).toContain('My name is Ada Lovelace')

    await widget().getByRole('alert').getByRole('button', { name: 'Retry' }).click()
    await assistantAsks("What's your email?")
    expect(await widget().getByRole('alert').count()).toBe(0)
    expect(await userBubbles().count()).toBe(1)
    expect(pageErrors).toEqual([])
  })
})

describe('a malformed frame in a real chunked body', () => {
  it('is skipped: the reply completes with no alert', async () => {
    await openContactForm()
    await queueFault('malformed-frame')
    await say('My name is Ada Lovelace')
    await assistantAsks("What's your email?")
    expect(await widget().getByRole('alert').count()).toBe(0)
    expect((await serverSessions())[0]?.values).toEqual({ firstName: 'Ada', lastName: 'Lovelace' })
    expect(pageErrors).toEqual([])
  })
})

describe('one request per action, counted on the wire', () => {
  it('a double click on Send sends once', async () => {
    await openContactForm()
    await textbox().fill('My name is Ada Lovelace')
    await widget().getByRole('button', { name: 'Send' }).dblclick()
    await assistantAsks("What's your email?")
    expect(sends()).toBe(1)
    expect(await userBubbles().count()).toBe(1)
  })

  it('Enter pressed twice sends once', async () => {
    await openContactForm()
    await textbox().fill('My name is Ada Lovelace')
    await textbox().press('Enter')
    await textbox().press('Enter')
    await assistantAsks("What's your email?")
    expect(sends()).toBe(1)
    expect(await userBubbles().count()).toBe(1)
  })
})
