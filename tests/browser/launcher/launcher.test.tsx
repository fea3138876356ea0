/**
 * <InteractiveFormLauncher> in Chromium against the emulator: the corner
 * button, the modal dialog (focus in, trapped, Escape out, focus back), the
 * session living on while closed, and the unread badge.
 */
import { useState } from 'react'
import { he } from '../../../src/locales'
import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../../src/components/styles.css'
import { contactForm } from '../../../src/emulator'
import { InteractiveFormLauncher } from '../../../src/launcher'
import type { InteractiveFormLauncherProps } from '../../../src/launcher'
import { axeViolations, emulatedService } from '../features/emulator-widget'

async function renderLauncher(props: Partial<InteractiveFormLauncherProps> = {}) {
  const service = emulatedService()
  const screen = await render(<InteractiveFormLauncher formId={contactForm.id} client={service.client} {...props} />)
  const button = page.getByRole('button', { name: 'Open the form assistant' })
  return { service, screen, button }
}

const dialog = () => page.getByRole('dialog', { name: 'Form assistant' })
const unreadText = () => document.querySelector('.formtalk-launcher-unread')?.textContent ?? ''
const statusOf = () => document.querySelector<HTMLElement>('.formtalk-launcher-panel .formtalk')?.dataset.status

describe('<InteractiveFormLauncher>', () => {
  it('starts closed as a corner button; the greeting that arrives meanwhile is an unread badge', async () => {
    const { button } = await renderLauncher()
    await expect.element(button).toBeVisible()
    await expect.element(button).toHaveAttribute('aria-expanded', 'false')
    expect(dialog().query()).toBeNull()
    await expect.poll(unreadText).toBe('1 new message')
    await expect.element(button).toHaveAccessibleDescription('1 new message')
    expect(document.querySelector('.formtalk-launcher-badge')?.textContent).toBe('1')
    // The bottom-end corner of a left-to-right page.
    const box = button.element().getBoundingClientRect()
    expect(window.innerWidth - box.right).toBeLessThan(40)
    expect(window.innerHeight - box.bottom).toBeLessThan(40)
    expect(await axeViolations(document.body)).toEqual([])
  })

  it('opens a modal dialog with focus in the message box, traps Tab, and Escape closes it back to the button', async () => {
    const { button } = await renderLauncher()
    const trigger = button.element() as HTMLElement
    await userEvent.click(button)
    await expect.element(dialog()).toBeVisible()
    // Modal: the page behind it, the button included, leaves the accessibility tree.
    expect(trigger.getAttribute('aria-expanded')).toBe('true')
    expect(trigger.closest('[aria-hidden="true"]')).not.toBeNull()
    await expect.element(dialog().getByRole('textbox', { name: 'Message' })).toHaveFocus()
    await expect.poll(unreadText).toBe('')
    expect(document.querySelector('.formtalk-launcher-badge')).toBeNull()
    await expect.element(dialog().getByText('Contact us', { exact: true })).toBeVisible()

    for (let press = 0; press < 12; press++) {
      await userEvent.keyboard(press % 2 === 0 ? '{Tab}' : '{Shift>}{Tab}{/Shift}{Tab}{Tab}')
      expect(dialog().element().contains(document.activeElement)).toBe(true)
    }
    expect(await axeViolations(document.body)).toEqual([])

    await userEvent.keyboard('{Escape}')
    await expect.element(dialog()).not.toBeInTheDocument()
    await expect.element(button).toHaveFocus()
    await expect.element(button).toHaveAttribute('aria-expanded', 'false')
  })

  it('keeps the conversation while closed (a reply keeps streaming) and counts what arrived as unread', async () => {
    const { service, button } = await renderLauncher({ defaultOpen: true })
    await expect.element(dialog()).toBeVisible()
    await expect.poll(statusOf).toBe('ready')
    await expect.poll(unreadText).toBe('')
    service.hold()
    await userEvent.type(dialog().getByRole('textbox', { name: 'Message' }), "I'm Ada Lovelace, ada@example.com{Enter}")
    await expect.element(dialog().getByText("I'm Ada Lovelace, ada@example.com")).toBeVisible()
    await userEvent.click(dialog().getByRole('button', { name: 'Close the form assistant' }))
    await expect.element(dialog()).not.toBeInTheDocument()
    await expect.element(button).toHaveFocus()

    service.release()
    // Three chips and the next question (the separator does not count).
    await expect.poll(unreadText).toBe('5 new messages')
    expect(document.querySelector('.formtalk-launcher-badge')?.textContent).toBe('5')

    await userEvent.click(button)
    await expect.element(dialog().getByText("I'm Ada Lovelace, ada@example.com")).toBeVisible()
    await expect.element(dialog().getByRole('radio', { name: 'Technical support' })).toBeVisible()
    expect(service.emulator.sessions()).toHaveLength(1)
    await expect.poll(unreadText).toBe('')
  })

  it('Escape in an inline editor closes the editor, not the dialog', async () => {
    await renderLauncher({ defaultOpen: true })
    await expect.poll(statusOf).toBe('ready')
    await userEvent.type(dialog().getByRole('textbox', { name: 'Message' }), "I'm Ada Lovelace{Enter}")
    const edit = dialog().getByRole('log').getByRole('button', { name: 'Edit First name' })
    await userEvent.click(edit)
    await expect.element(dialog().getByRole('textbox', { name: 'New value for First name' })).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    await expect.element(dialog().getByRole('textbox', { name: 'New value for First name' })).not.toBeInTheDocument()
    await expect.element(dialog()).toBeVisible()
    await expect.element(edit).toHaveFocus()
  })

  it('can sit bottom-start, follow the locale (Hebrew: right to left) and be controlled', async () => {
    const onOpenChange = vi.fn()
    function Controlled() {
      const [open, setOpen] = useState(false)
      return (
        <>
          <p>Open: {String(open)}</p>
          <InteractiveFormLauncherHost
            open={open}
            onOpenChange={(next) => {
              onOpenChange(next)
              setOpen(next)
            }}
          />
        </>
      )
    }
    const service = emulatedService()
    function InteractiveFormLauncherHost(props: Pick<InteractiveFormLauncherProps, 'open' | 'onOpenChange'>) {
      return <InteractiveFormLauncher formId={contactForm.id} client={service.client} position="bottom-start" locale={he} {...props} />
    }
    await render(<Controlled />)
    const button = page.getByRole('button', { name: 'פתיחת עוזר הטופס' })
    await expect.element(button).toBeVisible()
    // bottom-start in right to left is the bottom right corner.
    expect(button.element().closest('.formtalk-launcher')?.getAttribute('dir')).toBe('rtl')
    // Its Hebrew name is read as Hebrew, not in the page's language.
    expect(button.element().closest('[lang]')?.getAttribute('lang')).toBe('he')
    expect(window.innerWidth - button.element().getBoundingClientRect().right).toBeLessThan(40)
    await userEvent.click(button)
    expect(onOpenChange).toHaveBeenLastCalledWith(true)
    await expect.element(page.getByText('Open: true')).toBeInTheDocument()
    await expect.element(page.getByRole('dialog', { name: 'עוזר הטופס' })).toBeVisible()
    expect(page.getByRole('dialog').element().getAttribute('lang')).toBe('he')
    await userEvent.keyboard('{Escape}')
    expect(onOpenChange).toHaveBeenLastCalledWith(false)
    await expect.element(page.getByText('Open: false')).toBeInTheDocument()
  })
})
