import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { InteractiveFormError } from '../../../src/api/errors'
import type { InteractiveFormErrorOptions } from '../../../src/api/errors'
import { createFakeSession, endTurn, failTurn, receive, renderWidget, startSession, text } from './harness'

async function failWith(options: InteractiveFormErrorOptions, chunksFirst = false) {
  const session = createFakeSession()
  startSession(session)
  const screen = await renderWidget(session)
  receive(session, text('Hello, what is your name?'))
  endTurn(session)
  await session.send('Ana')
  if (chunksFirst) receive(session, text('Thanks Ana, and your'))
  failTurn(session, new InteractiveFormError(options))
  return { session, screen }
}

describe('transport failures', () => {
  it.each([
    [{ kind: 'network', message: 'Failed to fetch' }, 'You appear to be offline'],
    [{ kind: 'timeout', message: 'timed out' }, 'took too long'],
    [{ kind: 'http', status: 429, retryAfterSeconds: 30, message: 'Too Many Requests' }, 'Too many requests, try again in 30 s.'],
    [{ kind: 'http', status: 503, message: 'Service Unavailable' }, 'The service is having trouble'],
  ] as const)('%o is said in words with a Retry', async (options, words) => {
    const { session, screen } = await failWith(options)
    await expect.element(screen.getByText(words, { exact: false })).toBeVisible()
    const banner = screen.container.querySelector('.formtalk-banner')
    expect(banner?.getAttribute('role')).toBe('alert')
    // The banner sits at the end of the thread.
    expect(screen.container.querySelector('.formtalk-log-content')?.lastElementChild).toBe(banner)
    expect(banner?.querySelector('button')?.textContent).toBe('Retry')
    // Through a locator, found again at click time: the thread may still be settling (auto-scroll) under load.
    await userEvent.click(screen.getByRole('alert').getByRole('button', { name: 'Retry' }))
    await expect.poll(() => session.retry.mock.calls.length).toBe(1)
    // The message goes out again: the banner is gone while it is on its way.
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument()
  })

  it('an interrupted stream says the reply was cut short and keeps what arrived', async () => {
    const { screen } = await failWith({ kind: 'interrupted', message: 'stream ended early' }, true)
    await expect.element(screen.getByText('The reply was cut short.')).toBeVisible()
    await expect.element(screen.getByText('Thanks Ana, and your')).toBeVisible()
  })

  it('offers no Retry when the reply failed after it submitted the form', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, text('Submitting…'), { chunkType: 'SUBMISSION', submissionDetails: { submissionId: 'sub-1' } })
    failTurn(session, new InteractiveFormError({ kind: 'interrupted', message: 'cut' }))
    await expect.element(screen.getByText('The reply was cut short.')).toBeVisible()
    expect(screen.getByRole('alert').getByRole('button', { name: 'Retry' }).query()).toBeNull()
    expect(await session.retry()).toBe(false)
  })

  it('offers no Retry for a request the service refused (400)', async () => {
    const { screen } = await failWith({ kind: 'http', status: 400, message: 'EMPTY_REQUEST' })
    const banner = screen.container.querySelector('.formtalk-banner')
    await expect.element(screen.getByText('Something went wrong: EMPTY_REQUEST')).toBeVisible()
    expect(banner?.querySelector('button')).toBeNull()
  })

  it('is not shown when the turn has its own ERROR chunk', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, { chunkType: 'ERROR', errorDetails: { messageText: 'The assistant failed.' } })
    failTurn(session, new InteractiveFormError({ kind: 'interrupted', message: 'cut' }))
    await expect.element(screen.getByText('The assistant failed.')).toBeVisible()
    expect(screen.container.querySelector('.formtalk-banner')).toBeNull()
    // The service's message is read by the turn announcer; no second alert repeats it.
    expect(screen.getByRole('alert').all()).toHaveLength(0)
  })

  it('goes away when the next message is sent', async () => {
    const { session, screen } = await failWith({ kind: 'network', message: 'offline' })
    await expect.element(screen.getByText('You appear to be offline', { exact: false })).toBeVisible()
    await session.send('again')
    await expect.element(screen.getByText('You appear to be offline', { exact: false })).not.toBeInTheDocument()
  })
})
