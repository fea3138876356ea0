import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { eventRegistrationForm, purchaseForm } from '../../src/emulator/sample-forms'
import type { WixForm } from '../../src/api/wire-types'
import { numberInputChunk, textChunk } from '../../src/emulator/chunks'
import { de } from '../../src/locales'
import { guestsPrompt, tipPrompt } from '../support/chunk-builders'
import { FixtureTranscript } from '../support/fixture-transcript'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, fixtureOf, neverReply, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs, FixtureSession } from '../support/session-fixture'

/** `NUMBER_INPUT`: a number field with a stepper; the range and the multiple are checked before anything is sent. */
const meta = {
  title: 'Chunks/NumberInputPart',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  render: () => <FixtureTranscript only={['NUMBER_INPUT']} />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

const askGuests = (fixture: FixtureSession) => fixture.start().receive(textChunk('How many guests are you bringing?'), guestsPrompt).endTurn()
const askTip = (fixture: FixtureSession) => fixture.start().receive(textChunk('Would you like to add a tip?'), tipPrompt).endTurn()

const GUESTS = 'How many guests are you bringing?'

/** The open prompt: 7 is refused in words, 3 is sent, and the prompt then shows the answer in words (no controls). */
export const Open: Story = {
  loaders: [fixtureLoader(askGuests, { form: eventRegistrationForm })],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    const input = canvas.getByRole('textbox', { name: GUESTS })
    await expect(input).toHaveAccessibleDescription('Between 0 and 4, in steps of 1.')

    await userEvent.type(input, '7')
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The number must be at most 4.')
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    await expect(input).toHaveAccessibleDescription(/The number must be at most 4\./)
    await expect(fixture.answer).not.toHaveBeenCalled()

    await userEvent.clear(input)
    await expect(canvas.queryByRole('alert')).toBeNull()
    await userEvent.type(input, '3{Enter}')
    await expect(fixture.answer).toHaveBeenCalledOnce()
    await expect(fixture.answer).toHaveBeenCalledWith('guests', 3, '3')
    await expect(await canvas.findByText('Your answer: 3')).toBeVisible()
    await expect(canvas.queryByRole('textbox', { name: GUESTS })).toBeNull()
    await expect(canvas.queryByRole('button', { name: 'Confirm' })).toBeNull()
  },
}

/** Words and empty input are refused with a reason, not sent. */
export const Invalid: Story = {
  loaders: [fixtureLoader(askGuests, { form: eventRegistrationForm })],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    const confirm = canvas.getByRole('button', { name: 'Confirm' })
    await userEvent.click(confirm)
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Enter a number.')
    await userEvent.type(canvas.getByRole('textbox', { name: GUESTS }), 'two')
    await userEvent.click(confirm)
    await expect(await canvas.findByRole('alert')).toHaveTextContent('That is not a number. Use digits, for example 12 or 2.5.')
    await expect(fixture.answer).not.toHaveBeenCalled()
  },
}

/** A tip in steps of 5: 7 is not a multiple, and the stepper walks the multiples. */
export const MultipleOf: Story = {
  loaders: [fixtureLoader(askTip, { form: purchaseForm })],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    const input = canvas.getByRole('textbox', { name: 'Would you like to add a tip for the team (in USD)?' })
    await expect(input).toHaveAccessibleDescription('Between 0 and 50, in steps of 5.')
    await userEvent.type(input, '7{Enter}')
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The number must be a multiple of 5.')

    // A typed 7 steps up to the next multiple, not to 12.
    await userEvent.click(canvas.getByRole('button', { name: 'Increase' }))
    await expect(input).toHaveValue('10')
    await userEvent.click(canvas.getByRole('button', { name: 'Decrease' }))
    await expect(input).toHaveValue('5')
    await userEvent.click(input)
    await userEvent.keyboard('{ArrowUp}{ArrowUp}')
    await expect(input).toHaveValue('15')
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }))
    await expect(fixture.answer).toHaveBeenCalledOnce()
    await expect(fixture.answer).toHaveBeenCalledWith('tip', 15, '15')
  },
}

/** Answered earlier: the question, its range and the number that was sent, in words; no disabled controls left behind. */
export const Answered: Story = {
  loaders: [fixtureLoader((fixture) => askGuests(fixture).userSays('2', { fieldTarget: 'guests', value: 2 }).endTurn(), { form: eventRegistrationForm })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const prompt = within(canvasElement.querySelector<HTMLElement>('[data-kind="number"][data-state="answered"]')!)
    await expect(prompt.getByText('Your answer: 2')).toBeVisible()
    await expect(prompt.getByText('Between 0 and 4, in steps of 1.')).toBeVisible()
    await expect(canvas.queryByRole('textbox', { name: GUESTS })).toBeNull()
    await expect(prompt.queryAllByRole('button')).toHaveLength(0)
  },
}

/** The prompt arrived but the reply is still streaming: it waits, disabled, until the reply ends. */
export const Streaming: Story = {
  loaders: [fixtureLoader((fixture) => fixture.start().receive(textChunk('How many guests are you bringing?'), guestsPrompt), { form: eventRegistrationForm, respond: neverReply })],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    const input = canvas.getByRole('textbox', { name: GUESTS })
    await expect(input).toBeDisabled()
    await expect(canvas.getByRole('button', { name: 'Confirm' })).toBeDisabled()
    fixture.endTurn()
    await waitFor(() => expect(input).toBeEnabled())
  },
}

/** A newer question superseded this one: it stays visible but can no longer be answered. */
export const Superseded: Story = {
  loaders: [
    fixtureLoader((fixture) => askGuests(fixture).userSays('not sure').receive(textChunk('No problem. What about a tip?'), tipPrompt).endTurn(), {
      form: eventRegistrationForm,
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const superseded = canvasElement.querySelector<HTMLElement>('[data-kind="number"][data-state="disabled"]')
    await expect(superseded).toHaveTextContent(GUESTS)
    await expect(within(superseded!).queryAllByRole('button')).toHaveLength(0)
    await expect(canvas.queryByRole('textbox', { name: GUESTS })).toBeNull()
    await expect(canvas.getByRole('textbox', { name: 'tip' })).toBeEnabled()
  },
}

/** Dark theme: light digits on the dark field. */
export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: [fixtureLoader(askGuests, { form: eventRegistrationForm })],
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: GUESTS })
    await expect(input).toBeEnabled()
    await expect(getComputedStyle(input).backgroundColor).toBe('rgb(22, 23, 27)')
    await expect(getComputedStyle(input).color).toBe('rgb(230, 230, 234)')
  },
}

/** Right to left: the stepper is mirrored (Decrease on the right), arrows still count up and down. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  loaders: [fixtureLoader(askGuests, { form: eventRegistrationForm })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const decrease = canvas.getByRole('button', { name: 'Decrease' }).getBoundingClientRect()
    const increase = canvas.getByRole('button', { name: 'Increase' }).getBoundingClientRect()
    await expect(decrease.left).toBeGreaterThan(increase.left)
    const input = canvas.getByRole('textbox', { name: GUESTS })
    await userEvent.click(input)
    await userEvent.keyboard('{ArrowUp}{ArrowUp}')
    await expect(input).toHaveValue('1')
  },
}

/** A German course booking: hours from 0.5 to 8, in half hours. */
const courseBooking: WixForm = {
  id: 'course-booking',
  name: 'Kursbuchung',
  formFields: [
    {
      id: 'hours',
      fieldType: 'INPUT',
      inputOptions: {
        target: 'hours',
        inputType: 'NUMBER',
        numberOptions: {
          componentType: 'NUMBER_INPUT',
          validation: { minimum: 0.5, maximum: 8, multipleOf: 0.5 },
          numberInputOptions: { label: 'Wie viele Stunden möchtest du buchen?' },
        },
      },
    },
  ],
}

/** In German "2,5" is two and a half: accepted in steps of 0.5, sent as the number 2.5, and shown back as "2,5". */
export const GermanDecimal: Story = {
  loaders: [
    fixtureLoader(
      (fixture) =>
        fixture
          .start()
          .receive(textChunk('Wie viele Stunden möchtest du buchen?'), numberInputChunk('hours', { minInclusiveValue: 0.5, maxInclusiveValue: 8 }, 0.5))
          .endTurn(),
      { form: courseBooking, labels: de },
    ),
  ],
  render: () => <FixtureTranscript only={['NUMBER_INPUT', 'UserMessage']} />,
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    const input = canvas.getByRole('textbox', { name: 'Wie viele Stunden möchtest du buchen?' })
    await expect(input).toHaveAccessibleDescription('Zwischen 0,5 und 8, in Schritten von 0,5.')
    await userEvent.type(input, '2,5')
    await userEvent.click(canvas.getByRole('button', { name: 'Bestätigen' }))
    await expect(canvas.queryByRole('alert')).toBeNull()
    await expect(fixture.answer).toHaveBeenCalledOnce()
    await expect(fixture.answer).toHaveBeenCalledWith('hours', 2.5, '2,5')
    await expect(await canvas.findByText('Deine Antwort: 2,5')).toBeVisible()
    await expect(canvasElement.querySelector('.formtalk-user-text')).toHaveTextContent('Du hast geschrieben: 2,5')
    await expect(canvas.queryByRole('textbox', { name: 'Wie viele Stunden möchtest du buchen?' })).toBeNull()
  },
}
