import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { contactForm, createEmulator } from '../src/emulator'
import type { FaultName, FaultSelector } from '../src/emulator'
import { conversation } from './support/conversation-steps'
import { EmulatorForm, emulatorLoader, emulatorOf, requestLogOf } from './support/emulator-form'

/** The emulator fails the user's first message with `fault`; everything else goes through. */
function firstMessageFails(fault: FaultName): FaultSelector {
  let done = false
  return (request) => {
    if (done || !request.endpoint.startsWith('send')) return undefined
    done = true
    return fault
  }
}

const NAME = 'My name is Ada Lovelace'

/**
 * What the user sees when things go wrong, against the emulator's injected
 * faults, and how Retry recovers. Every story uses the "Contact us" form and
 * fails the first message (or the greeting, or the answer that submits) once.
 */
const meta = {
  title: 'Faults',
  args: { streaming: true },
  argTypes: { streaming: { control: 'boolean', description: 'Read replies as server-sent events.' } },
  render: (args, { loaded }) => (
    <EmulatorForm emulator={emulatorOf({ loaded })} requestLog={requestLogOf({ loaded })} formId={contactForm.id} streaming={args.streaming} />
  ),
} satisfies Meta<{ streaming: boolean }>

export default meta
type Story = StoryObj<typeof meta>

/** 503 on send: the message stays in the thread marked "Not sent." with Retry, and Retry delivers it. */
export const SendUnavailable: Story = {
  loaders: [emulatorLoader({ faults: firstMessageFails('http-503') })],
  play: async ({ canvasElement, loaded }) => {
    const emulator = emulatorOf({ loaded })
    const chat = conversation(canvasElement)
    await chat.greeted('Contact us')
    await chat.send(NAME)
    const bubble = await waitFor(() => {
      const found = canvasElement.querySelector<HTMLElement>('.formtalk-user[data-delivery="failed"]')
      expect(found).not.toBeNull()
      return found as HTMLElement
    })
    await expect(bubble).toHaveTextContent(NAME)
    await expect(within(bubble).getByText(/Not sent\./)).toBeVisible()
    await expect(chat.canvas.getByRole('alert')).toHaveTextContent('The service is having trouble right now. Try again in a moment.')
    await expect(emulator.sessions()[0]?.values).toEqual({})

    await userEvent.click(within(bubble).getByRole('button', { name: 'Retry' }))
    await chat.settled()
    await expect(chat.canvas.queryByText(/Not sent\./)).toBeNull()
    await expect(chat.canvas.queryByRole('alert')).toBeNull()
    await expect(canvasElement.querySelectorAll('.formtalk-user')).toHaveLength(1)
    await expect(chat.captured()).toEqual({ 'First name': 'Ada', 'Last name': 'Lovelace' })
    await expect(emulator.sessions()[0]?.values).toEqual({ firstName: 'Ada', lastName: 'Lovelace' })
  },
}

/** Offline (the request never got an answer): the same recovery as a 503, in other words. */
export const SendOffline: Story = {
  loaders: [emulatorLoader({ faults: firstMessageFails('network') })],
  play: async ({ canvasElement }) => {
    const chat = conversation(canvasElement)
    await chat.greeted('Contact us')
    await chat.send(NAME)
    await expect(await chat.canvas.findByText('You appear to be offline. Check your connection and try again.')).toBeVisible()
    const bubble = canvasElement.querySelector('.formtalk-user') as HTMLElement
    await expect(within(bubble).getByText(/Not sent\./)).toBeVisible()
    await userEvent.click(within(bubble).getByRole('button', { name: 'Retry' }))
    await chat.settled()
    await expect(chat.captured()).toEqual({ 'First name': 'Ada', 'Last name': 'Lovelace' })
  },
}

/** The stream breaks off after two events: what arrived stays, the thread says the reply was cut short, Retry finishes it. */
export const CutStream: Story = {
  loaders: [emulatorLoader({ faults: firstMessageFails('cut-stream') })],
  play: async ({ canvasElement, loaded }) => {
    const emulator = emulatorOf({ loaded })
    const chat = conversation(canvasElement)
    await chat.greeted('Contact us')
    await chat.send(NAME)
    const alert = await chat.canvas.findByRole('alert')
    await expect(alert).toHaveTextContent('The reply was cut short.')
    // The two chunks that made it are kept; the question that should have followed never came.
    await expect(chat.captured()).toEqual({ 'First name': 'Ada', 'Last name': 'Lovelace' })
    const log = chat.canvas.getByRole('log')
    await expect(within(log).queryByText(/What's your email\?/)).toBeNull()
    await expect(canvasElement.querySelector('.formtalk')).toHaveAttribute('data-status', 'error')

    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    await chat.settled()
    await expect(chat.canvas.queryByRole('alert')).toBeNull()
    await expect(await within(log).findByText(/What's your email\?/)).toBeVisible()
    await chat.say('ada@example.com')
    await expect(emulator.sessions()[0]?.values).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' })
  },
}

/** The reply ends with `END_OF_RESPONSE {success: false}`: the user is told it did not finish, and Retry sends the message again. */
export const EndFailure: Story = {
  loaders: [emulatorLoader({ faults: firstMessageFails('end-failure') })],
  play: async ({ canvasElement, loaded }) => {
    const chat = conversation(canvasElement)
    await chat.greeted('Contact us')
    await chat.send(NAME)
    const alert = await chat.canvas.findByRole('alert')
    await expect(alert).toHaveTextContent('The reply was cut short.')
    const sends = requestLogOf({ loaded }).length
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    await chat.settled()
    await expect(requestLogOf({ loaded })).toHaveLength(sends + 1)
    await expect(chat.canvas.queryByRole('alert')).toBeNull()
    await expect(chat.captured()).toEqual({ 'First name': 'Ada', 'Last name': 'Lovelace' })
  },
}

/**
 * The service answers with an `ERROR` chunk (and a normal end of response):
 * its message is shown in the thread and read out once through the thread's
 * assertive live region (the bubble itself is not an alert, so it is not
 * read twice), nothing was captured, there is nothing to retry, the composer
 * is ready, and sending the message again goes through.
 */
export const ErrorChunk: Story = {
  loaders: [emulatorLoader({ faults: firstMessageFails('error-chunk') })],
  play: async ({ canvasElement, loaded }) => {
    // The emulator's words (it adds a note that the fault was emulated).
    const message = 'Sorry, something went wrong on our side and I couldn’t process that message. Please try again.'
    const emulator = emulatorOf({ loaded })
    const chat = conversation(canvasElement)
    await chat.greeted('Contact us')
    await chat.say(NAME)
    await expect(chat.log().getByText(message, { exact: false })).toBeVisible()
    await expect(chat.log().queryByRole('alert')).toBeNull()
    await expect(chat.log().queryByRole('button', { name: 'Retry' })).toBeNull()
    const assertive = canvasElement.querySelector('[aria-live="assertive"]')
    await waitFor(() => expect(assertive).toHaveTextContent(message))
    await expect(chat.captured()).toEqual({})
    await expect(emulator.sessions()[0]?.values).toEqual({})
    await expect(chat.canvas.getByRole('textbox', { name: 'Message' })).toBeEnabled()
    await chat.say(NAME)
    await expect(chat.captured()).toEqual({ 'First name': 'Ada', 'Last name': 'Lovelace' })
    await expect(emulator.sessions()[0]?.values).toEqual({ firstName: 'Ada', lastName: 'Lovelace' })
    // The next turn had nothing urgent: the assertive region moved on, so the old error is not read again.
    await waitFor(() => expect(assertive).not.toHaveTextContent(message))
  },
}

/** The greeting fails three times (the widget retries a failed start twice on its own): an alert with Retry, which starts the chat. */
export const GreetingUnavailable: Story = {
  loaders: [emulatorLoader({ faults: [{ fault: 'http-503', times: 3 }] })],
  play: async ({ canvasElement, loaded }) => {
    const chat = conversation(canvasElement)
    const alert = await chat.canvas.findByRole('alert', {}, { timeout: 5_000 })
    await expect(alert).toHaveTextContent('The service is having trouble right now. Try again in a moment.')
    await expect(requestLogOf({ loaded })).toHaveLength(3)
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    await chat.greeted('Contact us')
    await expect(chat.canvas.queryByRole('alert')).toBeNull()
  },
}

/**
 * The reply to the last answer submits the form, then ends with
 * `END_OF_RESPONSE {success: false}`: the submission card shows, the thread
 * says the reply was cut short, but there is no Retry (the form is in, and
 * sending the answer again could submit it twice) and the message box is closed.
 */
export const SubmittedThenCutShort: Story = {
  loaders: [emulatorLoader({ faults: (request) => (request.input === 'No' ? 'end-failure' : undefined) })],
  play: async ({ canvasElement, loaded }) => {
    const emulator = emulatorOf({ loaded })
    const chat = conversation(canvasElement)
    await chat.greeted('Contact us')
    await chat.say(NAME)
    await chat.say('ada@example.com')
    await chat.choose('Technical support')
    await chat.say('The export button does nothing.')
    await chat.say('skip')
    // The newsletter question, answered with the option that submits: its reply fails at the end.
    await userEvent.click(chat.canvas.getAllByRole('radio', { name: 'No' }).at(-1) as HTMLElement)
    const alert = await chat.canvas.findByRole('alert')
    await expect(alert).toHaveTextContent('The reply was cut short.')
    await expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull()
    await expect(chat.canvas.getByText('Thank you! Your form was submitted.')).toBeVisible()
    await expect(chat.canvas.getByRole('textbox', { name: 'Message' })).toBeDisabled()
    await expect(emulator.submissions()).toHaveLength(1)
  },
}

/**
 * The service forgot the session (idle past its limit; here the emulator's
 * clock jumps 61 s past a 60 s limit): a 404 for a session it had created. No
 * Retry (it would fail the same way) but "Start a new form", which starts one
 * with the message still in the box.
 */
export const SessionExpired: Story = {
  loaders: [
    async () => {
      const clock = { now: Date.parse('2027-06-09T10:00:00Z') }
      return { emulator: createEmulator({ chunkDelayMs: 0, now: () => new Date(clock.now), sessionIdleMs: 60_000 }), requestLog: [] as string[], clock }
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    const clock = loaded.clock as { now: number }
    const chat = conversation(canvasElement)
    await chat.greeted('Contact us')
    clock.now += 61_000
    const textbox = chat.canvas.getByRole('textbox', { name: 'Message' })
    await userEvent.type(textbox, `${NAME}{Enter}`)
    const alert = await chat.canvas.findByRole('alert')
    await expect(alert).toHaveTextContent('This conversation has expired. Start a new one: your message is still here.')
    // Neither the alert nor the "Not sent." bubble offers Retry: it would fail the same way.
    await expect(chat.canvas.queryByRole('button', { name: 'Retry' })).toBeNull()
    await expect(textbox).toHaveValue(NAME)
    await userEvent.click(within(alert).getByRole('button', { name: 'Start a new form' }))
    await chat.greeted('Contact us')
    await expect(chat.canvas.getByRole('textbox', { name: 'Message' })).toHaveValue(NAME)
    await expect(requestLogOf({ loaded }).filter((path) => !path.includes('form-schema'))).toHaveLength(3)
  },
}
