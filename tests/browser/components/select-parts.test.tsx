import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import type { ResponseChunk } from '../../../src/api/wire-types'
import { createFakeSession, endTurn, receive, renderWidget, sampleForm, startSession, text } from './harness'

const sizes: ResponseChunk = {
  chunkType: 'SINGLE_SELECT_INPUT',
  singleSelectInputDetails: {
    fieldTarget: 'size',
    options: [
      { value: 'S', label: 'Small' },
      { value: 'M', label: 'Medium' },
      { value: 'L', label: 'Large' },
    ],
  },
}

const toppings: ResponseChunk = {
  chunkType: 'MULTI_SELECT_INPUT',
  multiSelectInputDetails: {
    fieldTarget: 'toppings',
    options: [
      { value: 'cheese', label: 'Cheese' },
      { value: 'ham', label: 'Ham' },
      { value: 'olives', label: 'Olives' },
    ],
    allowedCustomValue: { description: 'Anything else you would like on top' },
  },
}

describe('SINGLE_SELECT_INPUT', () => {
  it('is answered from the keyboard (Tab, arrows, Enter) and then shows the answer, disabled', async () => {
    const session = createFakeSession({ form: sampleForm })
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, text('Which size?'), sizes)
    endTurn(session)

    const group = screen.getByRole('radiogroup', { name: 'Choose Pizza size' })
    await expect.element(group).toBeVisible()
    await expect.element(group.getByRole('radio', { name: 'Small' })).toBeEnabled()
    // Focus the log, then Tab into the option group.
    screen.getByRole('log').element().focus()
    await userEvent.keyboard('{Tab}')
    await expect.element(group.getByRole('radio', { name: 'Small' })).toHaveFocus()
    await userEvent.keyboard('{ArrowRight}')
    await expect.element(group.getByRole('radio', { name: 'Medium' })).toHaveFocus()
    // Moving does not answer.
    expect(session.answer).not.toHaveBeenCalled()
    await userEvent.keyboard('{ArrowRight}')
    await expect.element(group.getByRole('radio', { name: 'Large' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')

    expect(session.answer).toHaveBeenCalledTimes(1)
    expect(session.answer).toHaveBeenCalledWith('size', 'L', 'Large')
    const prompt = screen.container.querySelector('[data-kind="single-select"]')
    await expect.element(group.getByRole('radio', { name: 'Large' })).toBeDisabled()
    await expect.element(group.getByRole('radio', { name: 'Large' })).toHaveAttribute('aria-checked', 'true')
    await expect.element(group.getByRole('radio', { name: 'Small' })).toBeDisabled()
    await expect.element(screen.getByText('Your answer: Large')).toBeVisible()
    expect(prompt?.getAttribute('data-state')).toBe('answered')
  })

  it('picks with Space too', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, sizes)
    endTurn(session)
    const small = screen.getByRole('radio', { name: 'Small' })
    await expect.element(small).toBeEnabled()
    small.element().focus()
    await userEvent.keyboard(' ')
    expect(session.answer).toHaveBeenCalledWith('size', 'S', 'Small')
  })

  it('is disabled once it is no longer the open prompt (the user typed instead)', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, sizes)
    endTurn(session)
    await expect.element(screen.getByRole('radio', { name: 'Small' })).toBeEnabled()
    await session.send('Medium please')
    receive(session, text('Got it.'))
    endTurn(session)
    // A newer prompt replaces the open one.
    receive(session, { chunkType: 'NUMBER_INPUT', numberInputDetails: { fieldTarget: 'guests' } })

    await expect.element(screen.getByRole('radio', { name: 'Small' })).toBeDisabled()
    expect(screen.container.querySelector('[data-kind="single-select"]')?.getAttribute('data-state')).toBe('disabled')
  })

  it('waits while the reply is still streaming', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, sizes)
    await expect.element(screen.getByRole('radio', { name: 'Small' })).toBeDisabled()
    endTurn(session)
    await expect.element(screen.getByRole('radio', { name: 'Small' })).toBeEnabled()
  })

  it('accepts a custom value when the chunk allows one', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, {
      chunkType: 'SINGLE_SELECT_INPUT',
      singleSelectInputDetails: { fieldTarget: 'size', options: [{ value: 'S', label: 'Small' }], allowedCustomValue: { description: 'Any size in cm' } },
    })
    endTurn(session)

    const other = screen.getByRole('textbox', { name: 'Other' })
    await expect.element(other).toHaveAccessibleDescription('Any size in cm')
    await userEvent.fill(other, '42 cm')
    await userEvent.click(screen.getByRole('button', { name: 'Use this' }))
    expect(session.answer).toHaveBeenCalledWith('size', '42 cm', '42 cm')
    await expect.element(screen.getByText('Your answer: 42 cm')).toBeVisible()
  })
})

describe('MULTI_SELECT_INPUT', () => {
  it('collects options and a custom "Other" value, then sends them with Confirm', async () => {
    const session = createFakeSession({ form: sampleForm })
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, text('Pick your toppings.'), toppings)
    endTurn(session)

    const group = screen.getByRole('toolbar', { name: 'Choose one or more: Toppings' })
    const cheese = group.getByRole('button', { name: 'Cheese' })
    await expect.element(cheese).toBeEnabled()
    // Keyboard: focus the first chip, Space toggles, arrows move, Enter toggles.
    cheese.element().focus()
    await userEvent.keyboard(' ')
    await expect.element(cheese).toHaveAttribute('aria-pressed', 'true')
    await userEvent.keyboard('{ArrowRight}')
    await expect.element(group.getByRole('button', { name: 'Ham' })).toHaveFocus()
    await userEvent.keyboard('{ArrowRight}')
    await expect.element(group.getByRole('button', { name: 'Olives' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect.element(group.getByRole('button', { name: 'Olives' })).toHaveAttribute('aria-pressed', 'true')
    await expect.element(group.getByRole('button', { name: 'Ham' })).toHaveAttribute('aria-pressed', 'false')
    expect(session.answer).not.toHaveBeenCalled()

    const other = screen.getByRole('textbox', { name: 'Other' })
    await expect.element(other).toHaveAccessibleDescription('Anything else you would like on top')
    await userEvent.fill(other, 'Basil')
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }))

    expect(session.answer).toHaveBeenCalledTimes(1)
    expect(session.answer).toHaveBeenCalledWith('toppings', ['cheese', 'olives', 'Basil'], 'Cheese, Olives and Basil')
    await expect.element(screen.getByText('Your answer: Cheese, Olives and Basil')).toBeVisible()
    await expect.element(cheese).toBeDisabled()
    await expect.element(cheese).toHaveAttribute('aria-pressed', 'true')
    expect(screen.container.querySelector('[data-kind="multi-select"]')?.getAttribute('data-state')).toBe('answered')
  })

  it('says so when Confirm is pressed with nothing chosen', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, toppings)
    endTurn(session)
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }))
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Choose at least one option.')
    expect(session.answer).not.toHaveBeenCalled()
  })

  it('sends once even when Confirm is double-clicked', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, toppings)
    endTurn(session)
    await userEvent.click(screen.getByRole('button', { name: 'Ham' }))
    await userEvent.dblClick(screen.getByRole('button', { name: 'Confirm' }))
    expect(session.answer).toHaveBeenCalledTimes(1)
    expect(session.answer).toHaveBeenCalledWith('toppings', ['ham'], 'Ham')
  })
})

describe('option chips from the keyboard', () => {
  const focusedLabel = () => document.activeElement?.textContent

  async function openSizes(options: Parameters<typeof renderWidget>[1] = {}) {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session, options)
    receive(session, sizes)
    endTurn(session)
    await expect.element(screen.getByRole('radio', { name: 'Small' })).toBeEnabled()
    return { session, screen }
  }

  it('are one Tab stop: Tab enters on the first chip, Tab again leaves, Shift+Tab comes back to the chip left', async () => {
    const { screen } = await openSizes()
    screen.getByRole('log').element().focus()
    await userEvent.keyboard('{Tab}')
    await expect.element(screen.getByRole('radio', { name: 'Small' })).toHaveFocus()
    await userEvent.keyboard('{ArrowRight}')
    await expect.element(screen.getByRole('radio', { name: 'Medium' })).toHaveFocus()
    await userEvent.keyboard('{Tab}')
    await expect.element(screen.getByRole('textbox', { name: 'Message' })).toHaveFocus()
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
    await expect.element(screen.getByRole('radio', { name: 'Medium' })).toHaveFocus()
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
    await expect.element(screen.getByRole('log')).toHaveFocus()
  })

  it('move with Home, End and arrows that wrap around, without picking', async () => {
    const { session, screen } = await openSizes()
    screen.getByRole('radio', { name: 'Small' }).element().focus()
    const steps: [string, string][] = [
      ['{End}', 'Large'],
      ['{ArrowRight}', 'Small'],
      ['{ArrowLeft}', 'Large'],
      ['{Home}', 'Small'],
      ['{ArrowDown}', 'Medium'],
      ['{ArrowUp}', 'Small'],
      ['{ArrowUp}', 'Large'],
    ]
    for (const [key, label] of steps) {
      await userEvent.keyboard(key)
      expect(focusedLabel(), key).toBe(label)
    }
    expect(session.answer).not.toHaveBeenCalled()
  })

  it('mirror the left and right arrows right to left, also when the direction comes from the page', async () => {
    const { screen } = await openSizes({ dir: 'rtl' })
    screen.getByRole('radio', { name: 'Small' }).element().focus()
    await userEvent.keyboard('{ArrowLeft}')
    expect(focusedLabel()).toBe('Medium')
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    expect(focusedLabel()).toBe('Large')
    await screen.unmount()

    const inherited = await openSizes()
    inherited.screen.container.setAttribute('dir', 'rtl')
    inherited.screen.getByRole('radio', { name: 'Small' }).element().focus()
    await userEvent.keyboard('{ArrowLeft}')
    expect(focusedLabel()).toBe('Medium')
  })

  it('are skipped by Tab once answered, every chip disabled', async () => {
    const { session, screen } = await openSizes()
    await userEvent.click(screen.getByRole('radio', { name: 'Medium' }))
    expect(session.answer).toHaveBeenCalledWith('size', 'M', 'Medium')
    await expect.element(screen.getByRole('radio', { name: 'Medium' })).toBeDisabled()
    screen.getByRole('log').element().focus()
    await userEvent.keyboard('{Tab}')
    await expect.element(screen.getByRole('textbox', { name: 'Message' })).toHaveFocus()
  })

  it('enter a multiple choice on its first pressed chip, and leave it from any chip', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, toppings)
    endTurn(session)
    const ham = screen.getByRole('button', { name: 'Ham' })
    await expect.element(ham).toBeEnabled()
    ham.element().focus()
    await userEvent.keyboard(' ')
    await expect.element(ham).toHaveAttribute('aria-pressed', 'true')
    await userEvent.keyboard('{ArrowLeft}')
    await expect.element(screen.getByRole('button', { name: 'Cheese' })).toHaveFocus()
    await userEvent.keyboard('{Tab}')
    await expect.element(screen.getByRole('textbox', { name: 'Other' })).toHaveFocus()
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
    await expect.element(ham).toHaveFocus()
  })
})

describe('answered and superseded select prompts', () => {
  // Chromium's autofill re-reads every form on the page whenever a field appears: prompts that can
  // no longer be answered hold no form, so a long conversation does not make each new prompt slower.
  /** The `data-kind` of every prompt that is, or holds, one of the page's forms (the composer's is not a prompt's). */
  const promptsWithForms = () => Array.from(document.forms).flatMap((form) => form.closest('[data-kind]')?.getAttribute('data-kind') ?? [])
  const ownersOf = (prompt: Element | null) => Array.from(prompt?.querySelectorAll('button, input') ?? [], (control) => (control as HTMLButtonElement).form)

  it('leave the forms of the page once answered, while the open one still submits with Enter', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, toppings)
    endTurn(session)
    const prompt = () => screen.container.querySelector('[data-kind="multi-select"]')
    const ham = screen.getByRole('button', { name: 'Ham' })
    await expect.element(ham).toBeEnabled()
    expect(promptsWithForms()).toEqual(['multi-select'])
    expect((ham.element() as HTMLButtonElement).form).toBe(prompt())

    await userEvent.click(ham)
    await userEvent.type(screen.getByRole('textbox', { name: 'Other' }), 'Basil{Enter}')
    expect(session.answer).toHaveBeenCalledWith('toppings', ['ham', 'Basil'], 'Ham and Basil')
    await expect.element(screen.getByText('Your answer: Ham and Basil')).toBeVisible()

    expect(promptsWithForms()).toEqual([])
    expect(ownersOf(prompt())).toEqual([null, null, null])
    // Still the same toolbar of pressed, disabled chips.
    const toolbar = screen.getByRole('toolbar')
    await expect.element(toolbar.getByRole('button', { name: 'Ham' })).toHaveAttribute('aria-pressed', 'true')
    await expect.element(toolbar.getByRole('button', { name: 'Ham' })).toBeDisabled()
    expect(prompt()?.getAttribute('data-state')).toBe('answered')
  })

  it('leave the forms of the page once superseded, their "Other" box still shown, disabled', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    receive(session, {
      chunkType: 'SINGLE_SELECT_INPUT',
      singleSelectInputDetails: { fieldTarget: 'size', options: [{ value: 'S', label: 'Small' }, { value: 'M', label: 'Medium' }], allowedCustomValue: { description: 'Any size in cm' } },
    })
    endTurn(session)
    await expect.element(screen.getByRole('radio', { name: 'Small' })).toBeEnabled()
    expect(promptsWithForms()).toEqual(['single-select'])

    await session.send('No pizza')
    receive(session, text('Any toppings?'), toppings)
    endTurn(session)
    await expect.element(screen.getByRole('button', { name: 'Ham' })).toBeEnabled()
    const single = screen.container.querySelector('[data-kind="single-select"]')
    expect(single?.getAttribute('data-state')).toBe('disabled')
    await expect.element(screen.getByRole('textbox', { name: 'Other' }).first()).toBeDisabled()
    expect(promptsWithForms()).toEqual(['multi-select'])
    expect(ownersOf(single)).toEqual([null, null, null, null])

    await session.send('None')
    receive(session, { chunkType: 'NUMBER_INPUT', numberInputDetails: { fieldTarget: 'guests' } })
    await expect.element(screen.getByRole('button', { name: 'Ham' })).toBeDisabled()
    expect(promptsWithForms()).toEqual(['number'])
    expect(ownersOf(screen.container.querySelector('[data-kind="multi-select"]'))).toEqual([null, null, null, null, null])
  })
})
