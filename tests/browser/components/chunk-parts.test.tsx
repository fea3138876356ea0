import { afterEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import type { ResponseChunk } from '../../../src/api/wire-types'
import { createFakeSession, endTurn, receive, renderWidget, sampleForm, startSession, text } from './harness'

const captured = (fieldTarget: string, displayValue: string | undefined, value: string): ResponseChunk => ({
  chunkType: 'TEXT_DATA',
  textDataDetails: { fieldTarget, text: `${fieldTarget} is ${value}`, value, ...(displayValue !== undefined ? { displayValue } : {}) },
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('TEXT_DATA', () => {
  it('shows the field label from the form schema and the display value', async () => {
    const session = createFakeSession({ form: sampleForm })
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, captured('email', 'ana@example.com', 'ana@example.com'))
    await expect.element(screen.getByText('Email address')).toBeVisible()
    const chip = screen.container.querySelector('.formtalk-captured')
    expect(chip?.textContent).toBe('Saved: ✓Email address: ana@example.com')
    // The newest chip of an editable field has an Edit button beside it.
    await expect.element(screen.getByRole('button', { name: 'Edit Email address' })).toBeVisible()
    expect(chip?.nextElementSibling?.textContent).toBe('Edit')
  })

  it('falls back to the field target without a schema, and to the text without a display value', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, captured('email', undefined, 'ana@example.com'))
    await expect.element(screen.getByText('email', { exact: true })).toBeVisible()
    await expect.element(screen.getByText('email is ana@example.com')).toBeVisible()
  })

  it('picks up a schema that arrives after the chip', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, captured('guests', '4 guests', '4'))
    await expect.element(screen.getByText('guests', { exact: true })).toBeVisible()
    session.store.dispatch({ type: 'form-loaded', form: sampleForm })
    await expect.element(screen.getByText('Number of guests')).toBeVisible()
    await expect.element(screen.getByText('4 guests')).toBeVisible()
  })
})

describe('ERROR', () => {
  it('shows the message with a Retry that calls retry while the turn can be retried (the announcer, not the bubble, is the live region)', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, text('Hi!'))
    endTurn(session)
    await session.send('My name is Ana')
    receive(session, { chunkType: 'ERROR', errorDetails: { messageText: 'We could not process that.' } })
    endTurn(session, false)

    const bubble = screen.getByRole('log').getByText('We could not process that.')
    await expect.element(bubble).toBeVisible()
    expect(bubble.element().closest('[role="alert"], [aria-live="polite"], [aria-live="assertive"]')).toBeNull()
    await userEvent.click(screen.getByRole('log').getByRole('button', { name: 'Retry' }))
    expect(session.retry).toHaveBeenCalledTimes(1)
  })

  it('has no Retry when the turn ended normally or a newer turn followed', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, { chunkType: 'ERROR', errorDetails: { messageText: 'That date is in the past.' } })
    endTurn(session, true)
    await expect.element(screen.getByRole('log').getByText('That date is in the past.')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Retry' }).query()).toBeNull()
  })

  it('loses its Retry once a new turn starts', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, { chunkType: 'ERROR', errorDetails: { messageText: 'Something broke.' } })
    endTurn(session, false)
    await expect.element(screen.getByRole('button', { name: 'Retry' })).toBeVisible()
    await session.send('hello again')
    await expect.element(screen.getByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
  })
})

describe('SUBMISSION', () => {
  it('confirms, and links to the checkout getCheckoutUrl gives (the link navigates through navigate)', async () => {
    const getCheckoutUrl = vi.fn((checkoutId: string) => `https://shop.example/checkout/${checkoutId}`)
    const navigate = vi.fn()
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session, { getCheckoutUrl, navigate })
    receive(session, { chunkType: 'SUBMISSION', submissionDetails: { submissionId: 'sub-1', checkoutId: 'chk-9' } })
    endTurn(session)
    await expect.element(screen.getByRole('log').getByText('Thank you! Your form was submitted.')).toBeVisible()
    await expect.element(screen.getByText('Reference: sub-1')).toBeVisible()
    const link = screen.getByRole('link', { name: 'Continue to checkout' })
    await expect.element(link).toHaveAttribute('href', 'https://shop.example/checkout/chk-9')
    // Shown by the view alone (no purchase happened here): nothing navigates until the buyer asks.
    expect(navigate).not.toHaveBeenCalled()
    await userEvent.click(link)
    expect(navigate).toHaveBeenCalledWith('https://shop.example/checkout/chk-9')
    expect(getCheckoutUrl).toHaveBeenCalledTimes(1)
  })

  it('has no checkout action without a checkoutId, or without getCheckoutUrl', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session, { getCheckoutUrl: () => 'https://shop.example/' })
    receive(session, { chunkType: 'SUBMISSION', submissionDetails: { submissionId: 'sub-2' } })
    await expect.element(screen.getByText('Reference: sub-2')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Continue to checkout' }).query()).toBeNull()

    const purchase = createFakeSession()
    startSession(purchase)
    const other = await renderWidget(purchase)
    receive(purchase, { chunkType: 'SUBMISSION', submissionDetails: { submissionId: 'sub-3', checkoutId: 'chk-3' } })
    await expect.element(other.getByText('Reference: sub-3')).toBeVisible()
    expect(other.getByRole('link', { name: 'Continue to checkout' }).query()).toBeNull()
    expect(other.getByRole('button', { name: 'Continue to checkout' }).query()).toBeNull()
  })
})

describe('DEBUG', () => {
  const debugChunk: ResponseChunk = { chunkType: 'DEBUG', debugDetails: { data: { tool: 'extract_fields', ms: 312 } } }

  it('is not rendered without debug', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, text('Hello'), debugChunk)
    await expect.element(screen.getByText('Hello')).toBeVisible()
    expect(screen.container.querySelector('details')).toBeNull()
    expect(screen.container.textContent).not.toContain('extract_fields')
  })

  it('is a collapsed panel with debug', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session, { debug: true })
    receive(session, debugChunk)
    const summary = screen.getByText('Debug details')
    await expect.element(summary).toBeVisible()
    await expect.element(screen.getByText(/extract_fields/)).not.toBeVisible()
    await userEvent.click(summary)
    await expect.element(screen.getByText(/extract_fields/)).toBeVisible()
  })
})

describe('notices', () => {
  it('FILE_UPLOAD and SIGNATURE say they are not supported and what to do instead', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, { chunkType: 'FILE_UPLOAD', fileUploadDetails: { fieldTarget: 'resume' } }, { chunkType: 'SIGNATURE', signatureDetails: { fieldTarget: 'sign' } })
    const notes = screen.getByRole('note')
    await expect.element(notes.first()).toHaveTextContent("Uploading files (resume) is not supported in this chat yet. Please complete that field on the site's regular form.")
    await expect.element(notes.nth(1)).toHaveTextContent('Signing (sign) is not supported')
  })

  it('IMPORTANT_TEXT is an emphasised note; SEPARATOR is decorative', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, text('One'), { chunkType: 'SEPARATOR', separatorDetails: { type: 'PARAGRAPH' } }, {
      chunkType: 'IMPORTANT_TEXT',
      importantTextDetails: { fieldTarget: 'email', text: 'The email you gave earlier looks mistyped.' },
    })
    await expect.element(screen.getByRole('note')).toHaveTextContent('The email you gave earlier looks mistyped.')
    const rule = screen.container.querySelector('hr')
    expect(rule?.getAttribute('aria-hidden')).toBe('true')
    expect(screen.getByRole('separator').query()).toBeNull()
  })
})

describe('unknown chunk types', () => {
  it('render nothing and warn once per type in development', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, text('Before'), { chunkType: 'HOLOGRAM_TEST', hologramDetails: { x: 1 } }, { chunkType: 'HOLOGRAM_TEST', hologramDetails: { x: 2 } }, text(' after'))
    endTurn(session)
    await expect.element(screen.getByText('Before')).toBeVisible()
    const bubbles = [...screen.container.querySelectorAll('.formtalk-block > *')].map((node) => node.textContent)
    expect(bubbles).toEqual(['Before', ' after'])
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toContain('HOLOGRAM_TEST')
  })
})
