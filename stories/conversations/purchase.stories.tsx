import type { Meta, StoryObj } from '@storybook/react-vite'
import type { StoryContext } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor } from 'storybook/test'
import { purchaseForm } from '../../src/emulator'
import { conversation, expectTransport } from '../support/conversation-steps'
import { EmulatorForm, emulatorLoader, emulatorOf, requestLogOf } from '../support/emulator-form'

const TIP = 'Would you like to add a tip for the team (in USD)?'
const T_SHIRT = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c01'
const MUG = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c03'

interface PurchaseArgs {
  streaming: boolean
  /** Told once per purchase, when the submission arrives (by the hook). */
  onCheckout: (checkoutId: string) => void
  /** Where the site sends the buyer: normally your server asks the eCommerce API for the checkout URL. */
  getCheckoutUrl: (checkoutId: string) => string | Promise<string>
  /** Stands in for `window.location.assign`, so the story stays on the page. */
  navigate: (url: string) => void
}

/**
 * The merch store: products picked as chips, shipping as an option, a tip
 * with the stepper; the submission carries a checkout id, the hook tells
 * `onCheckout` once, and the widget redirects to `getCheckoutUrl`'s URL
 * (through `navigate`), keeping a **Continue to checkout** link.
 */
const meta = {
  title: 'Conversations/Purchase',
  args: {
    streaming: true,
    onCheckout: fn(),
    getCheckoutUrl: (checkoutId: string) => `https://shop.example/checkout/${checkoutId}`,
    navigate: fn(),
  },
  argTypes: { streaming: { control: 'boolean', description: 'Read replies as server-sent events (`…-streamed` methods).' } },
  loaders: [emulatorLoader()],
  render: (args, { loaded }) => (
    <EmulatorForm
      emulator={emulatorOf({ loaded })}
      requestLog={requestLogOf({ loaded })}
      formId={purchaseForm.id}
      streaming={args.streaming}
      onCheckout={args.onCheckout}
      getCheckoutUrl={args.getCheckoutUrl}
      navigate={args.navigate}
    />
  ),
  play: async ({ canvasElement, loaded, args }) => {
    const { chat, checkoutId } = await buyMerch(canvasElement, loaded, args)
    const url = `https://shop.example/checkout/${checkoutId}`
    // The buyer is sent to the checkout once, as soon as its URL is known.
    await waitFor(() => expect(args.navigate).toHaveBeenCalledOnce())
    await expect(args.navigate).toHaveBeenCalledWith(url)
    // The link stays on the card, in case the browser blocked the redirect; it goes to the same place.
    const link = chat.canvas.getByRole('link', { name: 'Continue to checkout' })
    await expect(link).toBeVisible()
    await expect(link).toHaveAttribute('href', url)
    await userEvent.click(link)
    await expect(args.navigate).toHaveBeenCalledTimes(2)
    await expect(args.navigate).toHaveBeenLastCalledWith(url)
    // The site heard of the purchase once, from the hook; the link does not tell it again.
    await expect(args.onCheckout).toHaveBeenCalledOnce()
  },
} satisfies Meta<PurchaseArgs>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Buys a T-shirt and a mug with express shipping and a tip of 10, checks what
 * was captured, stored and sent, and that the hook told `onCheckout` once.
 */
async function buyMerch(canvasElement: HTMLElement, loaded: StoryContext['loaded'], args: PurchaseArgs) {
  const emulator = emulatorOf({ loaded })
  const chat = conversation(canvasElement)
  await chat.greeted('Formtalk merch store')
  await chat.say('Alan Turing')
  await chat.say('alan@example.com')
  await chat.pickSeveral(['Formtalk T-shirt (25.00 USD)', 'Mug (12.00 USD)'])
  await chat.choose('Express (1–2 days)')
  // From empty the stepper starts at the minimum, then walks in steps of 5.
  for (let press = 0; press < 3; press++) await userEvent.click(chat.canvas.getAllByRole('button', { name: 'Increase' }).at(-1) as HTMLElement)
  await expect(chat.numberBox(TIP)).toHaveValue('10')
  await chat.confirmNumber()
  await chat.say('skip')
  await expect(chat.captured()).toEqual({
    'Full name': 'Alan Turing',
    Email: 'alan@example.com',
    Products: 'Formtalk T-shirt, Mug',
    Shipping: 'Express (1–2 days)',
    [TIP]: '10',
  })

  const stored = emulator.submissions()
  await expect(stored).toHaveLength(1)
  await expect(stored[0]?.values).toEqual({ fullName: 'Alan Turing', email: 'alan@example.com', products: [T_SHIRT, MUG], shipping: 'express', tip: 10 })
  const checkoutId = stored[0]?.checkoutId ?? ''
  await expect(checkoutId).toMatch(/^[0-9a-f-]{36}$/)
  await chat.submitted(stored[0]?.submissionId ?? '')
  await expectTransport(requestLogOf({ loaded }), args.streaming)
  await expect(args.onCheckout).toHaveBeenCalledOnce()
  await expect(args.onCheckout).toHaveBeenCalledWith(checkoutId)
  return { chat, checkoutId }
}

/** Replies as one JSON body each. */
export const Standard: Story = { args: { streaming: false } }

/** Replies streamed as server-sent events. */
export const Streamed: Story = { args: { streaming: true } }

/**
 * The site's `getCheckoutUrl` answers a `javascript:` URL: the widget never
 * follows nor links it, and the card says the checkout could not be opened.
 * The site still hears of the purchase in `onCheckout`.
 */
export const UnsafeCheckoutUrl: Story = {
  args: { streaming: true, getCheckoutUrl: () => 'javascript:alert(1)' },
  play: async ({ canvasElement, loaded, args }) => {
    const { chat } = await buyMerch(canvasElement, loaded, args)
    await expect(await chat.canvas.findByText('The checkout could not be opened.')).toBeVisible()
    await expect(chat.canvas.queryByRole('link', { name: 'Continue to checkout' })).toBeNull()
    await expect(args.navigate).not.toHaveBeenCalled()
  },
}
