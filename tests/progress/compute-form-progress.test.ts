import { describe, expect, it } from 'vitest'
import type { ResponseChunk } from '../../src/api/wire-types'
import { computeFormProgress, createFormProgressSelector } from '../../src/progress'
import { createSessionStore } from '../../src/store'
import type { SessionEvent } from '../../src/store'
import { contactForm } from '../form-schema/test-form'
import { endOfResponse, errorChunk, importantText, singleSelect, text, textData } from '../store/chunk-builders'

const session = { id: 'session-1', formId: contactForm.id }

function storeWith(...events: SessionEvent[]) {
  const store = createSessionStore({ formId: contactForm.id, form: contactForm })
  store.dispatch({ type: 'session-starting', formId: contactForm.id })
  store.dispatch({ type: 'session-created', session })
  for (const event of events) store.dispatch(event)
  return store
}

const chunk = (value: ResponseChunk): SessionEvent => ({ type: 'chunk', chunk: value })

function progressOf(store: ReturnType<typeof storeWith>) {
  const state = store.getState()
  return computeFormProgress(state.form, state)
}

function stateOf(store: ReturnType<typeof storeWith>, target: string) {
  return progressOf(store).fields.find((field) => field.target === target)
}

describe('computeFormProgress', () => {
  it('has no fields and 0% while the form is unknown', () => {
    const store = createSessionStore({ formId: 'f' })
    expect(computeFormProgress(null, store.getState())).toEqual({ fields: [], requiredTotal: 0, requiredDone: 0, percent: 0 })
  })

  it('starts with every field empty and counts the required ones', () => {
    const progress = progressOf(storeWith())
    expect(progress.fields.map((field) => [field.target, field.state])).toEqual([
      ['firstName', 'empty'],
      ['email', 'empty'],
      ['meal', 'empty'],
      ['topics', 'empty'],
      ['ticket', 'empty'],
      ['consent', 'empty'],
      ['rating', 'empty'],
      ['company', 'empty'],
    ])
    expect(progress).toMatchObject({ requiredTotal: 4, requiredDone: 0, percent: 0 })
    expect(progress.fields[0]).toMatchObject({ label: 'First name', required: true })
  })

  it('marks a field captured with the server display value and counts it', () => {
    const store = storeWith(chunk(textData('firstName', 'Ada', 'Ada Lovelace')), chunk(textData('rating', 5, '5 stars')))
    expect(stateOf(store, 'firstName')).toMatchObject({ state: 'captured', displayValue: 'Ada Lovelace' })
    expect(stateOf(store, 'rating')).toMatchObject({ state: 'captured', displayValue: '5 stars' })
    // Only required fields count: 1 of 4.
    expect(progressOf(store)).toMatchObject({ requiredDone: 1, percent: 25 })
  })

  it('words values without a display value through the field options', () => {
    const store = storeWith(
      chunk(textData('meal', 'fish')),
      chunk(textData('topics', ['ai', 'web'])),
      chunk(textData('consent', true)),
    )
    expect(stateOf(store, 'meal')?.displayValue).toBe('Fish')
    expect(stateOf(store, 'topics')?.displayValue).toBe('AI, The web')
    expect(stateOf(store, 'consent')?.displayValue).toBe('Yes')
  })

  it('treats empty values as not captured', () => {
    const store = storeWith(chunk(textData('firstName', '  ')), chunk(textData('topics', [])), chunk(textData('email', null)))
    expect(['firstName', 'topics', 'email'].map((target) => stateOf(store, target)?.state)).toEqual(['empty', 'empty', 'empty'])
  })

  it('flags a field after an IMPORTANT_TEXT about it until a value comes after', () => {
    const store = storeWith(chunk(textData('email', 'ada@old')), chunk(importantText('email', 'That address bounced.')), chunk(endOfResponse()))
    expect(stateOf(store, 'email')).toMatchObject({ state: 'attention', message: 'That address bounced.' })
    // A flagged field is not done even though a value exists.
    expect(progressOf(store).requiredDone).toBe(0)

    store.dispatch({ type: 'user-message', text: 'use ada@new.org', currentValues: { email: 'ada@new.org' } })
    expect(stateOf(store, 'email')).toMatchObject({ state: 'captured', displayValue: 'ada@new.org' })
    expect(stateOf(store, 'email')?.message).toBeUndefined()
  })

  it('flags pre-filled values the assistant finds a problem with (resume flow)', () => {
    const store = createSessionStore({ formId: contactForm.id, form: contactForm })
    store.dispatch({ type: 'session-starting', formId: contactForm.id, currentValues: { firstName: 'Ada', email: 'not-an-email' } })
    store.dispatch({ type: 'session-created', session })
    store.dispatch(chunk(textData('firstName', 'Ada')))
    store.dispatch(chunk(importantText('email', 'The email you gave earlier is not valid.')))
    expect(stateOf(store, 'firstName')?.state).toBe('captured')
    expect(stateOf(store, 'email')).toMatchObject({ state: 'attention', message: 'The email you gave earlier is not valid.', displayValue: 'not-an-email' })
  })

  it('flags the prompted field after an ERROR in the reply to its answer, until the server captures it', () => {
    const store = storeWith(chunk(text('Which meal?')), chunk(singleSelect('meal', [['veg', 'Vegetarian']])), chunk(endOfResponse()))
    store.dispatch({ type: 'turn-ended' })
    store.dispatch({ type: 'user-message', text: 'Pizza', currentValues: { meal: 'pizza' }, answer: { itemIndex: 1, value: 'pizza', label: 'Pizza' } })
    store.dispatch(chunk(errorChunk('Pizza is not on the menu.')))
    expect(stateOf(store, 'meal')).toMatchObject({ state: 'attention', message: 'Pizza is not on the menu.' })

    store.dispatch(chunk(textData('meal', 'veg')))
    expect(stateOf(store, 'meal')).toMatchObject({ state: 'captured', displayValue: 'Vegetarian' })
  })

  it('does not pin an ERROR on a field when no prompt preceded it, or when the prompt is two turns old', () => {
    const store = storeWith(chunk(errorChunk('Something failed.')))
    expect(progressOf(store).fields.every((field) => field.state === 'empty')).toBe(true)

    store.dispatch(chunk(singleSelect('meal', [['veg', 'Vegetarian']])))
    store.dispatch({ type: 'turn-ended' })
    store.dispatch({ type: 'user-message', text: 'veg please' })
    store.dispatch(chunk(text('Noted. What is your email?')))
    store.dispatch({ type: 'turn-ended' })
    store.dispatch({ type: 'user-message', text: 'ada at example' })
    store.dispatch(chunk(errorChunk('I could not read that.')))
    expect(stateOf(store, 'meal')?.state).toBe('empty')
  })

  it('uses all fields for the figure when the form requires none', () => {
    const form = { ...contactForm, formFields: contactForm.formFields.map((field) => (field.inputOptions ? { ...field, inputOptions: { ...field.inputOptions, required: false } } : field)) }
    const store = createSessionStore({ formId: form.id, form })
    store.dispatch({ type: 'session-starting', formId: form.id })
    store.dispatch(chunk(textData('firstName', 'Ada')))
    store.dispatch(chunk(textData('email', 'ada@example.org')))
    const progress = computeFormProgress(form, store.getState())
    expect(progress).toMatchObject({ requiredTotal: 0, requiredDone: 0, percent: 25 })
  })

  it('reaches 100% only when every required field is captured', () => {
    const store = storeWith(chunk(textData('firstName', 'Ada')), chunk(textData('email', 'a@b.c')), chunk(textData('meal', 'veg')))
    expect(progressOf(store).percent).toBe(75)
    store.dispatch(chunk(textData('consent', true)))
    expect(progressOf(store)).toMatchObject({ requiredDone: 4, percent: 100 })
  })
})

describe('createFormProgressSelector', () => {
  it('returns the same object while nothing visible changes', () => {
    const store = storeWith(chunk(textData('firstName', 'Ada')))
    const select = createFormProgressSelector()
    const first = select(store.getState())
    store.dispatch(chunk(text('Thanks! ')))
    store.dispatch(chunk(text('Now your email?')))
    store.dispatch(chunk(textData('utmSource', 'newsletter')))
    expect(select(store.getState())).toBe(first)

    store.dispatch(chunk(textData('email', 'ada@example.org')))
    const second = select(store.getState())
    expect(second).not.toBe(first)
    expect(second.requiredDone).toBe(2)
  })

  it('forgets notes when the session is reset', () => {
    const store = storeWith(chunk(importantText('email', 'Bounced.')))
    const select = createFormProgressSelector()
    expect(select(store.getState()).fields.find((field) => field.target === 'email')?.state).toBe('attention')
    store.dispatch({ type: 'reset' })
    store.dispatch({ type: 'session-starting', formId: contactForm.id })
    store.dispatch({ type: 'session-created', session: { id: 'session-2', formId: contactForm.id } })
    store.dispatch(chunk(text('Hello again')))
    store.dispatch(chunk(text('!')))
    expect(select(store.getState()).fields.every((field) => field.state === 'empty')).toBe(true)
  })

  it('prefers a form passed in over the session’s', () => {
    const store = createSessionStore({ formId: contactForm.id })
    expect(createFormProgressSelector()(store.getState()).fields).toHaveLength(0)
    expect(createFormProgressSelector(contactForm)(store.getState()).fields).toHaveLength(8)
  })
})
