import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { feedbackSurveyForm } from '../../src/emulator'
import { conversationMeta } from '../support/conversation-meta'

const RATING = 'How would you rate Formtalk overall?'
const RECOMMEND = 'How likely are you to recommend us to a friend?'

/** The feedback survey: two number prompts (a rating of 7 is refused), highlight chips, a comment, then "submit" to skip the rest. */
const meta = {
  title: 'Conversations/Feedback survey',
  ...conversationMeta({
    formId: feedbackSurveyForm.id,
    script: async (chat) => {
      await chat.greeted('Product feedback survey')
      await chat.enterNumber(RATING, '7', { refused: 'The number must be at most 5.' })
      await chat.enterNumber(RATING, '4')
      await chat.enterNumber(RECOMMEND, '9')
      await chat.pickSeveral(['Easy to use', 'Fast'])
      await chat.say('Love the chat widget!')
      await chat.say('submit')
      await expect(chat.captured()).toEqual({
        [RATING]: '4 out of 5',
        [RECOMMEND]: '9',
        'What stood out?': 'Easy to use, Fast',
        'Anything else you would like to tell us?': 'Love the chat widget!',
      })
    },
    submitted: { rating: 4, recommend: 9, highlights: ['easy', 'fast'], comments: 'Love the chat widget!' },
  }),
} satisfies Meta<{ streaming: boolean }>

export default meta
type Story = StoryObj<typeof meta>

/** Replies as one JSON body each. */
export const Standard: Story = { args: { streaming: false } }

/** Replies streamed as server-sent events. */
export const Streamed: Story = { args: { streaming: true } }
