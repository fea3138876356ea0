import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { submissionChunk, textChunk } from '../../src/emulator/chunks'
import { FixtureTranscript } from '../support/fixture-transcript'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, fixtureOf, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs } from '../support/session-fixture'

/**
 * `SUBMISSION`: the confirmation card. A purchase (a `checkoutId`) adds a
 * **Continue to checkout** link when the widget has `getCheckoutUrl`. These
 * cards are shown without the hook (as a card restored from an earlier
 * visit), so they never redirect by themselves: only the link does, through
 * `navigate`. The automatic redirect of a live purchase is in
 * Conversations/Purchase and Features/Checkout.
 */
const meta = {
  title: 'Chunks/SubmissionPart',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  render: () => <FixtureTranscript only={['SUBMISSION']} />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

const SUBMISSION_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f'
const CHECKOUT_ID = '0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d'
const CHECKOUT_URL = `https://shop.example/checkout/${CHECKOUT_ID}`

/** What the site's server would answer: the eCommerce checkout page of this checkout. */
const shopCheckoutUrl = (checkoutId: string) => `https://shop.example/checkout/${checkoutId}`

/** A `getCheckoutUrl` whose first call fails, as a server that was briefly down. */
function failingOnce() {
  let attempts = 0
  return async (checkoutId: string) => {
    attempts += 1
    if (attempts === 1) throw new Error('503 from /api/checkout-url')
    return shopCheckoutUrl(checkoutId)
  }
}

const purchase = fixtureLoader((fixture) => fixture.start().receive(submissionChunk(SUBMISSION_ID, CHECKOUT_ID)).endTurn(), { getCheckoutUrl: shopCheckoutUrl })

/** A form submitted: the thanks and the reference, nothing to click. */
export const Submitted: Story = {
  loaders: [fixtureLoader((fixture) => fixture.start().receive(textChunk('That’s everything.'), submissionChunk(SUBMISSION_ID, undefined)).endTurn())],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Thank you! Your form was submitted.')).toBeVisible()
    await expect(canvas.getByText(`Reference: ${SUBMISSION_ID}`)).toBeVisible()
    await expect(canvas.queryByRole('button')).toBeNull()
    await expect(canvas.queryByRole('link')).toBeNull()
  },
}

/** A purchase: the card links to the checkout page, and the link takes the buyer there. */
export const Purchase: Story = {
  loaders: [purchase],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    const link = await canvas.findByRole('link', { name: 'Continue to checkout' })
    await expect(link).toBeVisible()
    await expect(link).toHaveAttribute('href', CHECKOUT_URL)
    // A card that did not just place the order never leaves the page on its own.
    await expect(fixture.navigate).not.toHaveBeenCalled()
    await userEvent.click(link)
    await expect(fixture.navigate).toHaveBeenCalledOnce()
    await expect(fixture.navigate).toHaveBeenCalledWith(CHECKOUT_URL)
    // The link stays, in case the browser blocked the navigation.
    await expect(canvas.getByRole('link', { name: 'Continue to checkout' })).toBeVisible()
  },
}

/** A purchase without `getCheckoutUrl`: the site handles the checkout in `onCheckout`, so the card offers nothing to click. */
export const PurchaseHandledBySite: Story = {
  loaders: [fixtureLoader((fixture) => fixture.start().receive(submissionChunk(SUBMISSION_ID, CHECKOUT_ID)).endTurn())],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Thank you! Your form was submitted.')).toBeVisible()
    await expect(canvas.queryByRole('link')).toBeNull()
    await expect(canvas.queryByRole('button')).toBeNull()
  },
}

/** `getCheckoutUrl` answers a `javascript:` URL: it is never followed nor linked; the buyer is told the checkout could not be opened. */
export const UnsafeCheckoutUrl: Story = {
  loaders: [
    fixtureLoader((fixture) => fixture.start().receive(submissionChunk(SUBMISSION_ID, CHECKOUT_ID)).endTurn(), {
      getCheckoutUrl: () => 'javascript:alert(1)',
    }),
  ],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('The checkout could not be opened.')).toBeVisible()
    await expect(canvas.queryByRole('link')).toBeNull()
    await expect(canvas.queryByRole('button', { name: 'Continue to checkout' })).toBeNull()
    await expect(fixture.navigate).not.toHaveBeenCalled()
  },
}

/** `getCheckoutUrl` fails (the site's server is down): the card says so with Retry, and Retry brings the link. */
export const CheckoutUrlFailed: Story = {
  // A fresh counter per render, so every run starts with the failure.
  loaders: [async () => fixtureLoader((fixture) => fixture.start().receive(submissionChunk(SUBMISSION_ID, CHECKOUT_ID)).endTurn(), { getCheckoutUrl: failingOnce() })()],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('The checkout could not be opened.')).toBeVisible()
    await expect(canvas.queryByRole('link')).toBeNull()
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }))
    const link = await canvas.findByRole('link', { name: 'Continue to checkout' })
    await expect(link).toHaveAttribute('href', CHECKOUT_URL)
    await waitFor(() => expect(canvas.queryByText('The checkout could not be opened.')).toBeNull())
    await expect(fixture.navigate).not.toHaveBeenCalled()
  },
}

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: [purchase],
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('.formtalk-submission') as HTMLElement
    await expect(getComputedStyle(card).backgroundColor).toBe('rgb(15, 45, 26)')
    await expect(await within(card).findByRole('link', { name: 'Continue to checkout' })).toBeVisible()
  },
}

/** Right to left, with translated labels. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  loaders: [
    fixtureLoader((fixture) => fixture.start().receive(submissionChunk(SUBMISSION_ID, undefined)).endTurn(), {
      labels: { widget: 'עוזר הטפסים', submitted: 'תודה! הטופס נשלח.', submissionReference: (id) => `מספר אסמכתה: ${id}` },
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('תודה! הטופס נשלח.')).toBeVisible()
    await expect(canvas.getByText(`מספר אסמכתה: ${SUBMISSION_ID}`)).toBeVisible()
  },
}
