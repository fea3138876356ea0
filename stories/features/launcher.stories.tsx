import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { contactForm } from '../../src/emulator'
import { InteractiveFormLauncher } from '../../src/launcher'
import { de, en, es, he } from '../../src/locales'
import { emulatorLoader, emulatorOf } from '../support/emulator-form'
import { useEmulatorClient } from './feature-frame'
import type { Emulator } from '../../src/emulator'

interface LauncherArgs {
  position: 'bottom-end' | 'bottom-start'
  locale: 'en' | 'es' | 'de' | 'he'
}

const builtInLocales = { en, es, de, he }

function Launcher({ emulator, locale, ...props }: LauncherArgs & { emulator: Emulator }) {
  const client = useEmulatorClient(emulator)
  return <InteractiveFormLauncher formId={contactForm.id} client={client} theme="light" locale={builtInLocales[locale]} {...props} />
}

/**
 * Launcher mode: a corner button that opens the widget in a modal dialog —
 * focus moves into the message box and stays in the dialog, Escape closes it
 * and focus returns to the button. The session lives on while it is closed;
 * what arrives meanwhile shows as an unread badge.
 */
const meta = {
  title: 'Features/Launcher',
  args: { position: 'bottom-end', locale: 'en' },
  argTypes: {
    position: { control: 'inline-radio', options: ['bottom-end', 'bottom-start'] },
    locale: { control: 'inline-radio', options: ['en', 'es', 'de', 'he'] },
  },
  parameters: { layout: 'fullscreen' },
  loaders: [emulatorLoader()],
  render: (args, { loaded }) => (
    <div style={{ minBlockSize: '40rem', padding: '1rem' }}>
      <p>The page behind the launcher.</p>
      <Launcher emulator={emulatorOf({ loaded })} {...args} />
    </div>
  ),
} satisfies Meta<LauncherArgs>

export default meta
type Story = StoryObj<typeof meta>

const body = () => within(document.body)
const unread = () => document.querySelector('.formtalk-launcher-unread')?.textContent

/** Open, answer, close with Escape: focus goes back to the button and the conversation is still there. */
export const OpenAndClose: Story = {
  play: async () => {
    const button = await body().findByRole('button', { name: 'Open the form assistant' })
    await waitFor(() => expect(unread()).toBe('1 new message'))
    await userEvent.click(button)
    const dialog = within(await body().findByRole('dialog', { name: 'Form assistant' }))
    await waitFor(() => expect(dialog.getByRole('textbox', { name: 'Message' })).toHaveFocus())
    await userEvent.keyboard("I'm Ada Lovelace{Enter}")
    await waitFor(() => expect(within(dialog.getByRole('log')).getByRole('button', { name: 'Edit First name' })).toBeVisible())
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull())
    await expect(button).toHaveFocus()
    await userEvent.click(button)
    await body().findByRole('dialog')
    // The same session: the user's message (its marked words span several elements) is still there.
    await expect(document.querySelector('.formtalk-launcher-panel .formtalk-user-text')).toHaveTextContent("I'm Ada Lovelace")
  },
}

/** Hebrew, in the bottom-start corner (the bottom right of a right-to-left page). */
export const HebrewBottomStart: Story = {
  args: { position: 'bottom-start', locale: 'he' },
  play: async () => {
    const button = await body().findByRole('button', { name: 'פתיחת עוזר הטופס' })
    await expect(button.closest('.formtalk-launcher')).toHaveAttribute('dir', 'rtl')
    await userEvent.click(button)
    await expect(await body().findByRole('dialog', { name: 'עוזר הטופס' })).toBeVisible()
  },
}
