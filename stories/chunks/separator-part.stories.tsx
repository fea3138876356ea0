import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { separatorChunk, textChunk } from '../../src/emulator/chunks'
import { FixtureTranscript } from '../support/fixture-transcript'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs } from '../support/session-fixture'

/** `SEPARATOR`: a paragraph break between two parts of a reply; decorative, so screen readers skip it. */
const meta = {
  title: 'Chunks/SeparatorPart',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  loaders: [fixtureLoader((fixture) => fixture.start().receive(textChunk('Got it, thanks.'), separatorChunk(), textChunk('What’s your email?')).endTurn())],
  render: () => <FixtureTranscript />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

/** The rule splits the reply into two bubbles and is hidden from assistive technology. */
export const Paragraph: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.queryByRole('separator')).toBeNull()
    const rule = canvasElement.querySelector('hr')
    await expect(rule).toBeVisible()
    await expect(canvasElement.querySelectorAll('.formtalk-bubble')).toHaveLength(2)
    const [before, after] = [canvas.getByText('Got it, thanks.'), canvas.getByText('What’s your email?')]
    await expect(before.getBoundingClientRect().bottom).toBeLessThanOrEqual((rule as HTMLElement).getBoundingClientRect().top)
    await expect(after.getBoundingClientRect().top).toBeGreaterThanOrEqual((rule as HTMLElement).getBoundingClientRect().bottom)
  },
}

/** Dark theme: the rule uses the subtle border colour. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const rule = canvasElement.querySelector('hr') as HTMLElement
    await expect(getComputedStyle(rule).borderTopColor).toBe('rgb(58, 59, 66)')
  },
}
