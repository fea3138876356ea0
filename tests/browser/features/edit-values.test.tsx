/**
 * Editing a captured value, in Chromium against the emulator: from the chip
 * or the progress panel, sent as a correction turn, and shown only as the
 * server's reply has it — also when the server refuses the new value.
 */
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../../src/components/styles.css'
import { InteractiveForm } from '../../../src/components/interactive-form'
import { contactForm, feedbackSurveyForm } from '../../../src/emulator'
import { sayFakeMessage } from '../../../stories/support/fake-session-actions'
import { createFakeSession, endTurn, receive, renderWidget, sampleForm, startSession } from '../components/harness'
import { axeViolations, emulatedService, settled } from './emulator-widget'

async function contactChat() {
  const service = emulatedService()
  const screen = await render(
    <div style={{ inlineSize: '800px' }}>
      <InteractiveForm formId={contactForm.id} client={service.client} />
    </div>,
  )
  await expect.element(screen.getByRole('log').getByText('Contact us', { exact: true })).toBeVisible()
  await settled(screen.container)
  await userEvent.fill(screen.getByRole('textbox', { name: 'Message' }), "I'm Ada Lovelace, ada@example.com")
  await userEvent.keyboard('{Enter}')
  await settled(screen.container)
  const log = screen.getByRole('log')
  const panel = screen.getByRole('region', { name: 'Your progress' })
  // Rows start with their label ("Email (required)…"); a message mentioning "email" is another row.
  const row = (label: string) => panel.getByRole('listitem').filter({ hasText: new RegExp(`^${label}`) })
  return { service, screen, log, panel, row }
}

describe('editing a captured value', () => {
  it('from the chip: sends a correction turn and shows the server’s value, not the edited one, until the reply has it', async () => {
    const { service, screen, log, row } = await contactChat()
    // Only the newest chip of a field offers Edit.
    const edit = log.getByRole('button', { name: 'Edit Email' })
    await expect.element(edit).toBeVisible()
    expect(log.getByRole('button', { name: /^Edit / }).elements()).toHaveLength(3)

    await userEvent.click(edit)
    const box = log.getByRole('textbox', { name: 'New value for Email' })
    await expect.element(box).toHaveValue('ada@example.com')
    await expect.element(box).toHaveFocus()
    await userEvent.fill(box, 'grace@example.org')
    service.hold()
    await userEvent.click(log.getByRole('button', { name: 'Save' }))

    expect(service.sends.at(-1)).toEqual({ input: 'Please change my email to grace@example.org', currentValues: { email: 'grace@example.org' } })
    await expect.element(log.getByText('Please change my email to grace@example.org')).toBeVisible()
    await expect.element(box).not.toBeInTheDocument()
    // While the reply is on its way: the old value everywhere, Edit disabled (but still focusable, with focus back on it).
    await expect.element(edit).toHaveAttribute('aria-disabled', 'true')
    await expect.element(edit).toHaveFocus()
    await expect.element(row('Email')).toHaveTextContent('Answered: ada@example.com')
    expect(screen.container.querySelector('.formtalk-side')?.textContent).not.toContain('grace@example.org')
    // aria-disabled: a real click reaches it and does nothing.
    ;(row('Email').getByRole('button', { name: 'Edit Email' }).element() as HTMLElement).click()
    expect(screen.container.querySelector('.formtalk-editor')).toBeNull()

    service.release()
    await settled(screen.container)
    await expect.element(row('Email')).toHaveTextContent('Answered: grace@example.org')
    expect(service.emulator.sessions()[0]?.values.email).toBe('grace@example.org')
    // The new chip is the one with Edit now, and it took the focus from the old one.
    const chips = screen.container.querySelectorAll('.formtalk-captured[data-field="email"]')
    expect(chips).toHaveLength(2)
    const editOf = (chip: Element | undefined) => chip?.closest('.formtalk-captured-item')?.querySelector('.formtalk-captured-edit')
    expect(editOf(chips[0])).toBeNull()
    const newEdit = editOf(chips[1])
    expect(newEdit?.getAttribute('aria-disabled')).toBeNull()
    expect(document.activeElement).toBe(newEdit)
  })

  it('keeps the old value when the server refuses the new one, and shows why', async () => {
    const { service, screen, log, row } = await contactChat()
    await userEvent.click(log.getByRole('button', { name: 'Edit Email' }))
    await userEvent.fill(log.getByRole('textbox', { name: 'New value for Email' }), 'not-an-address')
    service.hold()
    await userEvent.keyboard('{Enter}')
    await expect.element(log.getByText('Please change my email to not-an-address')).toBeVisible()
    await expect.element(row('Email')).toHaveAttribute('data-state', 'captured')
    service.release()
    await settled(screen.container)

    const refusal = '“not-an-address” isn\'t a valid email address — it should look like name@example.com.'
    await expect.element(log.getByText(refusal)).toBeVisible()
    await expect.element(row('Email')).toHaveAttribute('data-state', 'attention')
    await expect.element(row('Email')).toHaveTextContent(`Needs attention: ${refusal} (Answered: ada@example.com)`)
    expect(service.emulator.sessions()[0]?.values.email).toBe('ada@example.com')
    // No new chip: the old one still shows (and edits) the value the server holds.
    const chips = screen.container.querySelectorAll('.formtalk-captured[data-field="email"]')
    expect(chips).toHaveLength(1)
    expect(chips[0]?.textContent).toContain('ada@example.com')
    await expect.element(log.getByRole('button', { name: 'Edit Email' })).not.toHaveAttribute('aria-disabled')
  })

  it('closes on Escape or Cancel without sending, and focus returns to the Edit button', async () => {
    const { service, log, row } = await contactChat()
    const sent = service.sends.length
    const edit = log.getByRole('button', { name: 'Edit First name' })
    await userEvent.click(edit)
    await expect.element(edit).toHaveAttribute('aria-expanded', 'true')
    await userEvent.fill(log.getByRole('textbox', { name: 'New value for First name' }), 'Grace')
    await userEvent.keyboard('{Escape}')
    await expect.element(log.getByRole('textbox', { name: 'New value for First name' })).not.toBeInTheDocument()
    await expect.element(edit).toHaveFocus()
    await expect.element(edit).toHaveAttribute('aria-expanded', 'false')

    // Saving an emptied value says why nothing happens and keeps the editor open.
    await userEvent.click(edit)
    const box = log.getByRole('textbox', { name: 'New value for First name' })
    await userEvent.clear(box)
    await userEvent.keyboard('{Enter}')
    await expect.element(log.getByRole('alert')).toHaveTextContent('Enter a value.')
    await expect.element(box).toHaveAttribute('aria-invalid', 'true')
    await userEvent.keyboard('{Escape}')
    await expect.element(edit).toHaveFocus()

    const panelEdit = row('Last name').getByRole('button', { name: 'Edit Last name' })
    await userEvent.click(panelEdit)
    await expect.element(row('Last name').getByRole('textbox', { name: 'New value for Last name' })).toHaveFocus()
    await userEvent.click(row('Last name').getByRole('button', { name: 'Cancel' }))
    await expect.element(panelEdit).toHaveFocus()
    expect(service.sends).toHaveLength(sent)
  })

  it('from the panel: a select of the field’s options for a dropdown', async () => {
    const { service, screen, log, row } = await contactChat()
    // Answer the Topic prompt first.
    await userEvent.click(log.getByRole('radio', { name: 'Technical support' }))
    await settled(screen.container)
    await expect.element(row('Topic')).toHaveTextContent('Answered: Technical support')

    await userEvent.click(row('Topic').getByRole('button', { name: 'Edit Topic' }))
    const select = row('Topic').getByRole('combobox', { name: 'New value for Topic' })
    await expect.element(select).toHaveValue('support')
    expect([...(select.element() as HTMLSelectElement).options].map((option) => option.text)).toEqual(['Sales question', 'Technical support', 'Billing', 'Press'])
    await userEvent.selectOptions(select, 'billing')
    await userEvent.click(row('Topic').getByRole('button', { name: 'Save' }))
    expect(service.sends.at(-1)).toEqual({ input: 'Please change my topic to Billing', currentValues: { topic: 'billing' } })
    await settled(screen.container)
    await expect.element(row('Topic')).toHaveTextContent('Answered: Billing')
    await expect.element(row('Topic').getByRole('button', { name: 'Edit Topic' })).toHaveFocus()
  })

  it('checks a number against the field’s rules before sending it', async () => {
    const service = emulatedService()
    const screen = await render(
      <div style={{ inlineSize: '800px' }}>
        <InteractiveForm formId={feedbackSurveyForm.id} client={service.client} />
      </div>,
    )
    await settled(screen.container)
    const prompt = screen.getByRole('textbox', { name: 'How would you rate Formtalk overall?' })
    await userEvent.fill(prompt, '4')
    await userEvent.keyboard('{Enter}')
    await settled(screen.container)
    const sent = service.sends.length

    const log = screen.getByRole('log')
    await userEvent.click(log.getByRole('button', { name: 'Edit How would you rate Formtalk overall?' }))
    const box = log.getByRole('textbox', { name: 'New value for How would you rate Formtalk overall?' })
    await expect.element(box).toHaveValue('4')
    await userEvent.fill(box, '9')
    await userEvent.keyboard('{Enter}')
    await expect.element(log.getByRole('alert')).toHaveTextContent('The number must be at most 5.')
    await expect.element(box).toHaveAttribute('aria-invalid', 'true')
    expect(service.sends).toHaveLength(sent)

    await userEvent.fill(box, '5')
    await userEvent.keyboard('{Enter}')
    expect(service.sends.at(-1)).toEqual({ input: 'Please change “How would you rate Formtalk overall?” to 5', currentValues: { rating: 5 } })
    await settled(screen.container)
    await expect.element(screen.getByRole('region', { name: 'Your progress' }).getByRole('listitem').filter({ hasText: 'How would you rate' })).toHaveTextContent('Answered: 5')
  })

  it('is disabled while a reply is on its way and gone after submission (no dead Tab stops); the editor has no axe violations', async () => {
    const session = createFakeSession({ form: sampleForm })
    startSession(session)
    receive(session, { chunkType: 'TEXT_DATA', textDataDetails: { fieldTarget: 'email', text: 'Email', value: 'ana@example.com', displayValue: 'ana@example.com' } })
    endTurn(session)
    const screen = await renderWidget(session)
    const edit = screen.getByRole('button', { name: 'Edit Email address' })
    await userEvent.click(edit)
    await expect.element(screen.getByRole('textbox', { name: 'New value for Email address' })).toHaveFocus()
    expect(await axeViolations(screen.container)).toEqual([])
    await userEvent.keyboard('{Escape}')

    sayFakeMessage(session.store, 'That is all')
    await expect.element(edit).toHaveAttribute('aria-disabled', 'true')
    ;(edit.element() as HTMLElement).click()
    expect(screen.container.querySelector('.formtalk-editor')).toBeNull()

    receive(session, { chunkType: 'SUBMISSION', submissionDetails: { submissionId: 'sub-1' } })
    endTurn(session)
    await expect.element(screen.getByText('Your form was submitted', { exact: false }).first()).toBeVisible()
    // Neither the chip nor the progress panel offers an edit any more.
    expect(screen.getByRole('button', { name: /^Edit / }).elements()).toEqual([])
    expect(screen.getByText('ana@example.com').elements().length).toBeGreaterThan(0)
  })
})
