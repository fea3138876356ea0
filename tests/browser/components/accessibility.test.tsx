import axe from 'axe-core'
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { InteractiveFormError } from '../../../src/api/errors'
import type { WixForm } from '../../../src/api/wire-types'
import { InteractiveFormView } from '../../../src/components/interactive-form-view'
import type { FakeSession } from './harness'
import { createFakeSession, endTurn, failTurn, receive, renderWidget, sampleForm, startSession, text } from './harness'

/** A conversation with every part on screen: prompts open and answered, notes, errors, marks, debug. */
async function fullTranscript(session: FakeSession) {
  startSession(session)
  receive(
    session,
    text('Welcome! '),
    text('Let us order a pizza.', 'BOLD'),
    { chunkType: 'SEPARATOR', separatorDetails: { type: 'PARAGRAPH' } },
    text('Which size?'),
    {
      chunkType: 'SINGLE_SELECT_INPUT',
      singleSelectInputDetails: { fieldTarget: 'size', options: [{ value: 'S', label: 'Small' }, { value: 'L', label: 'Large' }] },
    },
    { chunkType: 'DEBUG', debugDetails: { data: { tool: 'greet' } } },
  )
  endTurn(session)
  await session.answer('size', 'L', 'Large')
  receive(
    session,
    { chunkType: 'TEXT_DATA', textDataDetails: { fieldTarget: 'size', text: 'Large', value: 'L', displayValue: 'Large' }, meaningfulInput: { startOffset: 0, length: 5 } },
    { chunkType: 'IMPORTANT_TEXT', importantTextDetails: { fieldTarget: 'email', text: 'We need an email to send the receipt.' } },
    { chunkType: 'FILE_UPLOAD', fileUploadDetails: { fieldTarget: 'photo' } },
    { chunkType: 'ERROR', errorDetails: { messageText: 'The topping service is slow today.' } },
    text('Which toppings, and how many guests?'),
    {
      chunkType: 'MULTI_SELECT_INPUT',
      multiSelectInputDetails: {
        fieldTarget: 'toppings',
        options: [{ value: 'cheese', label: 'Cheese' }, { value: 'ham', label: 'Ham' }],
        allowedCustomValue: { description: 'Anything else on top' },
      },
    },
    { chunkType: 'NUMBER_INPUT', numberInputDetails: { fieldTarget: 'guests', rangeLimit: { minInclusiveValue: 1, maxInclusiveValue: 12 }, multipleOf: 1 } },
  )
  endTurn(session, false)
  await session.send('two guests, cheese')
  failTurn(session, new InteractiveFormError({ kind: 'network', message: 'Failed to fetch' }))
}

async function violations(root: Element) {
  const results = await axe.run(root, { resultTypes: ['violations'] })
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  }))
}

describe('accessibility (axe)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`a full transcript has no violations in the ${theme} theme`, async () => {
      const session = createFakeSession({ form: sampleForm })
      await fullTranscript(session)
      const screen = await renderWidget(session, { theme, debug: true })
      await expect.element(screen.getByText('Anything else on top')).toBeInTheDocument()
      await expect.element(screen.getByText('You appear to be offline', { exact: false })).toBeVisible()
      // Show the invalid number state and the open debug panel too.
      await userEvent.fill(screen.getByRole('textbox', { name: 'Number of guests' }), '40')
      await userEvent.keyboard('{Enter}')
      await expect.element(screen.getByText('The number must be at most 12.')).toBeVisible()
      await userEvent.click(screen.getByText('Debug details').first())
      // Scrolled up: the Jump button is on screen as well.
      const log = screen.getByRole('log').element()
      log.scrollTop = 0
      log.dispatchEvent(new Event('scroll'))
      await expect.element(screen.getByRole('button', { name: 'Jump to latest' })).toBeVisible()

      expect(await violations(screen.container)).toEqual([])
    })
  }

  it('a submitted purchase (disabled composer, checkout) has no violations, also right-to-left', async () => {
    const session = createFakeSession()
    startSession(session)
    receive(session, text('شكرا!'), { chunkType: 'SUBMISSION', submissionDetails: { submissionId: 's-1', checkoutId: 'c-1' } })
    endTurn(session)
    for (const theme of ['light', 'dark'] as const) {
      const screen = await renderWidget(session, { theme, dir: 'rtl', getCheckoutUrl: (id) => `https://shop.example/checkout/${id}` })
      await expect.element(screen.getByRole('link', { name: 'Continue to checkout' })).toBeVisible()
      await expect.element(screen.getByRole('textbox', { name: 'Message' })).toBeDisabled()
      expect(await violations(screen.container)).toEqual([])
      await screen.unmount()
    }
  })

  it('every Tab stop of a full transcript shows a focus ring, in both layouts of form progress', async () => {
    for (const width of [480, 800]) {
      const session = createFakeSession({ form: sampleForm })
      await fullTranscript(session)
      const screen = await render(
        <div style={{ inlineSize: `${width}px` }}>
          <InteractiveFormView session={session} progress theme="light" debug />
        </div>,
      )
      await expect.element(screen.getByText('Anything else on top')).toBeInTheDocument()
      const root = screen.container.querySelector('.formtalk')!
      const unringed: string[] = []
      let stops = 0
      ;(document.activeElement as HTMLElement | null)?.blur()
      for (let presses = 0; presses < 60; presses++) {
        await userEvent.keyboard('{Tab}')
        const focused = document.activeElement as HTMLElement | null
        if (!focused || !root.contains(focused)) break
        stops++
        const style = getComputedStyle(focused)
        if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) unringed.push(focused.outerHTML.slice(0, 120))
      }
      expect(stops).toBeGreaterThan(10)
      expect(unringed).toEqual([])
      await screen.unmount()
    }
  })

  it('an editor select with no value says why Save did nothing, tied to the select', async () => {
    const form: WixForm = {
      id: 'form-1',
      formFields: [
        {
          id: 'f1',
          fieldType: 'INPUT',
          inputOptions: {
            target: 'topic',
            inputType: 'STRING',
            stringOptions: { componentType: 'DROPDOWN', dropdownOptions: { label: 'Topic', options: [{ value: 'sales', label: 'Sales' }, { value: 'press', label: 'Press' }] } },
          },
        },
      ],
    }
    const session = createFakeSession({ form })
    startSession(session)
    receive(session, { chunkType: 'TEXT_DATA', textDataDetails: { fieldTarget: 'topic', text: 'Topic', value: '', displayValue: 'not given' } })
    endTurn(session)
    const screen = await renderWidget(session)
    await userEvent.click(screen.getByRole('button', { name: 'Edit Topic' }))
    const select = screen.getByRole('combobox', { name: 'New value for Topic' })
    await expect.element(select).toHaveFocus()
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Enter a value.')
    await expect.element(select).toHaveAttribute('aria-invalid', 'true')
    await expect.element(select).toHaveAccessibleDescription('Enter a value.')
    await userEvent.selectOptions(select, 'press')
    await expect.element(select).not.toHaveAttribute('aria-invalid')
    expect(session.send).not.toHaveBeenCalled()
  })

  it('shows a visible focus ring on keyboard focus', async () => {
    const session = createFakeSession()
    startSession(session)
    receive(session, text('Hi'))
    endTurn(session)
    const screen = await renderWidget(session, { theme: 'light' })
    const box = screen.getByRole('textbox', { name: 'Message' })
    await userEvent.click(box)
    await userEvent.fill(box, 'x')
    await userEvent.keyboard('{Tab}')
    const send = screen.getByRole('button', { name: 'Send' }).element()
    await expect.element(screen.getByRole('button', { name: 'Send' })).toHaveFocus()
    const style = getComputedStyle(send)
    expect(style.outlineStyle).toBe('solid')
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2)
  })
})
