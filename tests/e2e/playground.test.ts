/**
 * End to end: `npm start` (Vite + the emulator middleware) in a real
 * Chromium. A user fills two sample forms through the chat, and the values the
 * emulator stored are exactly what they said and picked.
 */
import { mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest'
import { chromiumLaunchOptions } from '../../chromium.mjs'
import { SESSIONS_PATH } from '../../src/emulator'
import type { EmulatorSubmission } from '../../src/emulator'
import contactForm from '../../src/emulator/forms/contact.json'
import eventRegistrationForm from '../../src/emulator/forms/event-registration.json'
import feedbackSurveyForm from '../../src/emulator/forms/feedback-survey.json'
import { repositoryRoot, startPlayground, type RunningPlayground } from './playground-server'

/** Bounded waits: a reply takes well under a second here; these only guard against hangs. */
const STEP_TIMEOUT_MS = 10_000

let playground: RunningPlayground
let browser: Browser
let context: BrowserContext
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  // Chromium's launch overlaps Vite's start-up.
  ;[playground, browser] = await Promise.all([startPlayground(), chromium.launch(chromiumLaunchOptions())])
})

afterAll(async () => {
  await browser?.close()
  await playground?.stop()
})

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  page = await context.newPage()
  page.setDefaultTimeout(STEP_TIMEOUT_MS)
  pageErrors.length = 0
  page.on('pageerror', (error) => pageErrors.push(error.message))
  onTestFailed(() => console.error(`The playground server printed:\n${playground.output()}`))
})

afterEach(async () => {
  await context?.close()
})

function widget(): Locator {
  return page.getByRole('region', { name: 'Form assistant' })
}

/** Waits until the assistant's latest words include `text` (and the reply is over). */
async function assistantAsks(text: string): Promise<void> {
  await widget().getByRole('log', { name: 'Conversation' }).getByText(text, { exact: false }).last().waitFor()
  await widget().and(page.locator('[data-status="ready"], [data-status="submitted"]')).waitFor()
}

/** Types into the chat's message box and presses Enter, as a user does. */
async function say(text: string): Promise<void> {
  const box = widget().getByRole('textbox', { name: 'Message' })
  await box.fill(text)
  await box.press('Enter')
}

/** Clicks an option chip of the open prompt named `group` ("Choose Ticket"). */
async function pick(group: string, option: string): Promise<void> {
  await widget().getByRole('radiogroup', { name: group }).last().getByRole('radio', { name: option }).click()
}

/** axe-core's violations on the page as it is now, as `rule: targets` lines (empty = accessible as far as axe can tell). */
async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe
    const { violations } = await axe.run()
    return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  })
}

async function storedSubmissions(formId: string): Promise<EmulatorSubmission[]> {
  const response = await fetch(new URL('/_emulator/submissions', playground.url))
  expect(response.ok).toBe(true)
  const all = (await response.json()) as EmulatorSubmission[]
  return all.filter((submission) => submission.formId === formId)
}

describe('npm start: the playground with the built-in emulator', () => {
  it('completes the event registration by typing and picking options, and stores exactly those values', async () => {
    await page.goto(new URL(`/?formId=${eventRegistrationForm.id}`, playground.url).href)
    await page.getByRole('heading', { level: 2, name: eventRegistrationForm.name }).waitFor()

    await assistantAsks('What\'s your full name?')
    await say('Ada Lovelace')
    await assistantAsks('What\'s your email?')
    await say('ada@example.com')
    await assistantAsks('Which ticket would you like?')
    await pick('Choose Ticket', 'VIP')
    await assistantAsks('How many guests are you bringing?')
    await say('2 guests')
    await assistantAsks('What\'s your arrival date?')
    await say('15 June 2027')
    await assistantAsks('Please confirm: I agree to the code of conduct.')
    await pick('Choose I agree to the code of conduct', 'Yes')
    await assistantAsks('Which dietary requirements apply?')
    const dietary = widget().getByRole('toolbar', { name: 'Choose one or more: Dietary requirements' }).last()
    await dietary.getByRole('button', { name: 'Vegetarian' }).click()
    await dietary.getByRole('button', { name: 'Gluten-free' }).click()
    // The answered guests prompt above shows its number in words and has no Confirm left: this one is the only one.
    await widget().getByRole('button', { name: 'Confirm' }).click()
    await assistantAsks('What\'s your company?')
    await say('Analytical Engines Ltd')
    await assistantAsks('Your form has been submitted')

    const stored = await storedSubmissions(eventRegistrationForm.id)
    expect(stored).toHaveLength(1)
    expect(stored[0]?.dryRun).toBe(false)
    expect(stored[0]?.values).toStrictEqual({
      fullName: 'Ada Lovelace',
      email: 'ada@example.com',
      ticket: 'vip',
      guests: 2,
      arrivalDate: '2027-06-15',
      codeOfConduct: true,
      dietary: ['vegetarian', 'gluten-free'],
      company: 'Analytical Engines Ltd',
    })

    // The live panel shows the submission in words, under the field labels.
    const panel = page.getByRole('region', { name: 'Submissions' })
    const card = panel.getByRole('article', { name: eventRegistrationForm.name })
    await card.waitFor()
    await card.getByText('Vegetarian, Gluten-free').waitFor()
    await card.getByText('VIP', { exact: true }).waitFor()
    expect(await card.getByRole('definition').allTextContents()).toContain('Ada Lovelace')
    expect(await card.getByRole('term').allTextContents()).toContain('Full name')

    expect(await axeViolations()).toEqual([])
    await mkdir(path.join(repositoryRoot, 'test-results'), { recursive: true })
    await page.screenshot({ path: path.join(repositoryRoot, 'test-results/e2e-event-registration.png') })
    expect(pageErrors).toEqual([])
  })

  it('completes the contact form with streaming turned off, over the standard methods only', async () => {
    const apiCalls: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname.startsWith(SESSIONS_PATH)) apiCalls.push(`${request.method()} ${url.pathname.slice(SESSIONS_PATH.length) || '/'}`)
    })
    await page.goto(new URL(`/?formId=${contactForm.id}`, playground.url).href)
    await assistantAsks('What\'s your first name?')
    expect(apiCalls.at(-1)).toBe('POST /create-streamed')

    const streaming = page.getByRole('checkbox', { name: 'Streaming' })
    apiCalls.length = 0
    await streaming.uncheck()
    expect(new URL(page.url()).searchParams.get('streaming')).toBe('off')
    // Turning streaming off starts a new conversation over the standard methods.
    await assistantAsks('What\'s your first name?')
    await say('Grace')
    await assistantAsks('What\'s your last name?')
    await say('Hopper')
    await assistantAsks('What\'s your email?')
    await say('grace@example.com')
    await assistantAsks('Which topic would you like?')
    await pick('Choose Topic', 'Technical support')
    await assistantAsks('What\'s your message?')
    await say('The compiler keeps rejecting my COBOL program.')
    await assistantAsks('Optionally: What\'s your phone?')
    await say('skip')
    await assistantAsks('Send me the monthly newsletter')
    await pick('Choose Send me the monthly newsletter', 'Yes')
    await assistantAsks('Your form has been submitted')

    expect(apiCalls.length).toBeGreaterThanOrEqual(8)
    expect(apiCalls[0]).toBe('POST /')
    expect(apiCalls.filter((call) => call.includes('-streamed'))).toEqual([])
    expect(apiCalls.slice(1).every((call) => /^POST \/[^/]+\/send-user-message$/.test(call))).toBe(true)

    const stored = await storedSubmissions(contactForm.id)
    expect(stored).toHaveLength(1)
    expect(stored[0]?.values).toStrictEqual({
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'grace@example.com',
      topic: 'support',
      message: 'The compiler keeps rejecting my COBOL program.',
      newsletter: true,
    })
    expect(pageErrors).toEqual([])
  })

  it('keeps the form picker and the URL in sync, follows the theme, and stacks on a narrow screen', async () => {
    await page.setViewportSize({ width: 420, height: 900 })
    await page.goto(new URL(`/?formId=${contactForm.id}&theme=dark`, playground.url).href)
    await assistantAsks('What\'s your first name?')

    await page.getByRole('combobox', { name: 'Form' }).selectOption({ label: feedbackSurveyForm.name })
    expect(new URL(page.url()).searchParams.get('formId')).toBe(feedbackSurveyForm.id)
    await page.getByRole('heading', { level: 2, name: feedbackSurveyForm.name }).waitFor()
    await assistantAsks(feedbackSurveyForm.name)

    // The URL carries the choice: a reload (or a shared link) opens the same form.
    await page.reload()
    // The heading names the form once the picker's list has arrived.
    await page.getByRole('heading', { level: 2, name: feedbackSurveyForm.name }).waitFor()
    expect(await page.getByRole('combobox', { name: 'Form' }).inputValue()).toBe(feedbackSurveyForm.id)
    await assistantAsks(feedbackSurveyForm.name)

    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark')
    expect(await widget().getAttribute('data-theme')).toBe('dark')
    const chat = await page.getByRole('region', { name: feedbackSurveyForm.name }).boundingBox()
    const submissions = await page.getByRole('region', { name: 'Submissions' }).boundingBox()
    expect(chat && submissions && submissions.y >= chat.y + chat.height).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)

    expect(await axeViolations()).toEqual([])
    await mkdir(path.join(repositoryRoot, 'test-results'), { recursive: true })
    await page.screenshot({ path: path.join(repositoryRoot, 'test-results/e2e-narrow-dark.png'), fullPage: true })
    expect(pageErrors).toEqual([])
  })
})
