import { describe, expect, it } from 'vitest'
import { findEmails } from '../../src/emulator/extract/email'

describe('findEmails', () => {
  it('finds an address inside a sentence with its exact range', () => {
    const text = 'Sure, write to Jane.Doe+events@Example.COM tomorrow'
    const [found] = findEmails(text)
    expect(found?.value).toBe('Jane.Doe+events@example.com')
    expect(text.slice(found?.start, found?.end)).toBe('Jane.Doe+events@Example.COM')
  })

  it('leaves out sentence punctuation around the address', () => {
    const text = 'My email is (ann@mail.co.uk).'
    const [found] = findEmails(text)
    expect(found?.value).toBe('ann@mail.co.uk')
    expect(text.slice(found?.start, found?.end)).toBe('ann@mail.co.uk')
  })

  it('finds several addresses in order', () => {
    expect(findEmails('a@b.io, then c.d@e.org').map((item) => item.value)).toEqual(['a@b.io', 'c.d@e.org'])
  })

  it.each(['jane@example', 'jane@', '@example.com', 'jane at example dot com', 'email me'])('finds nothing in %j', (text) => {
    expect(findEmails(text)).toEqual([])
  })

  // Catastrophic backtracking would hang here; the test's timeout catches it (speed itself is not a unit test's business).
  it('finishes on a 10,000-character message full of @ signs, finding nothing', () => {
    expect(findEmails('a@'.repeat(5_000))).toEqual([])
  }, 5_000)
})
