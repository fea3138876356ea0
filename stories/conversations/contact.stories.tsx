import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { contactForm } from '../../src/emulator'
import { conversationMeta } from '../support/conversation-meta'

/** "Contact us" filled in by chatting with the emulator in the page: typed answers, an option, a skipped field, a yes/no. */
const meta = {
  title: 'Conversations/Contact',
  ...conversationMeta({
    formId: contactForm.id,
    script: async (chat) => {
      await chat.greeted('Contact us')
      await chat.say('My name is Ada Lovelace')
      await expect(chat.captured()).toEqual({ 'First name': 'Ada', 'Last name': 'Lovelace' })
      await chat.say('ada@example.com')
      await chat.choose('Technical support')
      await chat.say('The export button does nothing when I click it.')
      await chat.say('skip')
      await chat.choose('No')
      await expect(chat.captured()).toEqual({
        'First name': 'Ada',
        'Last name': 'Lovelace',
        Email: 'ada@example.com',
        Topic: 'Technical support',
        Message: 'The export button does nothing when I click it.',
        'Send me the monthly newsletter': 'No',
      })
    },
    submitted: {
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      topic: 'support',
      message: 'The export button does nothing when I click it.',
      newsletter: false,
    },
  }),
} satisfies Meta<{ streaming: boolean }>

export default meta
type Story = StoryObj<typeof meta>

/** Replies as one JSON body each (`createInteractiveFormSession`, `sendUserMessage`). */
export const Standard: Story = { args: { streaming: false } }

/** Replies streamed as server-sent events, text a few words at a time. */
export const Streamed: Story = { args: { streaming: true } }
