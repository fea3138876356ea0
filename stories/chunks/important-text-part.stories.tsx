import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { importantTextChunk } from '../../src/emulator/chunks'
import { FixtureTranscript } from '../support/fixture-transcript'
import { gapsInParent } from '../support/layout'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs, FixtureSession } from '../support/session-fixture'

/** `IMPORTANT_TEXT`: requirements and problems with given values, as an emphasised note. */
const meta = {
  title: 'Chunks/ImportantTextPart',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  render: () => <FixtureTranscript only={['IMPORTANT_TEXT']} />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

const notes = (fixture: FixtureSession) =>
  fixture
    .start()
    .receive(
      importantTextChunk('email', 'Please use a valid email address, like name@example.com.'),
      importantTextChunk('email', '“ada@example” isn’t a valid email address — it should look like name@example.com.'),
    )
    .endTurn()

/** A requirement and a problem, each a note assistive technology can find. */
export const Notes: Story = {
  loaders: [fixtureLoader(notes)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const found = canvas.getAllByRole('note')
    await expect(found).toHaveLength(2)
    await expect(found[0]).toHaveTextContent('Please use a valid email address, like name@example.com.')
    await expect(found[1]).toHaveTextContent('isn’t a valid email address')
  },
}

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: [fixtureLoader(notes)],
  play: async ({ canvasElement }) => {
    const note = within(canvasElement).getAllByRole('note')[0] as HTMLElement
    await expect(getComputedStyle(note).backgroundColor).toBe('rgb(58, 45, 10)')
  },
}

/** Right to left: the accent border sits on the right, the start side. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  loaders: [fixtureLoader((fixture) => fixture.start().receive(importantTextChunk('email', 'נא להשתמש בכתובת דוא״ל תקינה.')).endTurn())],
  play: async ({ canvasElement }) => {
    const note = within(canvasElement).getByRole('note')
    await expect(getComputedStyle(note).borderRightWidth).toBe('4px')
    await expect(getComputedStyle(note).borderLeftWidth).toBe('0px')
    await expect(gapsInParent(note).right).toBe(0)
  },
}
