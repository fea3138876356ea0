import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { InteractiveFormError } from '../../../src/api/errors'
import { createFakeSession, endTurn, failTurn, receive, renderWidget, startSession, text } from './harness'

describe('user message bubble', () => {
  it('marks the meaningfulInput ranges the server used', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, text('Name and email?'))
    endTurn(session)
    await session.send('Sure, I am Ana and my email is ana@example.com thanks')
    receive(session, {
      chunkType: 'TEXT_DATA',
      textDataDetails: { fieldTarget: 'name', text: 'Ana', value: 'Ana' },
      meaningfulInput: { startOffset: 11, length: 3 },
    })
    receive(session, {
      chunkType: 'TEXT_DATA',
      textDataDetails: { fieldTarget: 'email', text: 'ana@example.com', value: 'ana@example.com' },
      meaningfulInput: { startOffset: 31, length: 15 },
    })
    endTurn(session)

    const bubble = screen.container.querySelector('[data-role="user"]')
    await expect.element(screen.getByText('ana@example.com', { exact: true }).first()).toBeVisible()
    const marks = [...(bubble?.querySelectorAll('mark') ?? [])].map((mark) => mark.textContent)
    expect(marks).toEqual(['Ana', 'ana@example.com'])
    expect(bubble?.querySelector('.formtalk-user-text')?.textContent).toBe('You said: Sure, I am Ana and my email is ana@example.com thanks')
    expect(bubble?.getAttribute('data-delivery')).toBe('sent')
  })

  it('shows "Sending…" until the reply starts', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    endTurn(session)
    await session.send('Hello')
    await expect.element(screen.getByText('Sending…')).toBeVisible()
    receive(session, text('Hi'))
    await expect.element(screen.getByText('Sending…')).not.toBeInTheDocument()
  })

  it('keeps a message that was not sent, with a Retry that sends it again in the same bubble', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    endTurn(session)
    await session.send('My phone is 555 1234')
    failTurn(session, new InteractiveFormError({ kind: 'network', message: 'Failed to fetch' }))

    const bubble = screen.getByRole('log').getByText(/My phone is 555 1234/)
    await expect.element(bubble).toBeVisible()
    // As the real hook does: a typed message that got no reply goes back to the composer.
    await expect.element(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('My phone is 555 1234')
    await expect.element(screen.getByText('Not sent.')).toBeVisible()
    expect(screen.container.querySelector('[data-role="user"]')?.getAttribute('data-delivery')).toBe('failed')
    const retry = screen.getByRole('button', { name: 'Retry' })
    await userEvent.click(retry.first())
    expect(session.retry).toHaveBeenCalledTimes(1)
    await expect.element(screen.getByText('Sending…')).toBeVisible()
    expect(screen.getByText('Not sent.').query()).toBeNull()
    expect(screen.container.querySelectorAll('[data-role="user"]')).toHaveLength(1)
    // Retry sent the text the composer held, so the composer is empty again.
    await expect.element(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('')
  })

  it('drops the Retry of an older failed message once a newer one is sent', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    endTurn(session)
    await session.send('first try')
    session.stop()
    await expect.element(screen.getByText('Not sent.')).toBeVisible()
    await expect.element(screen.getByRole('button', { name: 'Retry' })).toBeVisible()
    await session.send('second try')
    receive(session, text('ok'))
    endTurn(session)
    await expect.element(screen.getByText('ok', { exact: true })).toBeVisible()
    expect(screen.getByText('Not sent.').query()).not.toBeNull()
    expect(screen.getByRole('button', { name: 'Retry' }).query()).toBeNull()
  })
})
