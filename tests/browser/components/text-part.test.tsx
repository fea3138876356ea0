import { describe, expect, it } from 'vitest'
import { createFakeSession, endTurn, receive, renderWidget, startSession, text } from './harness'

describe('TEXT chunks', () => {
  it('merge into one assistant bubble that grows while streaming', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    const log = screen.getByRole('log', { name: 'Conversation' })

    receive(session, text('Hello'))
    await expect.element(log).toHaveTextContent('Hello')
    receive(session, text(', I will help'))
    receive(session, text(' you fill the form.'))
    await expect.element(log).toHaveTextContent('Hello, I will help you fill the form.')

    const bubbles = screen.container.querySelectorAll('[data-role="assistant"].formtalk-text')
    expect(bubbles).toHaveLength(1)
    expect(bubbles[0]?.textContent).toBe('Hello, I will help you fill the form.')
  })

  it('renders BOLD runs as <strong> inside the same message', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, text('Your total is '), text('$42', 'BOLD'), text(' today.'))
    endTurn(session)

    await expect.element(screen.getByText('$42')).toBeVisible()
    const strong = screen.container.querySelector('.formtalk-text strong')
    expect(strong?.textContent).toBe('$42')
    expect(screen.container.querySelectorAll('.formtalk-text')).toHaveLength(1)
    expect(screen.container.querySelector('.formtalk-text')?.textContent).toBe('Your total is $42 today.')
  })

  it('starts a new bubble for the next turn', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, text('What is your name?'))
    endTurn(session)
    await session.send('Ana')
    receive(session, text('Thanks, Ana.'))
    endTurn(session)

    await expect.element(screen.getByText('Thanks, Ana.')).toBeVisible()
    const texts = [...screen.container.querySelectorAll('.formtalk-text')].map((node) => node.textContent)
    expect(texts).toEqual(['What is your name?', 'Thanks, Ana.'])
  })
})
