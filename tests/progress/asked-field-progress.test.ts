import { describe, expect, it } from 'vitest'
import type { InteractiveFormResponse } from '../../src/api/wire-types'
import { SAMPLE_FORM_IDS } from '../../src/emulator'
import { computeFormProgress } from '../../src/progress'
import { createSessionStore } from '../../src/store'
import { create, send, testEmulator } from '../emulator/emulator-driver'

/** A store fed with the emulator's replies, as the widget would be: the user's words, then the reply's chunks. */
async function conversation(formId: string) {
  const emulator = testEmulator()
  const store = createSessionStore({ formId })
  store.dispatch({ type: 'session-starting', formId })
  const receive = (reply: InteractiveFormResponse) => {
    for (const chunk of reply.responseChunks) store.dispatch({ type: 'chunk', chunk })
    store.dispatch({ type: 'turn-ended' })
  }
  const created = await create(emulator, formId)
  const session = created.interactiveFormSession
  store.dispatch({ type: 'session-created', session })
  if (session.form) store.dispatch({ type: 'form-loaded', form: session.form })
  receive(created)
  return {
    async say(text: string) {
      store.dispatch({ type: 'user-message', text })
      receive(await send(emulator, session.id, text))
    },
    field(target: string) {
      const state = store.getState()
      return computeFormProgress(state.form, state).fields.find((field) => field.target === target)
    },
  }
}

describe('progress of a field the emulator asks for', () => {
  it('asking for the email, with its rule, leaves it empty; refusing a typed address marks it for attention', async () => {
    const chat = await conversation(SAMPLE_FORM_IDS.contact)
    await chat.say('Ada Lovelace')
    expect(chat.field('firstName')).toMatchObject({ state: 'captured' })
    // The question states "Please use a valid email address…", but the user has not typed one yet.
    expect(chat.field('email')).toMatchObject({ state: 'empty' })
    expect(chat.field('email')?.message).toBeUndefined()

    await chat.say('my email is ada@')
    expect(chat.field('email')).toMatchObject({ state: 'attention', message: expect.stringContaining('valid email') })

    await chat.say('ada@example.com')
    expect(chat.field('email')).toMatchObject({ state: 'captured', displayValue: 'ada@example.com' })
  })

  it('refusing to skip a required field nobody has filled shows the rule as a hint, not as needing attention', async () => {
    const chat = await conversation(SAMPLE_FORM_IDS.contact)
    await chat.say('Ada Lovelace')
    await chat.say('skip')
    expect(chat.field('email')).toMatchObject({ state: 'empty', hint: expect.stringContaining('required') })
    expect(chat.field('email')?.message).toBeUndefined()
  })

  it('asking for a number with a range leaves it empty', async () => {
    const chat = await conversation(SAMPLE_FORM_IDS.eventRegistration)
    await chat.say('Jane Doe, jane@example.com, VIP')
    expect(chat.field('guests')).toMatchObject({ state: 'empty' })
  })
})
