/**
 * What a screen reader hears: the text of the widget's two live regions over
 * a scripted conversation — each finished turn once, captured values once
 * per turn, callouts and errors assertively, the submission once, nothing
 * while a reply streams and nothing from the history on mount.
 */
import { describe, expect, it } from 'vitest'
import type { ResponseChunk } from '../../../src/api/wire-types'
import { createFakeSession, endTurn, receive, renderWidget, sampleForm, startSession, text } from '../components/harness'

const captured = (fieldTarget: string, value: string | number): ResponseChunk => ({
  chunkType: 'TEXT_DATA',
  textDataDetails: { fieldTarget, text: `${fieldTarget}: ${value}`, value, displayValue: String(value) },
})
const important = (fieldTarget: string, words: string): ResponseChunk => ({ chunkType: 'IMPORTANT_TEXT', importantTextDetails: { fieldTarget, text: words } })
const error = (words: string): ResponseChunk => ({ chunkType: 'ERROR', errorDetails: { messageText: words } })

/** Every text a live region is given, in order (a new node per turn is what makes a reader speak). */
function listen(region: Element): string[] {
  const heard: string[] = []
  new MutationObserver(() => {
    const words = region.textContent ?? ''
    if (words !== '') heard.push(words)
  }).observe(region, { childList: true, subtree: true, characterData: true })
  return heard
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 30))

describe('announcements by chunk type', () => {
  it('reads each turn once: "Captured: …" then the text (ending with the question) politely, IMPORTANT_TEXT and ERROR assertively, the submission once', async () => {
    const session = createFakeSession({ form: sampleForm })
    startSession(session)
    const screen = await renderWidget(session, { progress: true })
    const politeRegion = screen.container.querySelector('[aria-live="polite"][data-announcer]')!
    const assertiveRegion = screen.container.querySelector('[aria-live="assertive"][data-announcer]')!
    expect(politeRegion.getAttribute('aria-atomic')).toBe('true')
    expect(assertiveRegion.getAttribute('aria-atomic')).toBe('true')
    // These two are the widget's only live regions: bubbles, chips and the progress panel stay quiet.
    const live = () => screen.container.querySelectorAll('[aria-live="polite"], [aria-live="assertive"], [role="alert"], [role="status"]')
    expect(live()).toHaveLength(2)
    const polite = listen(politeRegion)
    const assertive = listen(assertiveRegion)

    receive(session, text('Hi! '), text('What is your email?'))
    await pause()
    expect(polite).toEqual([])
    endTurn(session)
    await expect.poll(() => polite).toEqual(['Hi! What is your email?'])

    await session.send('ana@example.com, 4 of us')
    receive(session, captured('email', 'ana@example.com'), captured('guests', 4), text('Thanks.'))
    receive(session, captured('email', 'ana@example.com'))
    await pause()
    expect(polite).toHaveLength(1)
    endTurn(session)
    await expect.poll(() => polite.at(-1)).toBe('Captured: Email address, Number of guests. Thanks.')

    await session.send('pineapple and anchovies and ham and olives')
    receive(session, important('toppings', 'Choose at most 3 toppings.'), error('We could not read the last one.'), text('Which toppings?'))
    endTurn(session)
    await expect.poll(() => assertive).toEqual(['Choose at most 3 toppings. We could not read the last one.'])
    await expect.poll(() => polite.at(-1)).toBe('Which toppings?')

    await session.send('ham')
    receive(session, captured('toppings', 'ham'), text('All done.'), { chunkType: 'SUBMISSION', submissionDetails: { submissionId: 'sub-1' } })
    endTurn(session)
    await expect.poll(() => polite.at(-1)).toBe('Captured: Toppings. All done. Thank you! Your form was submitted.')
    await pause()

    expect(polite).toEqual([
      'Hi! What is your email?',
      'Captured: Email address, Number of guests. Thanks.',
      'Which toppings?',
      'Captured: Toppings. All done. Thank you! Your form was submitted.',
    ])
    expect(assertive).toEqual(['Choose at most 3 toppings. We could not read the last one.'])
    expect(live()).toHaveLength(2)
  })

  it('reads nothing of the history when the widget mounts on a conversation', async () => {
    const session = createFakeSession({ form: sampleForm })
    startSession(session)
    receive(session, text('Welcome back.'), important('email', 'That address bounced.'))
    endTurn(session)
    const screen = await renderWidget(session)
    await expect.element(screen.getByRole('log').getByText('Welcome back.')).toBeVisible()
    await pause()
    for (const region of screen.container.querySelectorAll('[data-announcer]')) expect(region.textContent).toBe('')
  })
})
