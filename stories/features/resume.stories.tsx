import { useState } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { SAMPLE_FORM_IDS } from '../../src/emulator'
import type { Emulator } from '../../src/emulator'
import { createSessionPersistence } from '../../src/persist'
import type { PersistStorage, SessionPersistenceFactory } from '../../src/persist'
import { conversation } from '../support/conversation-steps'
import { EmulatorForm, emulatorLoader, emulatorOf } from '../support/emulator-form'

const TIP = 'Would you like to add a tip for the team (in USD)?'
const WELCOME_BACK = 'Welcome back: your conversation is where you left it.'

interface ResumeArgs {
  /** Which sample form the emulator serves. */
  form: 'contact' | 'purchase'
  /** Where a purchase's buyer is sent: normally your server asks the eCommerce API for the checkout URL. */
  getCheckoutUrl: (checkoutId: string) => string
  /** Stands in for `window.location.assign`, so the story stays on the page. */
  navigate: (url: string) => void
}

/** A `Storage` in memory: every run of the story starts with nothing saved (the default, `sessionStorage`, would outlive it). */
function memoryStorage(): PersistStorage {
  const saved = new Map<string, string>()
  return {
    getItem: (key) => saved.get(key) ?? null,
    setItem: (key, value) => void saved.set(key, value),
    removeItem: (key) => void saved.delete(key),
  }
}

/**
 * "Reload the page" does what a reload does to the widget: the page is left
 * (`pagehide`, which writes a draft still waiting for its save) and the widget
 * mounts afresh. The emulator, like the service, keeps its sessions.
 */
function ReloadableForm({ emulator, persist, ...args }: ResumeArgs & { emulator: Emulator; persist: SessionPersistenceFactory }) {
  const [visit, setVisit] = useState(1)
  const reload = () => {
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }))
    setVisit((count) => count + 1)
  }
  return (
    <div style={{ display: 'grid', gap: '0.75rem', justifyItems: 'start' }}>
      <button type="button" onClick={reload}>
        Reload the page
      </button>
      <EmulatorForm
        key={visit}
        emulator={emulator}
        formId={SAMPLE_FORM_IDS[args.form]}
        persist={persist}
        progress={false}
        theme="light"
        getCheckoutUrl={args.getCheckoutUrl}
        navigate={args.navigate}
      />
    </div>
  )
}

/**
 * `persist` keeps the conversation across reloads (`persist={createSessionPersistence()}`,
 * in `sessionStorage` by default; here in memory). A restored conversation
 * says so and offers to continue or start over; a form already submitted
 * shows its confirmation instead of a new chat.
 */
const meta = {
  title: 'Features/Resume after a reload',
  args: {
    form: 'contact',
    getCheckoutUrl: (checkoutId: string) => `https://shop.example/checkout/${checkoutId}`,
    navigate: fn(),
  },
  argTypes: { form: { control: 'inline-radio', options: ['contact', 'purchase'] } },
  loaders: [async () => ({ ...(await emulatorLoader()()), persist: createSessionPersistence({ storage: memoryStorage() }) })],
  render: (args, { loaded }) => <ReloadableForm emulator={emulatorOf({ loaded })} persist={loaded.persist as SessionPersistenceFactory} {...args} />,
} satisfies Meta<ResumeArgs>

export default meta
type Story = StoryObj<typeof meta>

/** Reloaded mid-conversation: the chat and the half-typed message are back, and Continue goes on in the same session. */
export const ContinueAfterReload: Story = {
  play: async ({ canvasElement, loaded }) => {
    const emulator = emulatorOf({ loaded })
    const chat = conversation(canvasElement)
    await chat.greeted('Contact us')
    await chat.say("I'm Ada Lovelace")
    await userEvent.type(chat.canvas.getByRole('textbox', { name: 'Message' }), 'ada@exa')
    await userEvent.click(chat.canvas.getByRole('button', { name: 'Reload the page' }))

    const notice = await chat.canvas.findByText(WELCOME_BACK)
    await expect(notice).toBeVisible()
    await expect(chat.captured()).toEqual({ 'First name': 'Ada', 'Last name': 'Lovelace' })
    await expect(chat.canvas.getByRole('textbox', { name: 'Message' })).toHaveValue('ada@exa')
    await userEvent.click(chat.canvas.getByRole('button', { name: 'Continue' }))
    await expect(chat.canvas.queryByText(WELCOME_BACK)).toBeNull()
    await chat.say('mple.com')
    await expect(emulator.sessions()).toHaveLength(1)
    await expect(emulator.sessions()[0]?.values).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' })
  },
}

/** Reloaded mid-conversation, then "Start a new form": the old chat is gone and a new session greets the user. */
export const StartOverAfterReload: Story = {
  play: async ({ canvasElement, loaded }) => {
    const emulator = emulatorOf({ loaded })
    const chat = conversation(canvasElement)
    await chat.greeted('Contact us')
    await chat.say("I'm Ada Lovelace")
    await userEvent.click(chat.canvas.getByRole('button', { name: 'Reload the page' }))
    await userEvent.click(await chat.canvas.findByRole('button', { name: 'Start a new form' }))

    const fresh = conversation(canvasElement)
    await fresh.greeted('Contact us')
    await expect(fresh.canvas.queryByText(WELCOME_BACK)).toBeNull()
    await expect(fresh.captured()).toEqual({})
    await expect(canvasElement.querySelectorAll('.formtalk-user')).toHaveLength(0)
    await expect(emulator.sessions()).toHaveLength(2)
  },
}

/**
 * A purchase, then a reload: no new chat, but "You already completed this
 * form." with the reference and the checkout link. The restored card does
 * not redirect again; the link still goes to the checkout.
 */
export const AlreadyPurchased: Story = {
  args: { form: 'purchase' },
  play: async ({ canvasElement, loaded, args }) => {
    const emulator = emulatorOf({ loaded })
    const chat = conversation(canvasElement)
    await chat.greeted('Formtalk merch store')
    await chat.say('Alan Turing')
    await chat.say('alan@example.com')
    await chat.pickSeveral(['Mug (12.00 USD)'])
    await chat.choose('Standard (5–7 days)')
    await chat.enterNumber(TIP, '0')
    await chat.say('skip')
    const stored = emulator.submissions()
    await expect(stored).toHaveLength(1)
    const url = `https://shop.example/checkout/${stored[0]?.checkoutId ?? ''}`
    await expect(args.navigate).toHaveBeenCalledOnce()
    await expect(args.navigate).toHaveBeenCalledWith(url)

    await userEvent.click(chat.canvas.getByRole('button', { name: 'Reload the page' }))
    await expect(await chat.canvas.findByText('You already completed this form.')).toBeVisible()
    await expect(chat.canvas.getByText(`Reference: ${stored[0]?.submissionId ?? ''}`)).toBeVisible()
    await expect(chat.canvas.queryByRole('log')).toBeNull()
    const link = await chat.canvas.findByRole('link', { name: 'Continue to checkout' })
    await expect(link).toHaveAttribute('href', url)
    await expect(args.navigate).toHaveBeenCalledOnce()
    await userEvent.click(link)
    await expect(args.navigate).toHaveBeenCalledTimes(2)

    await userEvent.click(chat.canvas.getByRole('button', { name: 'Start a new form' }))
    await conversation(canvasElement).greeted('Formtalk merch store')
    await expect(within(chat.canvas.getByRole('log')).queryByText('Alan Turing')).toBeNull()
    await expect(emulator.sessions()).toHaveLength(2)
  },
}
