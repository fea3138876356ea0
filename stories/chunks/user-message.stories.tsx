import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { contactForm } from '../../src/emulator/sample-forms'
import { textChunk } from '../../src/emulator/chunks'
import { textData } from '../support/chunk-builders'
import { FixtureTranscript } from '../support/fixture-transcript'
import { gapsInParent } from '../support/layout'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, fixtureOf, neverReply, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs, FixtureResponder, FixtureSession } from '../support/session-fixture'

/** The user's own message: on its way, delivered (the words the service used are marked), or not sent with Retry. */
const meta = {
  title: 'Chunks/UserMessage',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  render: () => <FixtureTranscript only={['UserMessage', 'TEXT']} />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

const MESSAGE = 'Hi, I am Ada Lovelace and my email is ada@example.com'

const greeted = (fixture: FixtureSession) => fixture.start().receive(textChunk('What’s your first name?')).endTurn()

const thanks: FixtureResponder = (fixture) => {
  fixture.receive(textChunk('Thanks, Ada!')).endTurn()
}

/** On its way: it says so. */
export const Sending: Story = {
  loaders: [fixtureLoader((fixture) => greeted(fixture).userSays(MESSAGE), { respond: neverReply })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Sending…')).toBeVisible()
    await expect(canvas.getByText(MESSAGE)).toBeVisible()
  },
}

/** Delivered: the parts of the message the service used are highlighted, and announced as "You said:". */
export const Highlighted: Story = {
  loaders: [
    fixtureLoader(
      (fixture) =>
        greeted(fixture)
          .userSays(MESSAGE)
          .receive(
            textData('firstName', 'Ada', 'Ada', { startOffset: 9, length: 3 }),
            textData('lastName', 'Lovelace', 'Lovelace', { startOffset: 13, length: 8 }),
            textData('email', 'ada@example.com', 'ada@example.com', { startOffset: 38, length: 15 }),
          )
          .endTurn(),
      { form: contactForm },
    ),
  ],
  play: async ({ canvasElement }) => {
    const bubble = canvasElement.querySelector('.formtalk-user') as HTMLElement
    await expect(bubble).toHaveTextContent(`You said: ${MESSAGE}`)
    await expect([...bubble.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Ada', 'Lovelace', 'ada@example.com'])
    await expect(within(bubble).queryByText('Sending…')).toBeNull()
  },
}

/** Not sent (the request failed before any reply): the words stay, and Retry sends them again. */
export const Failed: Story = {
  loaders: [fixtureLoader((fixture) => greeted(fixture).userSays(MESSAGE).fail(), { respond: thanks })],
  play: async ({ canvasElement, loaded }) => {
    const fixture = fixtureOf({ loaded })
    const canvas = within(canvasElement)
    const bubble = canvasElement.querySelector('.formtalk-user') as HTMLElement
    await expect(within(bubble).getByText(/Not sent\./)).toBeVisible()
    await expect(bubble).toHaveTextContent(MESSAGE)
    await userEvent.click(within(bubble).getByRole('button', { name: 'Retry' }))
    await expect(fixture.retry).toHaveBeenCalledOnce()
    await expect(await canvas.findByText('Thanks, Ada!')).toBeVisible()
    await waitFor(() => expect(canvas.queryByText(/Not sent\./)).toBeNull())
    await expect(canvasElement.querySelectorAll('.formtalk-user')).toHaveLength(1)
  },
}

/** Dark theme: a light bubble with dark text. */
export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: [fixtureLoader((fixture) => greeted(fixture).userSays(MESSAGE).receive(textChunk('Thanks!')).endTurn())],
  play: async ({ canvasElement }) => {
    const bubble = canvasElement.querySelector('.formtalk-user') as HTMLElement
    await expect(getComputedStyle(bubble).backgroundColor).toBe('rgb(168, 199, 250)')
    await expect(getComputedStyle(bubble).color).toBe('rgb(11, 29, 58)')
  },
}

/** Right to left: the user's bubbles sit on the left, the assistant's on the right. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  loaders: [fixtureLoader((fixture) => fixture.start().receive(textChunk('מה שמך?')).endTurn().userSays('עדה').receive(textChunk('תודה, עדה!')).endTurn())],
  play: async ({ canvasElement }) => {
    const user = canvasElement.querySelector('.formtalk-user') as HTMLElement
    const assistant = canvasElement.querySelector('.formtalk-text') as HTMLElement
    await expect(gapsInParent(user).left).toBe(0)
    await expect(gapsInParent(user).right).toBeGreaterThan(0)
    await expect(gapsInParent(assistant).right).toBe(0)
    await expect(gapsInParent(assistant).left).toBeGreaterThan(0)
  },
}

/** Left to right, for comparison: the user's bubbles on the right. */
export const LeftToRight: Story = {
  loaders: [fixtureLoader((fixture) => greeted(fixture).userSays('Ada').receive(textChunk('Thanks, Ada!')).endTurn())],
  play: async ({ canvasElement }) => {
    const user = canvasElement.querySelector('.formtalk-user') as HTMLElement
    await expect(gapsInParent(user).right).toBe(0)
    await expect(gapsInParent(user).left).toBeGreaterThan(0)
  },
}
