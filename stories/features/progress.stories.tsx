import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { contactForm } from '../../src/emulator'
import { emulatorLoader, emulatorOf } from '../support/emulator-form'
import { FeatureForm, say, settled } from './feature-frame'

interface ProgressArgs {
  width: number
  theme: 'light' | 'dark' | 'auto'
}

/**
 * Form progress in the drop-in: the form's fields in layout order with their
 * state, and a figure over the required ones. A side panel from 720 px of
 * widget width, a compact bar with a disclosure below that.
 */
const meta = {
  title: 'Features/Form progress',
  args: { width: 900, theme: 'light' },
  argTypes: {
    width: { control: { type: 'range', min: 320, max: 1200, step: 20 }, description: 'Widget width in px (side panel from 720).' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  loaders: [emulatorLoader()],
  render: (args, { loaded }) => <FeatureForm emulator={emulatorOf({ loaded })} formId={contactForm.id} width={args.width} theme={args.theme} />,
} satisfies Meta<ProgressArgs>

export default meta
type Story = StoryObj<typeof meta>

/** The side panel, once the greeting has settled. */
async function sidePanel(canvasElement: HTMLElement) {
  await settled(canvasElement)
  return within(within(canvasElement).getByRole('region', { name: 'Your progress' }))
}

/** Wide: the panel beside the chat follows what the server captured. */
export const SidePanel: Story = {
  play: async ({ canvasElement }) => {
    const panel = await sidePanel(canvasElement)
    await expect(panel.getByText('0 of 5 required fields done (0%)')).toBeVisible()
    await say(canvasElement, "I'm Ada Lovelace, ada@example.com")
    await expect(panel.getByText('3 of 5 required fields done (60%)')).toBeVisible()
    await expect(panel.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '60')
    await expect(panel.getAllByRole('listitem')[2]).toHaveTextContent('Answered: ada@example.com')
  },
}

/** Narrow: a slim bar ("3 of 5 required") above the chat; the list opens under "Show all fields". */
export const CompactBar: Story = {
  args: { width: 400 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await settled(canvasElement)
    await expect(canvas.queryByRole('region', { name: 'Your progress' })).toBeNull()
    await say(canvasElement, "I'm Ada Lovelace, ada@example.com")
    await expect(canvas.getByText('3 of 5 required')).toBeVisible()
    await expect(canvas.getByRole('progressbar', { name: 'Your progress' })).toHaveAttribute('aria-valuenow', '60')
    await userEvent.click(canvas.getByText('Show all fields'))
    await expect(canvasElement.querySelector('.formtalk-progress-bar .formtalk-progress-fields')).toBeVisible()
  },
}

/** The side panel in the dark theme, with a field that needs attention. */
export const DarkWithAttention: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const panel = await sidePanel(canvasElement)
    await say(canvasElement, "I'm Ada Lovelace")
    await expect(panel.getByText('2 of 5 required fields done (40%)')).toBeVisible()
    // Being asked for the email (and its rule) is not a problem with it.
    await expect(panel.queryByText(/Needs attention/)).toBeNull()
    await say(canvasElement, 'ada@example')
    await expect(await panel.findByText(/Needs attention/)).toBeVisible()
  },
}

/** A rule stated for a field nobody has filled is a hint on that field, not a problem: the email after "skip". */
export const RequirementHint: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const panel = await sidePanel(canvasElement)
    await say(canvasElement, "I'm Ada Lovelace")
    await say(canvasElement, 'skip')
    const email = panel.getAllByRole('listitem')[2]
    await expect(email).toHaveTextContent(/^Email \(required\)Not answered yet Email is required/)
    await expect(email).toHaveAttribute('data-state', 'empty')
    await expect(panel.queryByText(/Needs attention/)).toBeNull()
  },
}
