import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent } from 'storybook/test'
import { purchaseForm } from '../../src/emulator'
import { conversation, expectTransport } from '../support/conversation-steps'
import { EmulatorForm, emulatorLoader, emulatorOf, requestLogOf } from '../support/emulator-form'

const TIP = 'Would you like to add a tip for the team (in USD)?'
const T_SHIRT = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c01'
const MUG = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c03'

interface PurchaseArgs {
  streaming: boolean
  /** Where the site would redirect the buyer. */
  onCheckout: (checkoutId: string) => void
}

/** The merch store: products picked as chips, shipping as an option, a tip with the stepper; the submission carries a checkout id. */
const meta = {
  title: 'Conversations/Purchase',
  args: { streaming: true, onCheckout: fn() },
  argTypes: { streaming: { control: 'boolean', description: 'Read replies as server-sent events (`…-streamed` methods).' } },
  loaders: [emulatorLoader()],
  render: (args, { loaded }) => (
    <EmulatorForm emulator={emulatorOf({ loaded })} requestLog={requestLogOf({ loaded })} formId={purchaseForm.id} streaming={args.streaming} onCheckout={args.onCheckout} />
  ),
  play: async ({ canvasElement, loaded, args }) => {
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
    const checkoutId = stored[0]?.checkoutId
    await expect(checkoutId).toMatch(/^[0-9a-f-]{36}$/)
    await chat.submitted(stored[0]?.submissionId ?? '')
    await expectTransport(requestLogOf({ loaded }), args.streaming)
    // The hook hands the checkout over as soon as the submission arrives; the card's button does it again on demand.
    await expect(args.onCheckout).toHaveBeenCalledOnce()
    await expect(args.onCheckout).toHaveBeenCalledWith(checkoutId)
    await userEvent.click(chat.canvas.getByRole('button', { name: 'Continue to checkout' }))
    await expect(args.onCheckout).toHaveBeenCalledTimes(2)
    await expect(args.onCheckout).toHaveBeenLastCalledWith(checkoutId)
  },
} satisfies Meta<PurchaseArgs>

export default meta
type Story = StoryObj<typeof meta>

/** Replies as one JSON body each. */
export const Standard: Story = { args: { streaming: false } }

/** Replies streamed as server-sent events. */
export const Streamed: Story = { args: { streaming: true } }
