import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { textChunk } from '../../src/emulator/chunks'
import { FixtureTranscript } from '../support/fixture-transcript'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs } from '../support/session-fixture'

/** A chunk type newer than this release: the conversation goes on and the unknown chunk shows nothing. */
const meta = {
  title: 'Chunks/UnknownChunkPart',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  render: () => <FixtureTranscript />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

/** The text around a `FUTURE_WIDGET` chunk is shown; the chunk itself adds nothing to the page. */
export const FutureChunkType: Story = {
  loaders: [
    fixtureLoader((fixture) =>
      fixture
        .start()
        .receive(textChunk('Before.'), { chunkType: 'FUTURE_WIDGET', futureWidgetDetails: { note: 'added after this release' } }, textChunk('After.'))
        .endTurn(),
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Before.')).toBeVisible()
    await expect(canvas.getByText('After.')).toBeVisible()
    await expect(canvas.queryByText(/added after this release/)).toBeNull()
    const content = canvasElement.querySelector('.formtalk-log-content') as HTMLElement
    await expect(content.children).toHaveLength(2)
  },
}
