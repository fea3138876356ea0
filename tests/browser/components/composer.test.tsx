import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { createFakeSession, endTurn, receive, renderWidget, startSession, text } from './harness'

async function ready() {
  const session = createFakeSession()
  startSession(session)
  const screen = await renderWidget(session)
  receive(session, text('Hi! What is your name?'))
  endTurn(session)
  const box = screen.getByRole('textbox', { name: 'Message' })
  await expect.element(box).toBeEnabled()
  return { session, screen, box }
}

describe('composer', () => {
  it('sends with Enter and clears the box once the message is accepted', async () => {
    const { session, box } = await ready()
    await userEvent.click(box)
    await userEvent.keyboard('Ana Lopez{Enter}')
    expect(session.send).toHaveBeenCalledTimes(1)
    expect(session.send).toHaveBeenCalledWith('Ana Lopez')
    await expect.element(box).toHaveValue('')
  })

  it('breaks the line with Shift+Enter', async () => {
    const { session, box } = await ready()
    await userEvent.click(box)
    await userEvent.keyboard('line one{Shift>}{Enter}{/Shift}line two')
    await expect.element(box).toHaveValue('line one\nline two')
    expect(session.send).not.toHaveBeenCalled()
  })

  it('does not send while an IME composition is active', async () => {
    const { session, box } = await ready()
    await userEvent.fill(box, 'にほんご')
    const textarea = box.element() as HTMLTextAreaElement
    // Enter that confirms a composition: the event says isComposing.
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }))
    // Some browsers clear isComposing early: the composition events are tracked too.
    textarea.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }))
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))
    expect(session.send).not.toHaveBeenCalled()
    textarea.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }))
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))
    await expect.poll(() => session.send.mock.calls.length).toBe(1)
    expect(session.send).toHaveBeenCalledWith('にほんご')
  })

  it('sends once when Enter is pressed twice before the first send is accepted', async () => {
    const { session, box } = await ready()
    // A send that takes a while to be accepted.
    let accept: (value: boolean) => void = () => {}
    session.send.mockImplementationOnce(
      () =>
        new Promise<boolean>((resolve) => {
          accept = (value) => {
            // As the hook does once it accepts the message.
            if (value) session.store.dispatch({ type: 'draft-changed', draft: '' })
            resolve(value)
          }
        }),
    )
    await userEvent.click(box)
    await userEvent.keyboard('Ana{Enter}{Enter}')
    expect(session.send).toHaveBeenCalledTimes(1)
    await expect.element(box).toHaveValue('Ana')
    accept(true)
    await expect.element(box).toHaveValue('')
    expect(session.send).toHaveBeenCalledTimes(1)
  })

  it('sends once when Send is double-clicked', async () => {
    const { session, screen, box } = await ready()
    session.send.mockImplementation(
      () =>
        new Promise<boolean>((resolve) =>
          setTimeout(() => {
            session.store.dispatch({ type: 'draft-changed', draft: '' })
            resolve(true)
          }, 200),
        ),
    )
    await userEvent.fill(box, 'Ana')
    await userEvent.dblClick(screen.getByRole('button', { name: 'Send' }))
    await expect.element(box).toHaveValue('')
    expect(session.send).toHaveBeenCalledTimes(1)
  })

  it('keeps the text when send is refused', async () => {
    const { session, box } = await ready()
    session.send.mockResolvedValueOnce(false)
    await userEvent.click(box)
    await userEvent.keyboard('keep me{Enter}')
    expect(session.send).toHaveBeenCalledTimes(1)
    await expect.element(box).toHaveValue('keep me')
  })

  it('counts characters near the 10,000 limit and refuses to send over it', async () => {
    const { session, screen, box } = await ready()
    expect(screen.getByText(/\/ 10,000/).query()).toBeNull()
    session.setDraft('a'.repeat(9_000))
    await expect.element(screen.getByText('9,000 / 10,000')).toBeVisible()
    await expect.element(box).toHaveAccessibleDescription('9,000 / 10,000')
    session.setDraft('a'.repeat(10_012))
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Your message is 12 characters too long (limit: 10,000).')
    await expect.element(box).toHaveAttribute('aria-invalid', 'true')
    await expect.element(screen.getByRole('button', { name: 'Send' })).toBeDisabled()
    box.element().focus()
    await userEvent.keyboard('{Enter}')
    expect(session.send).not.toHaveBeenCalled()
    session.setDraft('a'.repeat(10_000))
    await expect.element(screen.getByRole('button', { name: 'Send' })).toBeEnabled()
  })

  it('shows Stop while a reply streams, keeps what is typed meanwhile, and sends it later', async () => {
    const { session, screen, box } = await ready()
    await userEvent.click(box)
    await userEvent.keyboard('Ana{Enter}')
    receive(session, text('Thanks, Ana. And your'))
    const stop = screen.getByRole('button', { name: 'Stop' })
    await expect.element(stop).toBeVisible()
    await expect.element(screen.getByRole('log')).toHaveAttribute('aria-busy', 'true')

    // Typing while streaming is allowed; sending waits.
    await expect.element(box).toBeEnabled()
    await userEvent.click(box)
    await userEvent.keyboard('ana@example.com{Enter}')
    expect(session.send).toHaveBeenCalledTimes(1)
    await expect.element(box).toHaveValue('ana@example.com')

    await userEvent.click(stop)
    expect(session.stop).toHaveBeenCalledTimes(1)
    await expect.element(screen.getByRole('button', { name: 'Send' })).toBeVisible()
    await expect.element(box).toHaveValue('ana@example.com')
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    expect(session.send).toHaveBeenLastCalledWith('ana@example.com')
  })

  it('keeps the draft in the store, so a remount loses nothing', async () => {
    const { session, screen, box } = await ready()
    await userEvent.fill(box, 'half a thought')
    expect(session.store.getState().draft).toBe('half a thought')
    await screen.unmount()
    const again = await (await import('./harness')).renderWidget(session)
    await expect.element(again.getByRole('textbox', { name: 'Message' })).toHaveValue('half a thought')
  })

  it('is disabled after submission, with a note', async () => {
    const { session, screen, box } = await ready()
    await session.send('yes, submit')
    receive(session, { chunkType: 'SUBMISSION', submissionDetails: { submissionId: 's-1' } })
    endTurn(session)
    await expect.element(box).toBeDisabled()
    await expect.element(screen.getByText('Form submitted')).toBeVisible()
    await expect.element(box).toHaveAccessibleDescription('Form submitted')
    await expect.element(screen.getByRole('button', { name: 'Send' })).toBeDisabled()
  })
})
