import { describe, expect, it } from 'vitest'
import { calendarDateIn, findDates, formatDate, parseIsoDate, type CalendarDate } from '../../src/emulator/extract/date'

// Wednesday, June 9, 2027
const today: CalendarDate = { year: 2027, month: 6, day: 9 }
const dates = (text: string) => findDates(text, today).map((item) => item.value)

describe('findDates', () => {
  it.each([
    ['2027-06-14', '2027-06-14'],
    ['June 14', '2027-06-14'],
    ['jun 14th, 2028', '2028-06-14'],
    ['14 June', '2027-06-14'],
    ['the 15th of June 2027', '2027-06-15'],
    ['6/16/2027', '2027-06-16'],
    ['16/6/2027', '2027-06-16'],
    ['today', '2027-06-09'],
    ['tomorrow', '2027-06-10'],
    ['the day after tomorrow', '2027-06-11'],
    ['yesterday', '2027-06-08'],
    ['Friday', '2027-06-11'],
    ['next Friday', '2027-06-11'],
    ['on monday', '2027-06-14'],
    ['this Wednesday', '2027-06-16'],
    ['Tuesday next week', '2027-06-15'],
    ['next week', '2027-06-16'],
    ['in 3 days', '2027-06-12'],
    ['in two weeks', '2027-06-23'],
    ['a week from today', '2027-06-16'],
    ['in a month', '2027-07-09'],
  ])('reads %j as %s', (text, expected) => {
    expect(dates(text)).toEqual([expected])
  })

  it('rolls a month and day that already passed this year into next year', () => {
    expect(dates('March 3')).toEqual(['2028-03-03'])
  })

  it('refuses impossible dates', () => {
    expect(dates('February 30 2027')).toEqual([])
    expect(dates('2027-13-01')).toEqual([])
  })

  it('does not read ordinary words as weekdays or months', () => {
    expect(dates('I sat down, we may come, I wed soon')).toEqual([])
  })

  it('gives the range of the words it used', () => {
    const text = 'We arrive next Friday, thanks'
    const [found] = findDates(text, today)
    expect(text.slice(found?.start, found?.end)).toBe('next Friday')
  })
})

describe('calendarDateIn', () => {
  it("resolves the user's own day from the client time zone", () => {
    const instant = new Date('2027-06-09T23:30:00Z')
    expect(calendarDateIn(instant, 'UTC')).toEqual({ year: 2027, month: 6, day: 9 })
    expect(calendarDateIn(instant, 'Asia/Tokyo')).toEqual({ year: 2027, month: 6, day: 10 })
    expect(calendarDateIn(new Date('2027-06-10T02:00:00Z'), 'America/Los_Angeles')).toEqual({ year: 2027, month: 6, day: 9 })
  })

  it('makes "tomorrow" depend on the zone', () => {
    const instant = new Date('2027-06-09T23:30:00Z')
    expect(findDates('tomorrow', calendarDateIn(instant, 'Asia/Tokyo'))[0]?.value).toBe('2027-06-11')
    expect(findDates('tomorrow', calendarDateIn(instant, 'Europe/London'))[0]?.value).toBe('2027-06-11')
    expect(findDates('tomorrow', calendarDateIn(instant, 'America/New_York'))[0]?.value).toBe('2027-06-10')
  })
})

describe('date helpers', () => {
  it('formats the same on every runtime', () => {
    expect(formatDate({ year: 2027, month: 6, day: 14 })).toBe('Monday, June 14, 2027')
  })

  it('parses strict ISO dates only', () => {
    expect(parseIsoDate('2027-06-14')).toEqual({ year: 2027, month: 6, day: 14 })
    expect(parseIsoDate('2027-06-14T10:00:00Z')).toEqual({ year: 2027, month: 6, day: 14 })
    expect(parseIsoDate('June 14')).toBeUndefined()
    expect(parseIsoDate('2027-02-29')).toBeUndefined()
  })
})
