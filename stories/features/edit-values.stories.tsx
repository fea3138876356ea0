import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { contactForm } from '../../src/emulator'
import { emulatorLoader, emulatorOf } from '../support/emulator-form'
import { FeatureForm, logOf, say, settled } from './feature-frame'

/**
 * Editing a captured value: the newest chip of a field and its progress row
 * have **Edit**; Save sends a correction turn ("Please change my email to …"
 * with the value as `currentValues`), and what shows next is the server's reply.
 */
const meta = {
  title: 'Features/Edit a captured value',
  args: { width: 900 },
  loaders: [emulatorLoader()],
  render: (args, { loaded }) => <FeatureForm emulator={emulatorOf({ loaded })} formId={contactForm.id} width={args.width} theme="light" />,
} satisfies Meta<{ width: number }>

export default meta
type Story = StoryObj<typeof meta>

/** From the chip: the email changes, in the chat and in the panel, once the server confirms it. */
export const FromTheChip: Story = {
  play: async ({ canvasElement, loaded }) => {
    const emulator = emulatorOf({ loaded })
    const canvas = within(canvasElement)
    await settled(canvasElement)
    await say(canvasElement, "I'm Ada Lovelace, ada@example.com")
    await userEvent.click(logOf(canvasElement).getByRole('button', { name: 'Edit Email' }))
    const box = logOf(canvasElement).getByRole('textbox', { name: 'New value for Email' })
    await expect(box).toHaveFocus()
    await userEvent.clear(box)
    await userEvent.type(box, 'grace@example.org{Enter}')
    await settled(canvasElement)
    // The user's bubble (the server marks the words it used, so the text spans several elements).
    await expect([...canvasElement.querySelectorAll('.formtalk-user-text')].at(-1)).toHaveTextContent('Please change my email to grace@example.org')
    const panel = within(canvas.getByRole('region', { name: 'Your progress' }))
    await expect(panel.getAllByRole('listitem')[2]).toHaveTextContent('Answered: grace@example.org')
    await expect(emulator.sessions()[0]?.values.email).toBe('grace@example.org')
  },
}

/** From the panel, refused by the server: the old value stays and the reason shows. */
export const RefusedFromThePanel: Story = {
  play: async ({ canvasElement, loaded }) => {
    const emulator = emulatorOf({ loaded })
    const canvas = within(canvasElement)
    await settled(canvasElement)
    await say(canvasElement, "I'm Ada Lovelace, ada@example.com")
    const panel = within(canvas.getByRole('region', { name: 'Your progress' }))
    await userEvent.click(panel.getByRole('button', { name: 'Edit Email' }))
    const box = panel.getByRole('textbox', { name: 'New value for Email' })
    await userEvent.clear(box)
    await userEvent.type(box, 'not-an-address{Enter}')
    await settled(canvasElement)
    const row = panel.getAllByRole('listitem')[2] as HTMLElement
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'attention'))
    await expect(row).toHaveTextContent('(Answered: ada@example.com)')
    await expect(emulator.sessions()[0]?.values.email).toBe('ada@example.com')
    // Escape leaves an editor without sending anything; focus goes back to its Edit button.
    const edit = panel.getByRole('button', { name: 'Edit First name' })
    await userEvent.click(edit)
    await userEvent.keyboard('{Escape}')
    await expect(edit).toHaveFocus()
  },
}
