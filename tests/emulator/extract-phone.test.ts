import { describe, expect, it } from 'vitest'
import { findPhones, isPhoneNumber, normalizePhone } from '../../src/emulator/extract/phone'

describe('findPhones', () => {
  it.each([
    ['call me at +1 (555) 123-4567 please', '+15551234567', '+1 (555) 123-4567'],
    ['my number is 030 1234 5678', '03012345678', '030 1234 5678'],
    ['+44 20 7946 0958', '+442079460958', '+44 20 7946 0958'],
    ['555.123.4567.', '5551234567', '555.123.4567'],
  ])('reads %j', (text, value, typed) => {
    const [found] = findPhones(text)
    expect(found?.value).toBe(value)
    expect(text.slice(found?.start, found?.end)).toBe(typed)
  })

  it('does not read a date or a short number as a phone number', () => {
    expect(findPhones('arriving 2027-06-14 with 2 guests, order 12345')).toEqual([])
  })

  it('validates digit counts', () => {
    expect(isPhoneNumber('123 456')).toBe(false)
    expect(isPhoneNumber('+49 30 1234567')).toBe(true)
    expect(isPhoneNumber('1234567890123456')).toBe(false)
    expect(isPhoneNumber('555-CALL-NOW')).toBe(false)
    expect(normalizePhone(' +1 (555) 000-1111 ')).toBe('+15550001111')
  })
})
