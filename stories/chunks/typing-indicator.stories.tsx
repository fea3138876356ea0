import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor, within } from 'storybook/test'
import { Thread } from '../../src/components'
import { textChunk } from '../../src/emulator/chunks'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, fixtureOf, neverReply, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs } from '../support/session-fixture'

/** `TypingIndicator`: three dots in the thread while a reply is on its way, and words only a screen reader reads. */
const meta = {
  title: 'Chunks/TypingIndicator',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  // The thread decides when the indicator shows, so the story renders the thread, not the indicator alone.
  render: () => <Thread />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

const TYPING = 'The assistant is typing…'

/** The user's message went out and no chunk of the reply is here yet: the dots show; once the reply has ended they are gone. */
export const WaitingForReply: Story = {
  loaders: [fixtureLoader((fixture) => fixture.start().receive(textChunk('What’s your first name?')).endTurn().userSays('Ada'), { respond: neverReply })],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    const indicator = canvasElement.querySelector<HTMLElement>('.formtalk-typing')
    await expect(indicator).toBeVisible()
    const dots = indicator!.querySelectorAll<HTMLElement>('.formtalk-dot')
    await expect(dots).toHaveLength(3)
    for (const dot of dots) {
      await expect(dot).toBeVisible()
      await expect(dot).toHaveAttribute('aria-hidden', 'true')
      await expect(dot.getBoundingClientRect().width).toBeGreaterThan(0)
    }
    // The words are in the log for a screen reader, but take no room on screen.
    const words = canvas.getByText(TYPING)
    await expect(indicator).toContainElement(words)
    await expect(words.getBoundingClientRect().width).toBeLessThanOrEqual(1)
    await expect(getComputedStyle(words).clipPath).toBe('inset(50%)')
    await expect(canvas.getByRole('log', { name: 'Conversation' })).toHaveAttribute('aria-busy', 'true')

    fixture.receive(textChunk('Nice to meet you, Ada!')).endTurn()
    await expect(await canvas.findByText('Nice to meet you, Ada!')).toBeVisible()
    await waitFor(() => expect(canvas.queryByText(TYPING)).toBeNull())
    await expect(canvasElement.querySelector('.formtalk-typing')).toBeNull()
    await expect(canvas.getByRole('log', { name: 'Conversation' })).toHaveAttribute('aria-busy', 'false')
  },
}
