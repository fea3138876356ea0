import { describe, expect, it } from 'vitest'
import type { ResponseChunk } from '../../src/api/wire-types'
import { computeFormProgress, createFormProgressSelector } from '../../src/progress'
import { createSessionStore } from '../../src/store'
import type { SessionEvent } from '../../src/store'
import { contactForm } from '../form-schema/test-form'
import { endOfResponse, errorChunk, importantText, numberInput, singleSelect, text, textData } from '../store/chunk-builders'

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
    expect(computeFormProgress(null, store.getState())).toEqual({ formKnown: false, fields: [], requiredTotal: 0, requiredDone: 0, percent: 0 })
  })

  it('tells a known form without input fields from an unknown one', () => {
    const store = createSessionStore({ formId: 'f' })
    const layoutOnly = { id: 'f', formFields: [{ id: 'heading', fieldType: 'DISPLAY' }] }
    expect(computeFormProgress(layoutOnly, store.getState())).toEqual({ formKnown: true, fields: [], requiredTotal: 0, requiredDone: 0, percent: 0 })
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

  it('words such values in the language it is given: numbers in its format, yes/no in its words', () => {
    const store = storeWith(chunk(textData('consent', false)), chunk(textData('rating', 1234.5)))
    const state = store.getState()
    const german = computeFormProgress(state.form, state, undefined, undefined, { lang: 'de', yes: 'Ja', no: 'Nein' })
    expect(german.fields.find((field) => field.target === 'consent')?.displayValue).toBe('Nein')
    expect(german.fields.find((field) => field.target === 'rating')?.displayValue).toBe('1.234,5')
    // A language tag Intl refuses falls back to English rather than breaking the list.
    const typo = computeFormProgress(state.form, state, undefined, undefined, { lang: 'de_DE!', yes: 'Ja', no: 'Nein' })
    expect(typo.fields.find((field) => field.target === 'rating')?.displayValue).toBe('1,234.5')
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

describe('computeFormProgress: an IMPORTANT_TEXT is a problem or a requirement', () => {
  const userTurn = (text: string, currentValues?: Record<string, string>): SessionEvent[] => [
    { type: 'turn-ended' },
    { type: 'user-message', text, ...(currentValues ? { currentValues } : {}) },
  ]

  it('shows a requirement about a field nobody has filled as a hint, not as needing attention', () => {
    const store = storeWith(chunk(text('What is your email?')), chunk(importantText('email', 'Please use your work address.')), chunk(endOfResponse()))
    const email = stateOf(store, 'email')
    expect(email).toMatchObject({ state: 'empty', hint: 'Please use your work address.' })
    expect(email?.message).toBeUndefined()
  })

  it('marks a field for attention when the assistant refuses the value the user gave', () => {
    const store = storeWith(chunk(text('What is your email?')), chunk(endOfResponse()), ...userTurn('ada@', { email: 'ada@' }))
    store.dispatch(chunk(importantText('email', 'That is not a valid email address.')))
    expect(stateOf(store, 'email')).toMatchObject({ state: 'attention', message: 'That is not a valid email address.', displayValue: 'ada@' })
    expect(stateOf(store, 'email')?.hint).toBeUndefined()
  })

  it('marks a field for attention when the user answered its prompt in words and the reply objects', () => {
    const store = storeWith(
      chunk(numberInput('rating', 1, 5)),
      // Stated with the prompt, before any answer: a requirement.
      chunk(importantText('rating', 'From 1 to 5.')),
      chunk(endOfResponse()),
    )
    expect(stateOf(store, 'rating')).toMatchObject({ state: 'empty', hint: 'From 1 to 5.' })
    for (const event of userTurn('eleven')) store.dispatch(event)
    // A server may ask again before it explains; the explanation is still about the answer just given.
    store.dispatch(chunk(numberInput('rating', 1, 5)))
    store.dispatch(chunk(importantText('rating', 'Eleven is more than 5.')))
    expect(stateOf(store, 'rating')).toMatchObject({ state: 'attention', message: 'Eleven is more than 5.' })
  })

  it('marks a field for attention when the server says it read the user’s words for it (meaningfulInput)', () => {
    const store = storeWith(chunk(text('What is your email?')), chunk(endOfResponse()), ...userTurn('my email is ada@'))
    store.dispatch(chunk({ ...importantText('email', 'That is not a valid email address.'), meaningfulInput: { startOffset: 12, length: 4 } }))
    expect(stateOf(store, 'email')).toMatchObject({ state: 'attention', message: 'That is not a valid email address.' })
  })

  it('keeps a captured value’s problem a problem, and a later requirement does not hide an open problem', () => {
    const store = storeWith(chunk(textData('firstName', 'Ada')), chunk(importantText('firstName', 'Please give your full name.')))
    expect(stateOf(store, 'firstName')).toMatchObject({ state: 'attention', message: 'Please give your full name.' })

    store.dispatch(chunk(singleSelect('meal', [['veg', 'Vegetarian']])))
    for (const event of userTurn('Pizza')) store.dispatch(event)
    store.dispatch(chunk(errorChunk('Pizza is not on the menu.')))
    for (const event of [chunk(endOfResponse()), ...userTurn('what is there?')]) store.dispatch(event)
    store.dispatch(chunk(importantText('meal', 'Choose one of the listed meals.')))
    expect(stateOf(store, 'meal')).toMatchObject({ state: 'attention', message: 'Pizza is not on the menu.' })
  })

  it('clears a requirement and a problem once the server captures the field', () => {
    const store = storeWith(chunk(importantText('email', 'Please use your work address.')), chunk(textData('firstName', 'Ada')))
    store.dispatch(chunk(importantText('firstName', 'Please give your full name.')))
    store.dispatch(chunk(textData('email', 'ada@example.org')))
    store.dispatch(chunk(textData('firstName', 'Ada Lovelace')))
    expect(stateOf(store, 'email')).toMatchObject({ state: 'captured', displayValue: 'ada@example.org' })
    expect(stateOf(store, 'firstName')).toMatchObject({ state: 'captured', displayValue: 'Ada Lovelace' })
    expect([stateOf(store, 'email')?.hint, stateOf(store, 'firstName')?.message]).toEqual([undefined, undefined])
  })

  it('with confirmedOnly, keeps a requirement as a hint while a sent value is unconfirmed and flags the value if it is refused', () => {
    const store = storeWith(chunk(importantText('email', 'Please use your work address.')), chunk(endOfResponse()))
    const select = createFormProgressSelector(undefined, { confirmedOnly: true })
    const email = () => select(store.getState()).fields.find((field) => field.target === 'email')
    for (const event of userTurn('ada@home.example', { email: 'ada@home.example' })) store.dispatch(event)
    expect(email()).toMatchObject({ state: 'empty', hint: 'Please use your work address.' })
    store.dispatch(chunk(importantText('email', 'That is not a work address.')))
    expect(email()).toMatchObject({ state: 'attention', message: 'That is not a work address.' })
    store.dispatch(chunk(textData('email', 'ada@work.example')))
    expect(email()).toMatchObject({ state: 'captured', displayValue: 'ada@work.example' })
  })

  it('treats a note about a pre-filled value as a problem and one about a field left empty as a requirement (resume flow)', () => {
    const store = createSessionStore({ formId: contactForm.id, form: contactForm })
    store.dispatch({ type: 'session-starting', formId: contactForm.id, currentValues: { email: 'not-an-email' } })
    store.dispatch({ type: 'session-created', session })
    store.dispatch(chunk(importantText('email', 'The email you gave earlier is not valid.')))
    store.dispatch(chunk(importantText('firstName', 'Please give your full name.')))
    expect(stateOf(store, 'email')).toMatchObject({ state: 'attention', message: 'The email you gave earlier is not valid.' })
    expect(stateOf(store, 'firstName')).toMatchObject({ state: 'empty', hint: 'Please give your full name.' })
    // Read again from scratch (another consumer, a reload) the notes come out the same.
    store.dispatch({ type: 'user-message', text: 'Ada Lovelace' })
    expect(createFormProgressSelector()(store.getState()).fields.slice(0, 2).map((field) => field.state)).toEqual(['empty', 'attention'])
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
    const store = storeWith(chunk(textData('email', 'ada@old')), chunk(importantText('email', 'Bounced.')))
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
