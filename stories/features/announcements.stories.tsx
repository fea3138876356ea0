import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { contactForm } from '../../src/emulator'
import { emulatorLoader, emulatorOf } from '../support/emulator-form'
import { FeatureForm, say, settled } from './feature-frame'

/**
 * What a screen reader hears: the widget's two visually hidden live regions
 * read each finished turn once — "Captured: …" and then its text politely,
 * `IMPORTANT_TEXT` and `ERROR` assertively, the submission once — never
 * chunk by chunk. A field's rule is part of the question, so it is read
 * politely; only a refused value interrupts. The play function checks the
 * regions' text.
 */
const meta = {
  title: 'Features/Announcements',
  loaders: [emulatorLoader()],
  render: (_args, { loaded }) => <FeatureForm emulator={emulatorOf({ loaded })} formId={contactForm.id} width={420} progress={false} theme="light" />,
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

const region = (root: HTMLElement, politeness: 'polite' | 'assertive') => root.querySelector(`[data-announcer="${politeness}"]`)?.textContent ?? ''

export const PoliteAndAssertive: Story = {
  play: async ({ canvasElement }) => {
    await settled(canvasElement)
    await say(canvasElement, "I'm Ada Lovelace")
    const emailQuestion = "What's your email? Please use a valid email address, like name@example.com."
    await waitFor(() => expect(region(canvasElement, 'polite')).toBe(`Captured: First name, Last name. ${emailQuestion}`))
    // Asking for the email states its rule but refuses nothing: no interruption.
    await expect(region(canvasElement, 'assertive')).toBe('')
    await say(canvasElement, 'ada@example')
    await waitFor(() => expect(region(canvasElement, 'assertive')).toBe('“ada@example” isn\'t a valid email address — it should look like name@example.com.'))
    await expect(region(canvasElement, 'polite')).toBe(emailQuestion)
    await say(canvasElement, 'ada@example.com')
    await waitFor(() => expect(region(canvasElement, 'polite')).toBe('Captured: Email. Which topic would you like?'))
    await expect(region(canvasElement, 'assertive')).toBe('')
  },
}
