import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import type { NumberInputChunk } from '../../../src/api/wire-types'
import type { InteractiveFormViewOptions } from '../../../src/components/interactive-form-view'
import { de } from '../../../src/locales'
import { createFakeSession, endTurn, receive, renderWidget, sampleForm, startSession } from './harness'

function numberChunk(details: Omit<NumberInputChunk['numberInputDetails'], 'fieldTarget'>): NumberInputChunk {
  return { chunkType: 'NUMBER_INPUT', numberInputDetails: { fieldTarget: 'guests', ...details } }
}

async function setup(chunk: NumberInputChunk, options: InteractiveFormViewOptions = {}) {
  const session = createFakeSession({ form: sampleForm })
  startSession(session)
  const screen = await renderWidget(session, options)
  receive(session, chunk)
  endTurn(session)
  const input = screen.getByRole('textbox', { name: 'Number of guests' })
  await expect.element(input).toBeEnabled()
  return { session, screen, input }
}

describe('NUMBER_INPUT', () => {
  it('states the allowed range and rejects a value above it, in words', async () => {
    const { session, screen, input } = await setup(numberChunk({ rangeLimit: { minInclusiveValue: 1, maxInclusiveValue: 10 } }))
    await expect.element(input).toHaveAccessibleDescription('Between 1 and 10.')

    await userEvent.fill(input, '12')
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }))
    await expect.element(input).toHaveAttribute('aria-invalid', 'true')
    await expect.element(input).toHaveAccessibleDescription('Between 1 and 10. The number must be at most 10.')
    expect(session.answer).not.toHaveBeenCalled()

    await userEvent.fill(input, '0')
    await userEvent.keyboard('{Enter}')
    await expect.element(input).toHaveAccessibleDescription('Between 1 and 10. The number must be at least 1.')
    expect(session.answer).not.toHaveBeenCalled()
  })

  it('rejects a value that is not below an exclusive maximum', async () => {
    const { session, screen, input } = await setup(numberChunk({ rangeLimit: { maxExclusiveValue: 100 } }))
    await expect.element(input).toHaveAccessibleDescription('Less than 100.')
    await userEvent.fill(input, '100')
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByRole('alert')).toHaveTextContent('The number must be less than 100.')
    expect(session.answer).not.toHaveBeenCalled()
    await userEvent.fill(input, '99.5')
    await userEvent.keyboard('{Enter}')
    expect(session.answer).toHaveBeenCalledWith('guests', 99.5, '99.5')
  })

  it('checks multipleOf with a float step and accepts a valid multiple', async () => {
    const { session, screen, input } = await setup(numberChunk({ rangeLimit: { minInclusiveValue: 0, maxInclusiveValue: 20 }, multipleOf: 2.5 }))
    await expect.element(input).toHaveAccessibleDescription('Between 0 and 20, in steps of 2.5.')

    await userEvent.fill(input, '6')
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByRole('alert')).toHaveTextContent('The number must be a multiple of 2.5.')
    expect(session.answer).not.toHaveBeenCalled()

    // Typing clears the complaint.
    await userEvent.fill(input, '7.5')
    await expect.element(input).not.toHaveAttribute('aria-invalid')
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }))
    expect(session.answer).toHaveBeenCalledTimes(1)
    expect(session.answer).toHaveBeenCalledWith('guests', 7.5, '7.5')
    // Answered: the number in words, and no field or form left for the browser's autofill to re-read whenever another field appears.
    await expect.element(screen.getByText('Your answer: 7.5')).toBeVisible()
    const prompt = screen.container.querySelector('[data-kind="number"]')
    expect(prompt?.getAttribute('data-state')).toBe('answered')
    expect(prompt?.querySelector('input, button, form')).toBeNull()
    expect(prompt?.closest('form')).toBeNull()
  })

  it('says when the text is not a number or empty', async () => {
    const { session, screen, input } = await setup(numberChunk({}))
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }))
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Enter a number.')
    await userEvent.fill(input, 'a dozen')
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByRole('alert')).toHaveTextContent('That is not a number')
    expect(session.answer).not.toHaveBeenCalled()
  })

  it('steps by multipleOf with the ± buttons and the arrow keys, staying in range', async () => {
    const { screen, input } = await setup(numberChunk({ rangeLimit: { minInclusiveValue: 2.5, maxInclusiveValue: 7.5 }, multipleOf: 2.5 }))
    const increase = screen.getByRole('button', { name: 'Increase' })
    const decrease = screen.getByRole('button', { name: 'Decrease' })
    await userEvent.click(increase)
    await expect.element(input).toHaveValue('2.5')
    await expect.element(decrease).toBeDisabled()
    await userEvent.click(increase)
    await expect.element(input).toHaveValue('5')
    await userEvent.click(input)
    await userEvent.keyboard('{ArrowUp}')
    await expect.element(input).toHaveValue('7.5')
    await expect.element(increase).toBeDisabled()
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    await expect.element(input).toHaveValue('2.5')
    // A typed value between steps goes to the next multiple.
    await userEvent.fill(input, '3')
    await userEvent.click(increase)
    await expect.element(input).toHaveValue('5')
  })

  it('reads and writes "," as the decimal point in German', async () => {
    const { session, screen, input } = await setup(numberChunk({ rangeLimit: { minInclusiveValue: 0, maxInclusiveValue: 2000 }, multipleOf: 0.5 }), { locale: de })
    await userEvent.fill(input, '2,5')
    await userEvent.click(screen.getByRole('button', { name: 'Erhöhen' }))
    await expect.element(input).toHaveValue('3')
    await userEvent.click(screen.getByRole('button', { name: 'Verringern' }))
    await expect.element(input).toHaveValue('2,5')
    await userEvent.fill(input, '1.000')
    await userEvent.keyboard('{Enter}')
    expect(session.answer).toHaveBeenCalledWith('guests', 1000, '1000')
  })

  it('accepts "2,5" in German and sends it as 2.5', async () => {
    const { session, screen, input } = await setup(numberChunk({}), { locale: de })
    await userEvent.fill(input, '2,5')
    await userEvent.keyboard('{Enter}')
    expect(session.answer).toHaveBeenCalledWith('guests', 2.5, '2,5')
    await expect.element(screen.getByText('Deine Antwort: 2,5')).toBeVisible()
  })
})
