import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test'
import { Composer } from '../../src/components'
import { submissionChunk, textChunk } from '../../src/emulator/chunks'
import { FixtureTranscript } from '../support/fixture-transcript'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, fixtureOf, neverReply, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs, FixtureSession } from '../support/session-fixture'

/** The message box: Enter sends, Shift+Enter breaks the line, Stop while a reply streams, a counter near the 10,000-character limit. */
const meta = {
  title: 'Chunks/Composer',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  render: () => <Composer />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

const ready = (fixture: FixtureSession) => fixture.start().receive(textChunk('What’s your first name?')).endTurn()

/** Typing and Enter sends the words and empties the box; Shift+Enter only breaks the line. */
export const Ready: Story = {
  loaders: [fixtureLoader(ready)],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    const box = canvas.getByRole('textbox', { name: 'Message' })
    await expect(canvas.getByRole('button', { name: 'Send' })).toBeDisabled()
    await userEvent.type(box, 'Ada{Shift>}{Enter}{/Shift}Lovelace')
    await expect(fixture.send).not.toHaveBeenCalled()
    await expect(box).toHaveValue('Ada\nLovelace')
    await userEvent.keyboard('{Enter}')
    await expect(fixture.send).toHaveBeenCalledOnce()
    await expect(fixture.send).toHaveBeenCalledWith('Ada\nLovelace')
    await waitFor(() => expect(box).toHaveValue(''))
  },
}

/** A reply is streaming: the box stays editable, Send becomes Stop. */
export const Streaming: Story = {
  loaders: [fixtureLoader((fixture) => fixture.start().receive(textChunk('What’s your ')), { respond: neverReply })],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    const box = canvas.getByRole('textbox', { name: 'Message' })
    await userEvent.type(box, 'Ada{Enter}')
    await expect(fixture.send).not.toHaveBeenCalled()
    await expect(box).toHaveValue('Ada')
    await userEvent.click(canvas.getByRole('button', { name: 'Stop' }))
    await expect(fixture.stop).toHaveBeenCalledOnce()
    await expect(await canvas.findByRole('button', { name: 'Send' })).toBeEnabled()
  },
}

/**
 * A double click on Send: the first click sends, and Stop takes Send's place
 * under the pointer, so the browser delivers the second click (`detail: 2`)
 * to Stop. The message goes once and the reply it asked for is not stopped
 * (a single click on Stop still stops: see Streaming).
 */
export const DoubleClickSend: Story = {
  loaders: [fixtureLoader(ready, { respond: neverReply })],
  render: () => (
    <>
      <FixtureTranscript only={['UserMessage', 'TEXT']} />
      <Composer />
    </>
  ),
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), 'Ada')
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    const stop = await canvas.findByRole('button', { name: 'Stop' })
    // userEvent aims both clicks of its dblClick at the element it was given (Send, gone by then);
    // Chromium hit-tests each click, so the second one lands on Stop, as here.
    fireEvent.click(stop, { detail: 2 })
    await expect(fixture.send).toHaveBeenCalledOnce()
    await expect(fixture.stop).not.toHaveBeenCalled()
    await expect(canvas.getByText('Sending…')).toBeVisible()
    fixture.receive(textChunk('Thanks, Ada! What’s your email?')).endTurn()
    await expect(await canvas.findByText('Thanks, Ada! What’s your email?')).toBeVisible()
    await expect(canvas.queryByText('Sending…')).toBeNull()
    await expect(canvasElement.querySelectorAll('.formtalk-user')).toHaveLength(1)
  },
}

/** Over 10,000 characters: the counter and a reason show, and Send is disabled. */
export const TooLong: Story = {
  loaders: [
    fixtureLoader((fixture) => {
      ready(fixture)
      fixture.setDraft('x'.repeat(10_011))
    }),
  ],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    const box = canvas.getByRole('textbox', { name: 'Message' })
    await expect(box).toHaveAttribute('aria-invalid', 'true')
    await expect(canvas.getByRole('alert')).toHaveTextContent('Your message is 11 characters too long (limit: 10,000).')
    await expect(canvas.getByText('10,011 / 10,000')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Send' })).toBeDisabled()
    await userEvent.type(box, '{Enter}')
    await expect(fixture.send).not.toHaveBeenCalled()
    fixture.setDraft('x'.repeat(9_500))
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull())
    await expect(canvas.getByText('9,500 / 10,000')).toBeVisible()
  },
}

/** After submission the box is disabled and says why. */
export const Submitted: Story = {
  loaders: [fixtureLoader((fixture) => fixture.start().receive(submissionChunk('6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', undefined)).endTurn())],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const box = canvas.getByRole('textbox', { name: 'Message' })
    await expect(box).toBeDisabled()
    await expect(box).toHaveAccessibleDescription('Form submitted')
    await expect(canvas.getByRole('button', { name: 'Send' })).toBeDisabled()
  },
}

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: [fixtureLoader(ready)],
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('textbox', { name: 'Message' })
    await expect(getComputedStyle(box).backgroundColor).toBe('rgb(22, 23, 27)')
    await expect(getComputedStyle(box).color).toBe('rgb(230, 230, 234)')
  },
}

/** Right to left: the Send button sits on the left, after the box. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  loaders: [fixtureLoader(ready, { labels: { message: 'הודעה', messagePlaceholder: 'כתבו את תשובתכם…', send: 'שליחה' } })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const box = canvas.getByRole('textbox', { name: 'הודעה' })
    const send = canvas.getByRole('button', { name: 'שליחה' })
    await expect(send.getBoundingClientRect().right).toBeLessThanOrEqual(box.getBoundingClientRect().left)
    await expect(box).toHaveAttribute('placeholder', 'כתבו את תשובתכם…')
  },
}
