import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import type { InteractiveFormStreamEvent, ResponseChunk } from '../../src/api/wire-types'
import { InteractiveForm } from '../../src/components'
import { settled } from './feature-frame'

interface CheckoutArgs {
  /** Where the site sends the buyer: normally your server asks the eCommerce API for the checkout URL. */
  getCheckoutUrl: (checkoutId: string) => string | Promise<string>
  /** Stands in for `window.location.assign`, so the story stays on the page. */
  navigate: (url: string) => void
  onCheckout: (checkoutId: string) => void
}

const end: ResponseChunk = { chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: true } }
const sse = (events: InteractiveFormStreamEvent[]) =>
  new Response(events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join(''), { headers: { 'Content-Type': 'text/event-stream' } })

/** A one-question shop: the first answer places the order, whose submission carries a checkout id. */
async function shop(url: string): Promise<Response> {
  if (url.includes('/form-schema-service/')) return new Response('{"message":"not found"}', { status: 404 })
  if (url.endsWith('/create-streamed')) {
    return sse([
      { responseChunk: { chunkType: 'TEXT', textDetails: { text: 'How many mugs would you like?' } }, interactiveFormSession: { id: 'session-1', formId: 'shop' } },
      { responseChunk: end },
    ])
  }
  return sse([
    { responseChunk: { chunkType: 'TEXT', textDetails: { text: 'Two mugs it is.' } } },
    { responseChunk: { chunkType: 'SUBMISSION', submissionDetails: { submissionId: '5f0c1a2b-0000-4000-8000-000000000042', checkoutId: 'c0ffee00-0000-4000-8000-000000000042' } } },
    { responseChunk: end },
  ])
}

/**
 * The checkout handoff: when the submission carries a `checkoutId`, the hook
 * calls `onCheckout` once; with `getCheckoutUrl` the widget also redirects
 * there (through `navigate`) and keeps a **Continue to checkout** link in
 * case the navigation was blocked. Only http(s) URLs are followed.
 */
const meta = {
  title: 'Features/Checkout',
  args: {
    getCheckoutUrl: (checkoutId: string) => `https://shop.example/checkout/${checkoutId}`,
    navigate: fn(),
    onCheckout: fn(),
  },
  render: (args) => (
    <div style={{ inlineSize: '32rem' }}>
      <InteractiveForm formId="shop" baseUrl="/api/forms" fetch={shop} theme="light" {...args} />
    </div>
  ),
} satisfies Meta<CheckoutArgs>

export default meta
type Story = StoryObj<typeof meta>

async function order(canvasElement: HTMLElement) {
  await settled(canvasElement)
  await userEvent.type(within(canvasElement).getByRole('textbox', { name: 'Message' }), 'Two{Enter}')
  await settled(canvasElement, /^submitted$/)
}

/** A purchase: redirected once, the link stays. */
export const Redirect: Story = {
  play: async ({ canvasElement, args }) => {
    await order(canvasElement)
    const url = 'https://shop.example/checkout/c0ffee00-0000-4000-8000-000000000042'
    await waitFor(() => expect(args.navigate).toHaveBeenCalledWith(url))
    await expect(args.onCheckout).toHaveBeenCalledOnce()
    const link = within(canvasElement).getByRole('link', { name: 'Continue to checkout' })
    await expect(link).toHaveAttribute('href', url)
    await userEvent.click(link)
    await expect(args.navigate).toHaveBeenCalledTimes(2)
    await expect(args.onCheckout).toHaveBeenCalledOnce()
  },
}

/** A URL that is not http(s) is never followed: the card says the checkout could not be opened. */
export const UnsafeUrl: Story = {
  args: { getCheckoutUrl: () => 'javascript:alert(1)' },
  play: async ({ canvasElement, args }) => {
    await order(canvasElement)
    await expect(await within(canvasElement).findByText('The checkout could not be opened.')).toBeVisible()
    await expect(within(canvasElement).queryByRole('link')).toBeNull()
    await expect(args.navigate).not.toHaveBeenCalled()
  },
}
