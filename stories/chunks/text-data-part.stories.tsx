import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { eventRegistrationForm } from '../../src/emulator/sample-forms'
import { textData } from '../support/chunk-builders'
import { FixtureTranscript } from '../support/fixture-transcript'
import { gapsInParent } from '../support/layout'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs, FixtureSession } from '../support/session-fixture'

/** `TEXT_DATA`: a value the assistant captured, as a chip with the field's label and the friendly value. */
const meta = {
  title: 'Chunks/TextDataPart',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  render: () => <FixtureTranscript only={['TEXT_DATA']} />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

const captured = (fixture: FixtureSession) =>
  fixture
    .start()
    .endTurn()
    .userSays('I’m Grace Hopper, bringing 2 guests, arriving June 15')
    .receive(
      textData('fullName', 'Grace Hopper', 'Grace Hopper', { startOffset: 4, length: 12 }),
      textData('guests', 2, '2'),
      textData('arrivalDate', '2027-06-15', 'Tuesday, June 15, 2027'),
    )
    .endTurn()

/** Labels come from the form schema; the display value, not the raw value, is shown. */
export const Captured: Story = {
  loaders: [fixtureLoader(captured, { form: eventRegistrationForm })],
  play: async ({ canvasElement }) => {
    const chips = [...canvasElement.querySelectorAll('.formtalk-captured')]
    await expect(chips.map((chip) => chip.textContent)).toEqual([
      'Saved: ✓Full name: Grace Hopper',
      'Saved: ✓How many guests are you bringing?: 2',
      'Saved: ✓Arrival date: Tuesday, June 15, 2027',
    ])
    await expect(within(canvasElement).getByText('Tuesday, June 15, 2027')).toBeVisible()
  },
}

/** Without a form schema the field's target names it. */
export const WithoutSchema: Story = {
  loaders: [fixtureLoader(captured)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('fullName')).toBeVisible()
    await expect(canvas.getByText('Grace Hopper')).toBeVisible()
  },
}

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: [fixtureLoader(captured, { form: eventRegistrationForm })],
  play: async ({ canvasElement }) => {
    const chip = canvasElement.querySelector('.formtalk-captured') as HTMLElement
    await expect(getComputedStyle(chip).backgroundColor).toBe('rgb(15, 45, 26)')
  },
}

/** Right to left: chips start at the right edge. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  loaders: [fixtureLoader(captured, { form: eventRegistrationForm })],
  play: async ({ canvasElement }) => {
    const chip = canvasElement.querySelector('.formtalk-captured') as HTMLElement
    const gaps = gapsInParent(chip)
    await expect(gaps.right).toBe(0)
    await expect(gaps.left).toBeGreaterThan(0)
  },
}
