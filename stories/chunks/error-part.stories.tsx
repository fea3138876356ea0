import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { errorChunk, text } from '../support/chunk-builders'
import { FixtureTranscript } from '../support/fixture-transcript'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, fixtureOf, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs, FixtureResponder, FixtureSession } from '../support/session-fixture'

/** `ERROR`: the service's own error message, with Retry while the turn it ended can be tried again. */
const meta = {
  title: 'Chunks/ErrorPart',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  render: () => <FixtureTranscript only={['ERROR', 'TEXT', 'UserMessage']} />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

const MESSAGE = 'Sorry, something went wrong on our side and I couldn’t process that message. Please try again.'

/** The user's message got an ERROR chunk and a failed end of response. */
const failedTurn = (fixture: FixtureSession) => fixture.start().endTurn().userSays('My name is Ada').receive(errorChunk(MESSAGE)).endTurn(false)

const answerName: FixtureResponder = (fixture) => {
  fixture.receive(text('Thanks, Ada! What’s your email?')).endTurn()
}

/** Retry re-sends the message; the error stays in the history without its button, and the reply follows. */
export const Retryable: Story = {
  loaders: [fixtureLoader(failedTurn, { respond: answerName })],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    const alert = canvas.getByRole('alert')
    await expect(alert).toHaveTextContent(MESSAGE)
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    await expect(fixture.retry).toHaveBeenCalledOnce()
    await expect(await canvas.findByText('Thanks, Ada! What’s your email?')).toBeVisible()
    await waitFor(() => expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull())
    await expect(canvas.getByRole('alert')).toHaveTextContent(MESSAGE)
  },
}

/** An error in a turn that ended normally: shown, but there is nothing to retry. */
export const Informational: Story = {
  loaders: [fixtureLoader((fixture) => fixture.start().endTurn().userSays('My name is Ada').receive(errorChunk(MESSAGE)).endTurn())],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('alert')).toHaveTextContent(MESSAGE)
    await expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull()
  },
}

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: [fixtureLoader(failedTurn)],
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert')
    await expect(getComputedStyle(alert).color).toBe('rgb(255, 180, 171)')
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible()
  },
}

/** Right to left: the accent border sits on the right. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  loaders: [fixtureLoader(failedTurn)],
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert')
    await expect(getComputedStyle(alert).borderRightWidth).toBe('4px')
  },
}
