import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { errorChunk, textChunk } from '../../src/emulator/chunks'
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
  fixture.receive(textChunk('Thanks, Ada! What’s your email?')).endTurn()
}

/** The error bubble that shows `MESSAGE` (the message is its first line; Retry may follow). */
function errorBubble(canvasElement: HTMLElement): HTMLElement {
  const bubble = within(canvasElement).getByText(MESSAGE).closest<HTMLElement>('[data-kind="error"]')
  if (!bubble) throw new Error('The error message is not in an error bubble')
  return bubble
}

/**
 * Retry re-sends the message; the error stays in the history without its
 * button, and the reply follows. The bubble is not an alert itself: in the
 * widget the thread's assertive live region reads it once (see Faults/ErrorChunk).
 */
export const Retryable: Story = {
  loaders: [fixtureLoader(failedTurn, { respond: answerName })],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    await expect(canvas.getByText(MESSAGE)).toBeVisible()
    await expect(canvas.queryByRole('alert')).toBeNull()
    await userEvent.click(within(errorBubble(canvasElement)).getByRole('button', { name: 'Retry' }))
    await expect(fixture.retry).toHaveBeenCalledOnce()
    await expect(await canvas.findByText('Thanks, Ada! What’s your email?')).toBeVisible()
    await waitFor(() => expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull())
    await expect(canvas.getByText(MESSAGE)).toBeVisible()
  },
}

/** An error in a turn that ended normally: shown, but there is nothing to retry. */
export const Informational: Story = {
  loaders: [fixtureLoader((fixture) => fixture.start().endTurn().userSays('My name is Ada').receive(errorChunk(MESSAGE)).endTurn())],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText(MESSAGE)).toBeVisible()
    await expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull()
  },
}

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: [fixtureLoader(failedTurn)],
  play: async ({ canvasElement }) => {
    const bubble = errorBubble(canvasElement)
    await expect(within(bubble).getByText(MESSAGE)).toBeVisible()
    await expect(getComputedStyle(bubble).color).toBe('rgb(255, 180, 171)')
    await expect(within(bubble).getByRole('button', { name: 'Retry' })).toBeVisible()
  },
}

/** Right to left: the accent border sits on the right. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  loaders: [fixtureLoader(failedTurn)],
  play: async ({ canvasElement }) => {
    const bubble = errorBubble(canvasElement)
    await expect(within(bubble).getByText(MESSAGE)).toBeVisible()
    await expect(getComputedStyle(bubble).borderRightWidth).toBe('4px')
    await expect(getComputedStyle(bubble).borderLeftWidth).not.toBe('4px')
    await expect(within(bubble).getByRole('button', { name: 'Retry' })).toBeVisible()
  },
}
