import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { eventRegistrationForm } from '../../src/emulator/sample-forms'
import { textChunk } from '../../src/emulator/chunks'
import { dietaryPrompt, guestsPrompt } from '../support/chunk-builders'
import { FixtureTranscript } from '../support/fixture-transcript'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, fixtureOf, neverReply, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs, FixtureSession } from '../support/session-fixture'

/** `MULTI_SELECT_INPUT`: toggle chips plus an optional value of the user's own, sent together with Confirm. */
const meta = {
  title: 'Chunks/MultiSelectPart',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  render: () => <FixtureTranscript only={['MULTI_SELECT_INPUT']} />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

const askDietary = (fixture: FixtureSession) => fixture.start().receive(textChunk('Which dietary requirements apply?'), dietaryPrompt).endTurn()
const form = { form: eventRegistrationForm }

/** Two options and a value of one's own, confirmed together: the values go as a list, the labels as words. */
export const Open: Story = {
  loaders: [fixtureLoader(askDietary, form)],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('toolbar', { name: 'Choose one or more: Dietary requirements' })).toBeVisible()
    const vegetarian = canvas.getByRole('button', { name: 'Vegetarian' })
    await userEvent.click(vegetarian)
    await userEvent.click(canvas.getByRole('button', { name: 'Gluten-free' }))
    await expect(vegetarian).toHaveAttribute('aria-pressed', 'true')
    const other = canvas.getByRole('textbox', { name: 'Other' })
    await expect(other).toHaveAccessibleDescription('Tell us about any other dietary needs')
    await userEvent.type(other, 'No mushrooms')
    await expect(fixture.answer).not.toHaveBeenCalled()
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }))
    await expect(fixture.answer).toHaveBeenCalledOnce()
    await expect(fixture.answer).toHaveBeenCalledWith(
      'dietary',
      ['vegetarian', 'gluten-free', 'No mushrooms'],
      'Vegetarian, Gluten-free and No mushrooms',
    )
    await expect(await canvas.findByText('Your answer: Vegetarian, Gluten-free and No mushrooms')).toBeVisible()
    await expect(canvas.queryByRole('button', { name: 'Confirm' })).toBeNull()
  },
}

/** Keyboard: the chips are one Tab stop; arrows move (wrapping), Space toggles, Tab goes on to "Other". */
export const Keyboard: Story = {
  loaders: [fixtureLoader(askDietary, form)],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    await userEvent.tab()
    await expect(canvas.getByRole('button', { name: 'Vegetarian' })).toHaveFocus()
    await userEvent.keyboard('{ArrowLeft}')
    await expect(canvas.getByRole('button', { name: 'Kosher' })).toHaveFocus()
    await userEvent.keyboard(' {Home}{ArrowRight} ')
    await expect(canvas.getByRole('button', { name: 'Vegan' })).toHaveAttribute('aria-pressed', 'true')
    await expect(canvas.getByRole('button', { name: 'Kosher' })).toHaveAttribute('aria-pressed', 'true')
    await userEvent.tab()
    await expect(canvas.getByRole('textbox', { name: 'Other' })).toHaveFocus()
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }))
    await expect(fixture.answer).toHaveBeenCalledWith('dietary', ['vegan', 'kosher'], 'Vegan and Kosher')
  },
}

/** Confirm with nothing chosen: the user is told to choose, nothing is sent. */
export const Invalid: Story = {
  loaders: [fixtureLoader(askDietary, form)],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Choose at least one option.')
    await expect(canvas.getByRole('toolbar')).toHaveAccessibleDescription('Choose at least one option.')
    await expect(fixture.answer).not.toHaveBeenCalled()
    await userEvent.click(canvas.getByRole('button', { name: 'Vegan' }))
    await expect(canvas.queryByRole('alert')).toBeNull()
  },
}

/** Answered earlier: the chosen chips stay pressed, everything is disabled, the answer is written out. */
export const Answered: Story = {
  loaders: [
    fixtureLoader((fixture) => askDietary(fixture).userSays('Vegan and Halal', { fieldTarget: 'dietary', value: ['vegan', 'halal'] }).endTurn(), form),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Your answer: Vegan and Halal')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Vegan' })).toHaveAttribute('aria-pressed', 'true')
    await expect(canvas.getByRole('button', { name: 'Kosher' })).toHaveAttribute('aria-pressed', 'false')
    await expect(canvas.getByRole('button', { name: 'Kosher' })).toBeDisabled()
    await expect(canvas.queryByRole('textbox', { name: 'Other' })).toBeNull()
    await expect(canvas.queryByRole('button', { name: 'Confirm' })).toBeNull()
    // It can no longer be answered, so it is no form any more (the browser's autofill skips it).
    await expect(canvasElement.querySelector('form')).toBeNull()
  },
}

/**
 * A newer question came before this one was answered: the chips, "Other" and
 * Confirm stay in view, disabled, with no answer written out, and it is no form any more.
 */
export const Superseded: Story = {
  loaders: [
    fixtureLoader(
      (fixture) => askDietary(fixture).userSays('Can we come back to that later?').receive(textChunk('Sure. How many guests are you bringing?'), guestsPrompt).endTurn(),
      form,
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvasElement.querySelector('[data-kind="multi-select"]')).toHaveAttribute('data-state', 'disabled')
    for (const button of canvas.getAllByRole('button')) await expect(button).toBeDisabled()
    await expect(canvas.getByRole('button', { name: 'Vegan' })).toHaveAttribute('aria-pressed', 'false')
    await expect(canvas.getByRole('textbox', { name: 'Other' })).toBeDisabled()
    await expect(canvas.queryByText(/Your answer:/)).toBeNull()
    await expect(canvasElement.querySelector('form')).toBeNull()
  },
}

/** The reply is still streaming: chips and Confirm wait, disabled. */
export const Streaming: Story = {
  loaders: [fixtureLoader((fixture) => fixture.start().receive(textChunk('Which dietary requirements apply?'), dietaryPrompt), { ...form, respond: neverReply })],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('button', { name: 'Confirm' })).toBeDisabled()
    await expect(canvas.getByRole('button', { name: 'Halal' })).toBeDisabled()
    fixture.endTurn()
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Confirm' })).toBeEnabled())
  },
}

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: [fixtureLoader(askDietary, form)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Halal' }))
    await expect(getComputedStyle(canvas.getByRole('button', { name: 'Halal' })).backgroundColor).toBe('rgb(168, 199, 250)')
    await expect(getComputedStyle(canvas.getByRole('button', { name: 'Vegan' })).backgroundColor).toBe('rgb(22, 23, 27)')
  },
}

/** Right to left: the chips run from the right. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  loaders: [fixtureLoader(askDietary, form)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const first = canvas.getByRole('button', { name: 'Vegetarian' }).getBoundingClientRect()
    const second = canvas.getByRole('button', { name: 'Vegan' }).getBoundingClientRect()
    await expect(first.left).toBeGreaterThan(second.left)
  },
}
