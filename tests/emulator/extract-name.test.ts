import { describe, expect, it } from 'vitest'
import { findName } from '../../src/emulator/extract/name'

describe('findName', () => {
  it.each([
    ["Hi, I'm Jane Doe", { first: 'Jane', last: 'Doe', full: 'Jane Doe' }],
    ['my name is jane doe', { first: 'Jane', last: 'Doe', full: 'Jane Doe' }],
    ["My name's Ann", { first: 'Ann', full: 'Ann' }],
    ['This is Dr. Ann Lee from Acme', { first: 'Ann', last: 'Lee', full: 'Ann Lee' }],
    ['call me Mary Ann McKay', { first: 'Mary Ann', last: 'McKay', full: 'Mary Ann McKay' }],
    ["I'm Jane and my email is j@x.io", { first: 'Jane', full: 'Jane' }],
  ])('reads %j', (text, expected) => {
    expect(findName(text)?.value).toEqual(expected)
  })

  it('gives the range of the name itself', () => {
    const text = "Hello! I'm Jane Doe."
    const found = findName(text)
    expect(text.slice(found?.start, found?.end)).toBe('Jane Doe')
  })

  it.each(["I'm vegan", "I'm not sure", "I'm bringing two guests", "I'm looking forward to it", 'hello there'])('does not read %j as a name', (text) => {
    expect(findName(text)).toBeUndefined()
  })

  it('does not read an option label after "I\'m" as a name', () => {
    expect(findName("I'm Student", { excludedWords: new Set(['student']) })).toBeUndefined()
  })

  it('accepts a bare name, even lower case, only when a name was asked for', () => {
    expect(findName('jane doe')).toBeUndefined()
    expect(findName('jane doe', { expectingName: true })?.value).toEqual({ first: 'Jane', last: 'Doe', full: 'Jane Doe' })
    expect(findName("i'm jane", { expectingName: true })?.value.full).toBe('Jane')
    expect(findName('hello', { expectingName: true })).toBeUndefined()
    expect(findName('I would rather not say that now', { expectingName: true })).toBeUndefined()
  })
})
