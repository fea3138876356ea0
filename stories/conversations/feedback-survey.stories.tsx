import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { feedbackSurveyForm } from '../../src/emulator'
import { conversation, expectTransport } from '../support/conversation-steps'
import { EmulatorForm, emulatorLoader, emulatorOf, requestLogOf } from '../support/emulator-form'

const RATING = 'How would you rate Formtalk overall?'
const RECOMMEND = 'How likely are you to recommend us to a friend?'

/** The feedback survey: two number prompts (a rating of 7 is refused), highlight chips, a comment, then "submit" to skip the rest. */
const meta = {
  title: 'Conversations/Feedback survey',
  args: { streaming: true },
  argTypes: { streaming: { control: 'boolean', description: 'Read replies as server-sent events (`…-streamed` methods).' } },
  loaders: [emulatorLoader()],
  render: (args, { loaded }) => <EmulatorForm emulator={emulatorOf({ loaded })} requestLog={requestLogOf({ loaded })} formId={feedbackSurveyForm.id} streaming={args.streaming} />,
  play: async ({ canvasElement, loaded, args }) => {
    const emulator = emulatorOf({ loaded })
    const chat = conversation(canvasElement)
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

    const stored = emulator.submissions()
    await expect(stored).toHaveLength(1)
    await expect(stored[0]?.values).toEqual({ rating: 4, recommend: 9, highlights: ['easy', 'fast'], comments: 'Love the chat widget!' })
    await chat.submitted(stored[0]?.submissionId ?? '')
    await expectTransport(requestLogOf({ loaded }), args.streaming)
  },
} satisfies Meta<{ streaming: boolean }>

export default meta
type Story = StoryObj<typeof meta>

/** Replies as one JSON body each. */
export const Standard: Story = { args: { streaming: false } }

/** Replies streamed as server-sent events. */
export const Streamed: Story = { args: { streaming: true } }
