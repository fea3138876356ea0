import type { Meta } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import type { JsonValue } from '../../src/api/wire-types'
import type { Emulator } from '../../src/emulator'
import { conversation, expectTransport } from './conversation-steps'
import { EmulatorForm, emulatorLoader, emulatorOf, requestLogOf } from './emulator-form'

export interface ConversationMetaOptions {
  formId: string
  /** The user's side of the chat, typed and clicked as a person does. */
  script: (chat: ReturnType<typeof conversation>, emulator: Emulator) => Promise<void>
  /** Exactly the values the emulator must store. */
  submitted: Record<string, JsonValue>
}

/**
 * Everything a whole-conversation story shares except its title: the widget
 * against a fresh in-page emulator, the `streaming` arg, and a play function
 * that runs the script, then checks the one stored submission, the
 * confirmation card and which endpoints (standard or streamed) were used.
 */
export function conversationMeta({ formId, script, submitted }: ConversationMetaOptions) {
  return {
    args: { streaming: true },
    argTypes: { streaming: { control: 'boolean', description: 'Read replies as server-sent events (`…-streamed` methods).' } },
    loaders: [emulatorLoader()],
    render: (args, { loaded }) => <EmulatorForm emulator={emulatorOf({ loaded })} requestLog={requestLogOf({ loaded })} formId={formId} streaming={args.streaming} />,
    play: async ({ canvasElement, loaded, args }) => {
      const emulator = emulatorOf({ loaded })
      const chat = conversation(canvasElement)
      await script(chat, emulator)
      const stored = emulator.submissions()
      await expect(stored).toHaveLength(1)
      await expect(stored[0]?.formId).toBe(formId)
      await expect(stored[0]?.values).toEqual(submitted)
      await chat.submitted(stored[0]?.submissionId ?? '')
      await expectTransport(requestLogOf({ loaded }), args.streaming)
    },
  } satisfies Omit<Meta<{ streaming: boolean }>, 'title'>
}
