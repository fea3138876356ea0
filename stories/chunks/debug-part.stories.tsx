import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { textChunk } from '../../src/emulator/chunks'
import { FixtureTranscript } from '../support/fixture-transcript'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs, FixtureSession } from '../support/session-fixture'

/** `DEBUG`: what the service did (tools, timings), for developers only; hidden unless the widget has `debug`. */
const meta = {
  title: 'Chunks/DebugPart',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  render: () => <FixtureTranscript />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

const withDebugChunk = (fixture: FixtureSession) =>
  fixture
    .start()
    .receive(textChunk('What’s your email?'), {
      chunkType: 'DEBUG',
      debugDetails: { data: { turn: 1, extracted: [{ fieldTarget: 'firstName', value: 'Ada' }], next: 'email' } },
    })
    .endTurn()

/** Without `debug` the end user never sees it. */
export const Hidden: Story = {
  loaders: [fixtureLoader(withDebugChunk)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('What’s your email?')).toBeVisible()
    await expect(canvas.queryByText('Debug details')).toBeNull()
    await expect(canvasElement.querySelector('details')).toBeNull()
  },
}

/** With `debug`: a collapsed panel that opens to the chunk's data. */
export const Shown: Story = {
  loaders: [fixtureLoader(withDebugChunk, { debug: true })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const summary = canvas.getByText('Debug details')
    const panel = canvasElement.querySelector('details') as HTMLDetailsElement
    await expect(panel.open).toBe(false)
    await userEvent.click(summary)
    await expect(panel.open).toBe(true)
    await expect(canvas.getByText(/"fieldTarget": "firstName"/)).toBeVisible()
  },
}

/** Dark theme, opened. */
export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: [fixtureLoader(withDebugChunk, { debug: true })],
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByText('Debug details'))
    const pre = canvasElement.querySelector('pre') as HTMLElement
    await expect(getComputedStyle(pre).backgroundColor).toBe('rgb(37, 38, 44)')
  },
}
