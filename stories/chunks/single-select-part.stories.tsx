import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { eventRegistrationForm } from '../../src/emulator/sample-forms'
import { singleSelectChunk, textChunk } from '../../src/emulator/chunks'
import { ticketPrompt } from '../support/chunk-builders'
import { FixtureTranscript } from '../support/fixture-transcript'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, fixtureOf, neverReply, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs, FixtureSession } from '../support/session-fixture'

/** `SINGLE_SELECT_INPUT`: option chips in a radio group; picking one answers at once. */
const meta = {
  title: 'Chunks/SingleSelectPart',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  render: () => <FixtureTranscript only={['SINGLE_SELECT_INPUT']} />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

const askTicket = (fixture: FixtureSession) => fixture.start().receive(textChunk('Which ticket would you like?'), ticketPrompt).endTurn()
const form = { form: eventRegistrationForm }

/** "How did you hear about us?", with a value of the user's own allowed. */
const referralPrompt = singleSelectChunk({
  fieldTarget: 'referralSource',
  options: [
    { value: 'friend', label: 'A friend' },
    { value: 'search', label: 'Search engine' },
  ],
  allowedCustomValue: { description: 'Tell us where, in your own words' },
})
const askReferral = (fixture: FixtureSession) => fixture.start().receive(textChunk('How did you hear about us?'), referralPrompt).endTurn()

/** Clicking an option answers with its value and label; the prompt then shows the answer and is disabled. */
export const Open: Story = {
  loaders: [fixtureLoader(askTicket, form)],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('radiogroup', { name: 'Choose Ticket' })).toBeVisible()
    await userEvent.click(canvas.getByRole('radio', { name: 'VIP' }))
    await expect(fixture.answer).toHaveBeenCalledOnce()
    await expect(fixture.answer).toHaveBeenCalledWith('ticket', 'vip', 'VIP')
    await expect(await canvas.findByText('Your answer: VIP')).toBeVisible()
    await expect(canvas.getByRole('radio', { name: 'VIP' })).toBeChecked()
    for (const option of canvas.getAllByRole('radio')) await expect(option).toBeDisabled()
  },
}

/** Keyboard: Tab enters the group, arrows move, Space picks. */
export const Keyboard: Story = {
  loaders: [fixtureLoader(askTicket, form)],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    await userEvent.tab()
    await expect(canvas.getByRole('radio', { name: 'General admission' })).toHaveFocus()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    await expect(canvas.getByRole('radio', { name: 'Student' })).toHaveFocus()
    await userEvent.keyboard(' ')
    await expect(fixture.answer).toHaveBeenCalledOnce()
    await expect(fixture.answer).toHaveBeenCalledWith('ticket', 'student', 'Student')
  },
}

/** Answered earlier: the chosen option stays marked, every option is disabled, the answer is written out. */
export const Answered: Story = {
  loaders: [fixtureLoader((fixture) => askTicket(fixture).userSays('Student', { fieldTarget: 'ticket', value: 'student' }).endTurn(), form)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Your answer: Student')).toBeVisible()
    await expect(canvas.getByRole('radio', { name: 'Student' })).toBeChecked()
    await expect(canvas.getByRole('radio', { name: 'VIP' })).not.toBeChecked()
    for (const option of canvas.getAllByRole('radio')) await expect(option).toBeDisabled()
  },
}

/** The reply is still streaming: the options wait, disabled, then open. */
export const Streaming: Story = {
  loaders: [fixtureLoader((fixture) => fixture.start().receive(textChunk('Which ticket would you like?'), ticketPrompt), { ...form, respond: neverReply })],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('radio', { name: 'VIP' })).toBeDisabled()
    fixture.endTurn()
    await waitFor(() => expect(canvas.getByRole('radio', { name: 'VIP' })).toBeEnabled())
  },
}

/** A list that allows a value of the user's own: "Other" with the chunk's description as help text. */
export const CustomValue: Story = {
  loaders: [fixtureLoader(askReferral, form)],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    const other = canvas.getByRole('textbox', { name: 'Other' })
    await expect(other).toHaveAccessibleDescription('Tell us where, in your own words')
    const use = canvas.getByRole('button', { name: 'Use this' })
    await expect(use).toBeDisabled()
    await userEvent.type(other, 'A meetup poster')
    await userEvent.click(use)
    await expect(fixture.answer).toHaveBeenCalledOnce()
    await expect(fixture.answer).toHaveBeenCalledWith('referralSource', 'A meetup poster', 'A meetup poster')
    await expect(await canvas.findByText('Your answer: A meetup poster')).toBeVisible()
    await expect(canvas.queryByRole('textbox', { name: 'Other' })).toBeNull()
  },
}

/**
 * A newer question came before this one was answered: its options and its
 * "Other" box stay in view, disabled, and the box is in no form any more.
 * The newer question below is the one to answer.
 */
export const Superseded: Story = {
  loaders: [
    fixtureLoader((fixture) => askReferral(fixture).userSays('I’d rather not say').receive(textChunk('No problem. Which ticket would you like?'), ticketPrompt).endTurn(), form),
  ],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    const superseded = canvasElement.querySelector<HTMLElement>('[data-kind="single-select"][data-state="disabled"]')
    await expect(superseded).not.toBeNull()
    const old = within(superseded!)
    for (const option of old.getAllByRole('radio')) {
      await expect(option).toBeDisabled()
      await expect(option).not.toBeChecked()
    }
    await expect(old.getByRole('textbox', { name: 'Other' })).toBeDisabled()
    await expect(old.getByRole('button', { name: 'Use this' })).toBeDisabled()
    await expect(old.queryByText(/Your answer:/)).toBeNull()
    await expect(superseded!.querySelector('form')).toBeNull()
    await userEvent.click(canvas.getByRole('radio', { name: 'VIP' }))
    await expect(fixture.answer).toHaveBeenCalledOnce()
    await expect(fixture.answer).toHaveBeenCalledWith('ticket', 'vip', 'VIP')
  },
}

/** Dark theme: the picked chip is filled with the accent colour. */
export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: [fixtureLoader((fixture) => askTicket(fixture).userSays('VIP', { fieldTarget: 'ticket', value: 'vip' }).endTurn(), form)],
  play: async ({ canvasElement }) => {
    const chosen = within(canvasElement).getByRole('radio', { name: 'VIP' })
    await expect(getComputedStyle(chosen).backgroundColor).toBe('rgb(168, 199, 250)')
  },
}

/** Right to left: the chips run from the right, and the left arrow moves forward. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  loaders: [fixtureLoader(askTicket, form)],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    const first = canvas.getByRole('radio', { name: 'General admission' })
    const second = canvas.getByRole('radio', { name: 'VIP' })
    await expect(first.getBoundingClientRect().left).toBeGreaterThan(second.getBoundingClientRect().left)
    await userEvent.tab()
    await expect(first).toHaveFocus()
    await userEvent.keyboard('{ArrowLeft}')
    await expect(second).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect(fixture.answer).toHaveBeenCalledOnce()
    await expect(fixture.answer).toHaveBeenCalledWith('ticket', 'vip', 'VIP')
  },
}
