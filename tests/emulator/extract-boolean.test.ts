import { describe, expect, it } from 'vitest'
import { coerceBoolean, findYesNo } from '../../src/emulator/extract/boolean'

describe('findYesNo', () => {
  it.each(['yes', 'Yes!', 'yeah sure', 'ok', 'I agree', 'I accept the terms', 'of course', 'absolutely'])('reads %j as yes', (text) => {
    expect(findYesNo(text)?.value).toBe(true)
  })

  it.each(['no', 'Nope', 'nah', "I don't agree", 'I do not accept', 'no thanks', 'not really', 'never'])('reads %j as no', (text) => {
    expect(findYesNo(text)?.value).toBe(false)
  })

  it('says nothing when the message says neither', () => {
    expect(findYesNo('maybe later')).toBeUndefined()
  })

  it('gives the range of the deciding words', () => {
    const text = 'hmm, I do not agree'
    const found = findYesNo(text)
    expect(text.slice(found?.start, found?.end)).toBe('do not')
  })
})

describe('coerceBoolean', () => {
  it('accepts booleans, select values and words', () => {
    expect(coerceBoolean(true)).toBe(true)
    expect(coerceBoolean('true')).toBe(true)
    expect(coerceBoolean('false')).toBe(false)
    expect(coerceBoolean('Yes')).toBe(true)
    expect(coerceBoolean(0)).toBe(false)
    expect(coerceBoolean('banana')).toBeUndefined()
    expect(coerceBoolean({})).toBeUndefined()
  })
})
