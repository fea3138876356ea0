/**
 * A whole conversation with the keyboard only, in Chromium against the
 * in-page emulator: after every reply and every action, focus is on
 * something a keyboard or screen-reader user can go on from — never dropped
 * on the page's <body> — and every control says what it is and what state it is in.
 */
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { Locator } from 'vitest/browser'
import { cdp, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../../src/components/styles.css'
import { InteractiveForm } from '../../../src/components/interactive-form'
import type { InteractiveFormProps } from '../../../src/components/interactive-form'
import { InteractiveFormView } from '../../../src/components/interactive-form-view'
import { contactForm, eventRegistrationForm, purchaseForm } from '../../../src/emulator'
import { createSessionPersistence } from '../../../src/persist'
import { createFakeSession, endTurn, receive, renderWidget, startSession, text } from '../components/harness'
import { emulatedService, settled } from '../features/emulator-widget'

/** Presses Shift+Tab until `target` has focus: how a keyboard user reaches a prompt above the message box. */
async function shiftTabTo(target: Locator, limit = 8) {
  const element = target.element()
  for (let presses = 0; presses < limit && document.activeElement !== element; presses++) await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
  await expect.element(target).toHaveFocus()
}

/** Presses Tab until `target` has focus. */
async function tabTo(target: Locator, limit = 12) {
  const element = target.element()
  for (let presses = 0; presses < limit && document.activeElement !== element; presses++) await userEvent.keyboard('{Tab}')
  await expect.element(target).toHaveFocus()
}

async function chat(formId: string, props: Partial<InteractiveFormProps> = {}) {
  const service = emulatedService()
  const screen = await render(
    <div style={{ inlineSize: '480px' }}>
      <InteractiveForm formId={formId} client={service.client} progress={false} {...props} />
    </div>,
  )
  await settled(screen.container)
  const log = screen.getByRole('log', { name: 'Conversation' })
  const message = screen.getByRole('textbox', { name: 'Message' })
  const say = async (words: string) => {
    await userEvent.keyboard(`${words}{Enter}`)
    await settled(screen.container)
  }
  return { service, screen, log, message, say }
}

describe('a conversation by keyboard only', () => {
  it('event registration: chips, a number with its rules, a multiple choice with "Other"; focus stays in the widget throughout', async () => {
    const { service, screen, log, message, say } = await chat(eventRegistrationForm.id)
    const heard = { polite: [] as string[], assertive: [] as string[] }
    for (const politeness of ['polite', 'assertive'] as const) {
      const region = screen.container.querySelector(`[aria-live="${politeness}"][data-announcer]`)!
      new MutationObserver(() => {
        if (region.textContent) heard[politeness].push(region.textContent)
      }).observe(region, { childList: true, subtree: true, characterData: true })
    }
    message.element().focus()
    await say('Ada Lovelace, ada@example.com')
    await expect.element(message).toHaveFocus()

    // Single select: one Tab stop, arrows move without picking, Enter picks.
    const tickets = log.getByRole('radiogroup', { name: 'Choose Ticket' })
    await shiftTabTo(tickets.getByRole('radio', { name: 'General admission' }))
    await userEvent.keyboard('{ArrowRight}')
    await expect.element(tickets.getByRole('radio', { name: 'VIP' })).toHaveFocus()
    await expect.element(tickets.getByRole('radio', { name: 'VIP' })).toHaveAttribute('aria-checked', 'false')
    await userEvent.keyboard('{Enter}')
    // The chip picked is disabled while the answer goes out: focus moves to the message box, not to <body>.
    await expect.element(message).toHaveFocus()
    await settled(screen.container)
    await expect.element(tickets.getByRole('radio', { name: 'VIP' })).toHaveAttribute('aria-checked', 'true')
    await expect.element(message).toHaveFocus()
    expect(service.sends.at(-1)).toEqual({ input: 'VIP', currentValues: { ticket: 'vip' } })

    // Number: the rules are its description; a broken one is an alert tied to the box; Enter with a good value answers.
    const guests = log.getByRole('textbox', { name: 'How many guests are you bringing?' })
    await shiftTabTo(guests)
    await expect.element(guests).toHaveAccessibleDescription('Between 0 and 4, in steps of 1.')
    await userEvent.keyboard('7{Enter}')
    await expect.element(log.getByRole('alert')).toHaveTextContent('The number must be at most 4.')
    await expect.element(guests).toHaveAttribute('aria-invalid', 'true')
    await expect.element(guests).toHaveAccessibleDescription('Between 0 and 4, in steps of 1. The number must be at most 4.')
    await expect.element(guests).toHaveFocus()
    // Past the range, a step down lands on its edge (it did nothing, and Decrease was disabled).
    await userEvent.keyboard('{ArrowDown}')
    await expect.element(guests).toHaveValue('4')
    await expect.element(log.getByRole('button', { name: 'Decrease' })).toBeEnabled()
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    await expect.element(message).toHaveFocus()
    await settled(screen.container)
    await expect.element(message).toHaveFocus()
    expect(service.sends.at(-1)).toEqual({ input: '2', currentValues: { guests: 2 } })

    await say('June 15, 2027')
    await shiftTabTo(log.getByRole('radiogroup', { name: 'Choose I agree to the code of conduct' }).getByRole('radio', { name: 'Yes' }))
    await userEvent.keyboard(' ')
    await expect.element(message).toHaveFocus()
    await settled(screen.container)

    // Multiple choice: a toolbar of toggle buttons (aria-pressed), "Other" as a labelled, described box, Confirm.
    const dietary = log.getByRole('toolbar', { name: 'Choose one or more: Dietary requirements' })
    const confirm = log.getByRole('button', { name: 'Confirm' })
    await shiftTabTo(confirm)
    // Confirm with nothing chosen: an alert says why, focus stays on Confirm.
    await userEvent.keyboard('{Enter}')
    await expect.element(log.getByRole('alert')).toHaveTextContent('Choose at least one option.')
    await expect.element(confirm).toHaveFocus()
    const other = log.getByRole('textbox', { name: 'Other' })
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
    await expect.element(other).toHaveFocus()
    await expect.element(other).toHaveAccessibleDescription('Tell us about any other dietary needs')
    await userEvent.keyboard('no nuts{Shift>}{Tab}{/Shift}')
    await expect.element(dietary.getByRole('button', { name: 'Vegetarian' })).toHaveFocus()
    await userEvent.keyboard('{ArrowRight} ')
    await expect.element(dietary.getByRole('button', { name: 'Vegan' })).toHaveAttribute('aria-pressed', 'true')
    await expect.element(dietary.getByRole('button', { name: 'Vegetarian' })).toHaveAttribute('aria-pressed', 'false')
    await userEvent.keyboard('{Tab}{Tab}')
    await expect.element(confirm).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect.element(message).toHaveFocus()
    await settled(screen.container)
    await expect.element(message).toHaveFocus()
    expect(service.sends.at(-1)).toEqual({ input: 'Vegan and no nuts', currentValues: { dietary: ['vegan', 'no nuts'] } })


    // Submitted from the message box, which is then disabled: focus goes to the conversation.
    await say('submit')
    await expect.element(log.getByText('Thank you! Your form was submitted.')).toBeVisible()
    await expect.element(message).toBeDisabled()
    await expect.element(log).toHaveFocus()
    // Each of the seven replies was read once, when it was over; nothing was urgent.
    expect(heard.polite).toHaveLength(7)
    expect(new Set(heard.polite).size).toBe(7)
    expect(heard.polite[0]).toBe('Captured: Full name, Email. Which ticket would you like?')
    expect(heard.polite.at(-1)).toMatch(/^That’s everything\. .* Thank you! Your form was submitted\.$/s)
    expect(heard.assertive).toEqual([])
  })

  it('a chip picked with the pointer does not pull focus into the message box (a phone would open its keyboard)', async () => {
    const { screen, log, message, say } = await chat(eventRegistrationForm.id)
    message.element().focus()
    await say('Ada Lovelace, ada@example.com')
    await userEvent.click(log.getByRole('radio', { name: 'VIP' }))
    await settled(screen.container)
    await expect.element(log.getByRole('radio', { name: 'VIP' })).toHaveAttribute('aria-checked', 'true')
    await expect.element(log.getByRole('textbox', { name: 'How many guests are you bringing?' })).toBeEnabled()
    await expect.element(message).not.toHaveFocus()
  })

  it('Send and Stop from the keyboard: the button swap never drops focus, and the stopped words come back to the box', async () => {
    const { service, screen, message } = await chat(contactForm.id)
    message.element().focus()
    await userEvent.keyboard('Ada Lovelace{Tab}')
    await expect.element(screen.getByRole('button', { name: 'Send' })).toHaveFocus()
    service.hold()
    await userEvent.keyboard('{Enter}')
    // Send is replaced by Stop: focus goes to the box (not to Stop, where a second Enter would stop the reply just sent).
    const stop = screen.getByRole('button', { name: 'Stop' })
    await expect.element(stop).toBeVisible()
    await expect.element(message).toHaveFocus()
    await expect.element(screen.getByRole('log')).toHaveAttribute('aria-busy', 'true')
    await userEvent.keyboard('{Tab}')
    await expect.element(stop).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByRole('button', { name: 'Send' })).toBeVisible()
    await expect.element(message).toHaveFocus()
    await expect.element(message).toHaveValue('Ada Lovelace')
    await expect.element(screen.getByRole('log')).toHaveAttribute('aria-busy', 'false')
    service.release()
  })

  it('Retry after a failure: the error is one alert, Retry is reached by Shift+Tab, and focus comes back to the box', async () => {
    const { service, screen, log, message } = await chat(contactForm.id)
    const polite = screen.container.querySelector('[data-announcer="polite"]')!
    service.emulator.queueFault('network')
    message.element().focus()
    await userEvent.keyboard('Ada Lovelace{Enter}')
    const alert = screen.getByRole('alert')
    await expect.element(alert).toHaveTextContent('You appear to be offline. Check your connection and try again.')
    // Said once: one alert, not repeated by the turn announcer; the bubble only says "Not sent."
    expect(screen.getByRole('alert').elements()).toHaveLength(1)
    expect(polite.textContent).not.toContain('offline')
    await expect.element(log.getByText('Not sent.', { exact: false })).toBeVisible()
    await expect.element(message).toHaveFocus()

    await shiftTabTo(alert.getByRole('button', { name: 'Retry' }))
    await userEvent.keyboard('{Enter}')
    await expect.element(alert).not.toBeInTheDocument()
    await expect.element(message).toHaveFocus()
    await settled(screen.container)
    await expect.element(message).toHaveFocus()
    await expect.poll(() => polite.textContent).toContain("What's your email?")
    expect(service.emulator.sessions()[0]?.values).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace' })
  })

  it('Jump to latest: scrolled up with the keyboard, reached by Tab, and back at the bottom with focus on the conversation', async () => {
    const session = createFakeSession()
    startSession(session)
    for (let index = 0; index < 40; index++) receive(session, text(`Line ${index} of a long greeting.`))
    endTurn(session)
    const screen = await renderWidget(session)
    const log = screen.getByRole('log', { name: 'Conversation' })
    const element = log.element()
    await expect.poll(() => element.scrollHeight > element.clientHeight && element.scrollHeight - element.scrollTop - element.clientHeight <= 1).toBe(true)
    screen.getByRole('textbox', { name: 'Message' }).element().focus()
    // Nothing to stop at inside a text-only log: Shift+Tab reaches the log itself, which scrolls with the keys.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
    await expect.element(log).toHaveFocus()
    await userEvent.keyboard('{Home}')
    const jump = screen.getByRole('button', { name: 'Jump to latest' })
    await expect.element(jump).toBeVisible()
    receive(session, text('A new line while the reader is up.'))
    await userEvent.keyboard('{Tab}')
    await expect.element(jump).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect.element(jump).not.toBeInTheDocument()
    await expect.element(log).toHaveFocus()
    await expect.poll(() => Math.round(element.scrollHeight - element.scrollTop - element.clientHeight)).toBeLessThanOrEqual(1)
  })

  it('a purchase: a multiple of 5, the submission card, a failed checkout said as an alert, then the link', async () => {
    const navigate = vi.fn()
    const getCheckoutUrl = vi.fn<(checkoutId: string) => Promise<string>>()
    getCheckoutUrl.mockRejectedValueOnce(new Error('eCommerce API down')).mockResolvedValueOnce('https://shop.example/checkout')
    const { screen, log, message, say } = await chat(purchaseForm.id, { navigate, getCheckoutUrl })
    message.element().focus()
    await say('Ada Lovelace, ada@example.com')
    const products = log.getByRole('toolbar', { name: 'Choose one or more: Products' })
    await shiftTabTo(log.getByRole('button', { name: 'Confirm' }))
    await shiftTabTo(products.getByRole('button', { name: 'Formtalk T-shirt' }))
    await userEvent.keyboard('{End} ')
    await expect.element(products.getByRole('button', { name: 'Sticker pack' })).toHaveAttribute('aria-pressed', 'true')
    await userEvent.keyboard('{Tab}{Enter}')
    await expect.element(message).toHaveFocus()
    await settled(screen.container)
    const shipping = log.getByRole('radiogroup', { name: 'Choose Shipping' })
    await shiftTabTo(shipping.getByRole('radio').first())
    await userEvent.keyboard('{Enter}')
    await expect.element(message).toHaveFocus()
    await settled(screen.container)

    const tip = log.getByRole('textbox', { name: 'Would you like to add a tip for the team (in USD)?' })
    await shiftTabTo(tip)
    await userEvent.keyboard('7{Enter}')
    await expect.element(log.getByRole('alert')).toHaveTextContent('The number must be a multiple of 5.')
    await expect.element(tip).toHaveAccessibleDescription('Between 0 and 50, in steps of 5. The number must be a multiple of 5.')
    await userEvent.keyboard('{ArrowUp}')
    await expect.element(tip).toHaveValue('10')
    await expect.element(log.getByRole('alert')).not.toBeInTheDocument()
    await userEvent.keyboard('{Enter}')
    await expect.element(message).toHaveFocus()
    await settled(screen.container)
    await say('submit')
    await expect.element(log.getByText('Thank you! Your form was submitted.')).toBeVisible()
    await expect.element(log).toHaveFocus()
    // The checkout could not be prepared: said at once, with a Retry.
    const failure = log.getByRole('alert')
    await expect.element(failure).toHaveTextContent('The checkout could not be opened.')
    // From the conversation, Tab passes the (disabled) Edit buttons of the chips above the card.
    await tabTo(failure.getByRole('button', { name: 'Retry' }))
    await userEvent.keyboard('{Enter}')
    // Retry gives way to the link once the URL is there; focus goes on to it.
    const link = log.getByRole('link', { name: 'Continue to checkout' })
    await expect.element(link).toHaveFocus()
    await expect.element(link).toHaveAttribute('href', 'https://shop.example/checkout')
    // The drop-in also redirects by itself; the link is there (with focus) in case the browser blocked that.
    expect(navigate.mock.calls).toEqual([['https://shop.example/checkout']])
  })

  it('the resume notice: Continue and Start a new form, by keyboard, leave focus in the message box', async () => {
    const saved = new Map<string, string>()
    const persist = createSessionPersistence({
      storage: { getItem: (key) => saved.get(key) ?? null, setItem: (key, value) => void saved.set(key, value), removeItem: (key) => void saved.delete(key) },
    })
    const first = await chat(contactForm.id, { persist })
    first.message.element().focus()
    await first.say('Ada')
    await first.screen.unmount()

    // The notice is the widget's first Tab stop; it takes no focus by itself on load.
    const second = await chat(contactForm.id, { persist })
    const notice = second.screen.getByRole('status').filter({ hasText: 'Welcome back' })
    await expect.element(notice).toBeVisible()
    expect(document.activeElement).toBe(document.body)
    await userEvent.keyboard('{Tab}')
    await expect.element(notice.getByRole('button', { name: 'Continue' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect.element(notice).not.toBeInTheDocument()
    await expect.element(second.message).toHaveFocus()
    await second.screen.unmount()

    const third = await chat(contactForm.id, { persist })
    await userEvent.keyboard('{Tab}{Tab}')
    await expect.element(third.screen.getByRole('button', { name: 'Start a new form' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect.element(third.message).toHaveFocus()
    await expect.element(third.log.getByText('Ada', { exact: true })).not.toBeInTheDocument()
    await settled(third.screen.container)
    await expect.element(third.message).toHaveFocus()
  })

  it('editing a captured value: Enter opens the editor with focus in it, Escape and Save bring focus back to Edit', async () => {
    const { service, screen, log, message, say } = await chat(contactForm.id)
    message.element().focus()
    await say('Ada Lovelace')
    const edit = log.getByRole('button', { name: 'Edit Last name' })
    await shiftTabTo(edit)
    await expect.element(edit).toHaveAttribute('aria-expanded', 'false')
    await userEvent.keyboard('{Enter}')
    const box = log.getByRole('textbox', { name: 'New value for Last name' })
    await expect.element(box).toHaveFocus()
    await expect.element(edit).toHaveAttribute('aria-expanded', 'true')
    await userEvent.keyboard('{Escape}')
    await expect.element(box).not.toBeInTheDocument()
    await expect.element(edit).toHaveFocus()

    await userEvent.keyboard('{Enter}')
    await expect.element(box).toHaveFocus()
    await userEvent.keyboard('{Control>}a{/Control}Byron{Enter}')
    await settled(screen.container)
    expect(service.sends.at(-1)).toEqual({ input: 'Please change my last name to Byron', currentValues: { lastName: 'Byron' } })
    // The corrected chip is the one with Edit now, and focus went with it.
    const edits = log.getByRole('button', { name: 'Edit Last name' })
    await expect.poll(() => edits.elements().length).toBe(1)
    await expect.element(edits).toHaveFocus()
    await expect.element(edits).not.toHaveAttribute('aria-disabled')
  })

  it('reduced motion: the typing dots stand still and Jump to latest lands at once', async () => {
    const session = createFakeSession()
    startSession(session)
    for (let index = 0; index < 40; index++) receive(session, text(`Line ${index} of a long greeting.`))
    const screen = await renderWidget(session)
    const dot = () => screen.container.querySelector('.formtalk-dot')!
    await expect.poll(() => getComputedStyle(dot()).animationName).toBe('formtalk-bounce')
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] })
    try {
      await expect.poll(() => getComputedStyle(dot()).animationName).toBe('none')
      const log = screen.getByRole('log').element()
      await expect.poll(() => log.scrollHeight > log.clientHeight && log.scrollHeight - log.scrollTop - log.clientHeight <= 1).toBe(true)
      // The scroll event of the widget's own scroll to the bottom comes in the next frame; the reader scrolls after it.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      log.scrollTop = 0
      const jump = screen.getByRole('button', { name: 'Jump to latest' })
      await expect.element(jump).toBeVisible()
      ;(jump.element() as HTMLElement).click()
      // No smooth scroll: at the bottom in the same task as the click.
      expect(Math.round(log.scrollHeight - log.scrollTop - log.clientHeight)).toBeLessThanOrEqual(1)
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] })
    }
  })

  it('Start (autoStart off) and the completed state’s Start a new form, by keyboard, hand focus to the message box', async () => {
    const service = emulatedService()
    const first = await render(<InteractiveForm formId={contactForm.id} client={service.client} progress={false} autoStart={false} />)
    const start = first.getByRole('button', { name: 'Start' })
    await tabTo(start)
    await userEvent.keyboard('{Enter}')
    await expect.element(first.getByRole('textbox', { name: 'Message' })).toHaveFocus()
    await first.unmount()

    const session = createFakeSession()
    function Revisit() {
      const [submitted, setSubmitted] = useState(true)
      return <InteractiveFormView session={session} progress={false} previousSubmission={submitted ? { submissionId: 'sub-1' } : null} onStartNew={() => setSubmitted(false)} />
    }
    const second = await render(<Revisit />)
    await expect.element(second.getByText('You already completed this form.')).toBeVisible()
    await tabTo(second.getByRole('button', { name: 'Start a new form' }))
    await userEvent.keyboard('{Enter}')
    await expect.element(second.getByRole('textbox', { name: 'Message' })).toHaveFocus()
  })
})
