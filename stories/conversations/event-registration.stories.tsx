import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { eventRegistrationForm } from '../../src/emulator'
import { conversationMeta } from '../support/conversation-meta'

const GUESTS = 'How many guests are you bringing?'

/** The meetup registration: a ticket option, a guest count (7 is refused first), a date, consent, dietary chips with a value of one's own. */
const meta = {
  title: 'Conversations/Event registration',
  ...conversationMeta({
    formId: eventRegistrationForm.id,
    script: async (chat, emulator) => {
      await chat.greeted('Summer Tech Meetup 2027 registration')
      await chat.say('Grace Hopper')
      await chat.say('grace@example.com')
      await chat.choose('VIP')
      await chat.enterNumber(GUESTS, '7', { refused: 'The number must be at most 4.' })
      await expect(emulator.sessions()[0]?.values.guests).toBeUndefined()
      await chat.enterNumber(GUESTS, '2')
      await chat.say('June 15, 2027')
      await chat.choose('Yes')
      await chat.pickSeveral(['Vegetarian'], 'No mushrooms')
      await chat.say('Navy Research Lab')
      await expect(chat.captured()).toEqual({
        'Full name': 'Grace Hopper',
        Email: 'grace@example.com',
        Ticket: 'VIP',
        [GUESTS]: '2',
        'Arrival date': 'Tuesday, June 15, 2027',
        'I agree to the code of conduct': 'Yes',
        'Dietary requirements': 'Vegetarian, No mushrooms',
        Company: 'Navy Research Lab',
      })
    },
    submitted: {
      fullName: 'Grace Hopper',
      email: 'grace@example.com',
      ticket: 'vip',
      guests: 2,
      arrivalDate: '2027-06-15',
      codeOfConduct: true,
      dietary: ['vegetarian', 'No mushrooms'],
      company: 'Navy Research Lab',
    },
  }),
} satisfies Meta<{ streaming: boolean }>

export default meta
type Story = StoryObj<typeof meta>

/** Replies as one JSON body each. */
export const Standard: Story = { args: { streaming: false } }

/** Replies streamed as server-sent events. */
export const Streamed: Story = { args: { streaming: true } }
