import axe from 'axe-core'
import { describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../../src/components/styles.css'
import '../../../src/progress/form-progress.css'
import type { ResponseChunk } from '../../../src/api/wire-types'
import { eventRegistrationForm } from '../../../src/emulator/sample-forms'
import { SessionProvider } from '../../../src/hooks/session-context'
import { FormProgress } from '../../../src/progress'
import { errorChunk, importantText, singleSelect, textData } from '../../store/chunk-builders'
import { createTestSession } from '../../progress/session-handle'

const formId = eventRegistrationForm.id

async function renderProgress(theme: 'light' | 'dark' = 'light') {
  const session = createTestSession({ formId })
  session.store.dispatch({ type: 'session-starting', formId })
  session.store.dispatch({ type: 'session-created', session: { id: 'session-1', formId } })
  session.store.dispatch({ type: 'form-loaded', form: eventRegistrationForm })
  const onEdit = vi.fn()
  const screen = await render(
    <div className="formtalk" data-theme={theme} style={{ blockSize: 'auto' }}>
      <SessionProvider session={session}>
        <FormProgress onEdit={onEdit} />
      </SessionProvider>
    </div>,
  )
  const receive = (chunk: ResponseChunk) => session.store.dispatch({ type: 'chunk', chunk })
  return { session, screen, onEdit, receive }
}

async function expectNoAxeViolations(element: Element) {
  const results = await axe.run(element, { resultTypes: ['violations'] })
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
}

function fieldRow(screen: Awaited<ReturnType<typeof renderProgress>>['screen'], label: string) {
  return screen.getByRole('listitem').filter({ hasText: label })
}

describe('<FormProgress> in Chromium', () => {
  it('lists the fields in layout order, all empty at first', async () => {
    const { screen } = await renderProgress()
    const region = screen.getByRole('region', { name: 'Your progress' })
    await expect.element(region).toBeVisible()
    const rows = screen.getByRole('listitem').elements()
    expect(rows.map((row) => row.querySelector('.formtalk-progress-label')?.textContent)).toEqual([
      'Full name',
      'Email',
      'Ticket',
      'How many guests are you bringing?',
      'Dietary requirements',
      'Arrival date',
      'Company',
      'I agree to the code of conduct',
    ])
    expect(rows.every((row) => row.getAttribute('data-state') === 'empty')).toBe(true)
    await expect.element(screen.getByRole('progressbar', { name: 'Your progress' })).toHaveAttribute('aria-valuenow', '0')
    await expect.element(fieldRow(screen, 'Full name')).toHaveTextContent('Full name (required)Not answered yet')
  })

  it('follows the conversation: captured values, attention, and the figure over required fields', async () => {
    const { screen, receive, session } = await renderProgress()
    receive(textData('fullName', 'Ada Lovelace'))
    receive(textData('email', 'ada@example.org'))
    await expect.element(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '33')
    await expect.element(screen.getByText('2 of 6 required fields done (33%)')).toBeVisible()
    await expect.element(fieldRow(screen, 'Full name')).toHaveAttribute('data-state', 'captured')
    await expect.element(fieldRow(screen, 'Full name')).toHaveTextContent('Answered: Ada Lovelace')

    receive(singleSelect('ticket', [['general', 'General admission']]))
    session.store.dispatch({ type: 'turn-ended' })
    session.store.dispatch({ type: 'user-message', text: 'Backstage', currentValues: { ticket: 'backstage' } })
    receive(errorChunk('There is no backstage ticket.'))
    receive(importantText('arrivalDate', 'The meetup runs from June 14 to 18.'))
    await expect.element(fieldRow(screen, 'Ticket')).toHaveAttribute('data-state', 'attention')
    await expect.element(fieldRow(screen, 'Ticket')).toHaveTextContent('Needs attention: There is no backstage ticket.')
    // Said of a date nobody has given yet: a requirement, shown as a hint, not a problem.
    await expect.element(fieldRow(screen, 'Arrival date')).toHaveAttribute('data-state', 'empty')
    await expect.element(fieldRow(screen, 'Arrival date')).toHaveTextContent('Not answered yet The meetup runs from June 14 to 18.')
    // The rejected ticket does not count.
    await expect.element(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '33')

    receive(textData('ticket', 'vip', 'VIP'))
    await expect.element(fieldRow(screen, 'Ticket')).toHaveTextContent('Answered: VIP')
    await expect.element(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50')

    // The same words about a date the user gave: a problem with it.
    session.store.dispatch({ type: 'turn-ended' })
    session.store.dispatch({ type: 'user-message', text: 'July 1', currentValues: { arrivalDate: '2026-07-01' } })
    receive(importantText('arrivalDate', 'The meetup runs from June 14 to 18.'))
    await expect.element(fieldRow(screen, 'Arrival date')).toHaveAttribute('data-state', 'attention')
    await expect.element(fieldRow(screen, 'Arrival date')).toHaveTextContent('Needs attention: The meetup runs from June 14 to 18. (Answered: 2026-07-01)')
  })

  it('offers Edit for captured fields only, by mouse and keyboard', async () => {
    const { screen, receive, onEdit } = await renderProgress()
    receive(textData('fullName', 'Ada Lovelace'))
    receive(textData('guests', 2, '2 guests'))
    const edit = screen.getByRole('button', { name: 'Edit How many guests are you bringing?' })
    await expect.element(edit).toBeVisible()
    expect(screen.getByRole('button', { name: /^Edit / }).elements()).toHaveLength(2)

    await userEvent.click(edit)
    expect(onEdit).toHaveBeenLastCalledWith('guests')

    ;(screen.getByRole('button', { name: 'Edit Full name' }).element() as HTMLElement).focus()
    await userEvent.keyboard('{Enter}')
    expect(onEdit).toHaveBeenLastCalledWith('fullName')
    expect(onEdit).toHaveBeenCalledTimes(2)
  })

  it('has no axe violations in every state, in light and dark themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { screen, receive } = await renderProgress(theme)
      receive(textData('fullName', 'Ada Lovelace'))
      receive(textData('email', 'ada@old.example'))
      receive(importantText('email', 'That address bounced.'))
      receive(importantText('arrivalDate', 'The meetup runs from June 14 to 18.'))
      await expect.element(fieldRow(screen, 'Email')).toHaveAttribute('data-state', 'attention')
      await expect.element(fieldRow(screen, 'Arrival date').getByText('The meetup runs from June 14 to 18.')).toBeVisible()
      await expectNoAxeViolations(screen.container)
      await screen.unmount()
    }
  })
})
