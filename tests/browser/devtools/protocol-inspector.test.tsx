import axe from 'axe-core'
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../../src/components/styles.css'
import '../../../src/devtools/protocol-inspector.css'
import { createInteractiveFormClient } from '../../../src/api/client'
import type { InteractiveFormStreamEvent } from '../../../src/api/wire-types'
import { ProtocolInspector, recordTranscript } from '../../../src/devtools'
import { createEmulator } from '../../../src/emulator/create-emulator'
import { contactForm } from '../../../src/emulator/sample-forms'
import { createSessionStore } from '../../../src/store'
import { debug, endOfResponse, text, textData } from '../../store/chunk-builders'

async function expectNoAxeViolations(element: Element) {
  const results = await axe.run(element, { resultTypes: ['violations'] })
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
}

describe('<ProtocolInspector> in Chromium', () => {
  it('follows a store: collapsed panel, opened by keyboard, turns with chunks, timing, DEBUG data and a dry-run badge', async () => {
    const store = createSessionStore({ formId: 'form-1' })
    const screen = await render(
      <div className="formtalk" style={{ blockSize: 'auto' }}>
        <ProtocolInspector store={store} dryRun />
      </div>,
    )
    store.dispatch({ type: 'session-starting', formId: 'form-1' })
    store.dispatch({ type: 'session-created', session: { id: 'session-1', formId: 'form-1' } })
    store.dispatch({ type: 'chunk', chunk: text('Hi! ') })
    store.dispatch({ type: 'chunk', chunk: text('What is your name?') })
    store.dispatch({ type: 'chunk', chunk: debug({ tool: 'ask', field: 'firstName' }) })
    store.dispatch({ type: 'chunk', chunk: endOfResponse() })
    store.dispatch({ type: 'user-message', text: 'Ada' })
    store.dispatch({ type: 'chunk', chunk: textData('firstName', 'Ada') })

    const summary = screen.getByText('Protocol inspector')
    await expect.element(screen.getByText('Dry run')).toBeVisible()
    await expect.element(screen.getByText('2 turns, 4 chunks')).toBeVisible()
    // Collapsed: the chunks are not shown yet.
    await expect.element(screen.getByText('What is your name?')).not.toBeVisible()

    ;(summary.element().closest('summary') as HTMLElement).focus()
    await userEvent.keyboard('{Enter}')
    const firstTurn = screen.getByText('Turn t0')
    await expect.element(firstTurn).toBeVisible()
    ;(firstTurn.element().closest('summary') as HTMLElement).focus()
    await userEvent.keyboard(' ')

    await expect.element(screen.getByText('DEBUG data')).toBeVisible()
    const firstTurnEntries = Array.from(screen.container.querySelectorAll('.formtalk-inspector-turn:first-child .formtalk-inspector-entry'))
    expect(firstTurnEntries.map((entry) => entry.getAttribute('data-chunk-type') ?? entry.getAttribute('data-kind'))).toEqual(['TEXT', 'TEXT', 'DEBUG', 'status'])
    expect(firstTurnEntries[1]?.querySelector('pre')?.textContent).toBe(JSON.stringify({ chunkType: 'TEXT', textDetails: { text: 'What is your name?', style: 'NORMAL' } }, null, 2))
    expect(firstTurnEntries[0]?.querySelector('.formtalk-inspector-time')?.textContent).toMatch(/^\+\d+ ms$/)
    expect(firstTurnEntries[2]?.querySelector('pre')?.textContent).toBe(JSON.stringify({ tool: 'ask', field: 'firstName' }, null, 2))

    await expectNoAxeViolations(screen.container)
  })

  it('lists a recorder’s exchanges with the chunks exactly as the emulator sent them', async () => {
    const emulator = createEmulator()
    const recorder = recordTranscript((input, init) => emulator.fetch(input as string, init))
    const store = createSessionStore({ formId: contactForm.id })
    const screen = await render(
      <div className="formtalk" style={{ blockSize: 'auto' }}>
        <ProtocolInspector store={store} recorder={recorder} defaultOpen />
      </div>,
    )
    await expect.element(screen.getByText('Nothing yet.')).toBeVisible()

    const client = createInteractiveFormClient({ baseUrl: `${location.origin}/forms/ai/v1/interactive-form-sessions`, fetch: recorder.fetch })
    const events: InteractiveFormStreamEvent[] = []
    for await (const event of client.createInteractiveFormSessionStreamed(contactForm.id, { dryRun: true })) events.push(event)
    await recorder.settled()

    const turn = screen.getByText('POST /forms/ai/v1/interactive-form-sessions/create-streamed')
    await expect.element(turn).toBeVisible()
    await userEvent.click(turn)
    await expect.element(screen.getByText('Request', { exact: true })).toBeVisible()
    const chunkTypes = Array.from(screen.container.querySelectorAll('.formtalk-inspector-entry[data-kind="chunk"]')).map((entry) => entry.getAttribute('data-chunk-type'))
    expect(chunkTypes).toEqual(events.map((event) => event.responseChunk.chunkType))
    await expect.element(screen.getByText(`${events.length} chunks`, { exact: false }).first()).toBeVisible()

    await expectNoAxeViolations(screen.container)
  })
})
