import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { submission, text } from '../support/chunk-builders'
import { FixtureTranscript } from '../support/fixture-transcript'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, fixtureOf, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs } from '../support/session-fixture'

/** `SUBMISSION`: the confirmation card; a purchase adds a checkout button. */
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

/** A form submitted: the thanks and the reference. */
export const Submitted: Story = {
  loaders: [fixtureLoader((fixture) => fixture.start().receive(text('That’s everything.'), submission(SUBMISSION_ID)).endTurn())],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Thank you! Your form was submitted.')).toBeVisible()
    await expect(canvas.getByText(`Reference: ${SUBMISSION_ID}`)).toBeVisible()
    await expect(canvas.queryByRole('button')).toBeNull()
  },
}

/** A purchase: the checkout button hands the checkout id to the site. */
export const Purchase: Story = {
  loaders: [fixtureLoader((fixture) => fixture.start().receive(submission(SUBMISSION_ID, CHECKOUT_ID)).endTurn())],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Continue to checkout' }))
    await expect(fixture.onCheckout).toHaveBeenCalledOnce()
    await expect(fixture.onCheckout).toHaveBeenCalledWith(CHECKOUT_ID)
  },
}

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: [fixtureLoader((fixture) => fixture.start().receive(submission(SUBMISSION_ID, CHECKOUT_ID)).endTurn())],
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('.formtalk-submission') as HTMLElement
    await expect(getComputedStyle(card).backgroundColor).toBe('rgb(15, 45, 26)')
    await expect(within(card).getByRole('button', { name: 'Continue to checkout' })).toBeVisible()
  },
}

/** Right to left, with translated labels. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  loaders: [
    fixtureLoader((fixture) => fixture.start().receive(submission(SUBMISSION_ID)).endTurn(), {
      labels: { widget: 'עוזר הטפסים', submitted: 'תודה! הטופס נשלח.', submissionReference: (id) => `מספר אסמכתה: ${id}` },
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('תודה! הטופס נשלח.')).toBeVisible()
    await expect(canvas.getByText(`מספר אסמכתה: ${SUBMISSION_ID}`)).toBeVisible()
  },
}
