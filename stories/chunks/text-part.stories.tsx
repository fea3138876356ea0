import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor, within } from 'storybook/test'
import { textChunk } from '../../src/emulator/chunks'
import { FixtureTranscript } from '../support/fixture-transcript'
import { gapsInParent } from '../support/layout'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, fixtureOf, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs, FixtureSession } from '../support/session-fixture'

/** `TEXT`: consecutive text chunks of a turn read as one assistant message that grows while it streams. */
const meta = {
  title: 'Chunks/TextPart',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  render: () => <FixtureTranscript only={['TEXT']} />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

const greet = (fixture: FixtureSession) =>
  fixture.start().receive(textChunk('Hi! I’ll help you fill in '), textChunk('Contact us', 'BOLD'), textChunk('. What’s your first name?')).endTurn()

/** A finished message: the form's name in bold, the rest plain, all in one bubble. */
export const Complete: Story = {
  loaders: [fixtureLoader(greet)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const bold = canvas.getByText('Contact us')
    await expect(bold.tagName).toBe('STRONG')
    const bubble = bold.closest('.formtalk-bubble')
    await expect(bubble).toHaveTextContent('Hi! I’ll help you fill in Contact us. What’s your first name?')
    await expect(canvasElement.querySelectorAll('.formtalk-bubble')).toHaveLength(1)
  },
}

/** Streaming: words arrive a few at a time and the same bubble grows. */
export const Streaming: Story = {
  loaders: [fixtureLoader((fixture) => fixture.start().receive(textChunk('Hi! I’ll '), textChunk('help you '))) ],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Hi! I’ll help you')).toBeVisible()
    fixture.receive(textChunk('fill in the form.'))
    await waitFor(() => expect(canvas.getByText('Hi! I’ll help you fill in the form.')).toBeVisible())
    await expect(canvasElement.querySelectorAll('.formtalk-bubble')).toHaveLength(1)
  },
}

/** Dark theme: light text on a dark bubble. */
export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: [fixtureLoader(greet)],
  play: async ({ canvasElement }) => {
    const bubble = canvasElement.querySelector('.formtalk-bubble') as HTMLElement
    await expect(getComputedStyle(bubble).backgroundColor).toBe('rgb(37, 38, 44)')
    await expect(getComputedStyle(bubble).color).toBe('rgb(230, 230, 234)')
  },
}

/** Right to left: an assistant message starts at the right edge. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  loaders: [fixtureLoader((fixture) => fixture.start().receive(textChunk('שלום! '), textChunk('טופס יצירת קשר', 'BOLD'), textChunk('. מה שמך הפרטי?')).endTurn())],
  play: async ({ canvasElement }) => {
    const bubble = canvasElement.querySelector('.formtalk-bubble') as HTMLElement
    const gaps = gapsInParent(bubble)
    await expect(gaps.right).toBe(0)
    await expect(gaps.left).toBeGreaterThan(0)
    await expect(within(canvasElement).getByText('טופס יצירת קשר').tagName).toBe('STRONG')
  },
}
