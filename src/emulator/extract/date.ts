/**
 * Calendar dates in free text, absolute ("2027-06-14", "June 14", "14th of
 * June 2027", "6/14/2027") and relative ("today", "tomorrow", "next Friday",
 * "in two weeks"), resolved against the user's own calendar day.
 *
 * Rules, so results are predictable:
 * - a month and day without a year is the next such day on or after today;
 * - "Friday", "this Friday", "next Friday", "on Friday" all mean the first
 *   Friday after today; "Friday next week" is the one in the following week;
 * - `a/b/yyyy` is month/day (US) unless the first number is over 12.
 */
import { findNumbers } from './number'
import type { Found } from './text-tools'

/** A day on the calendar, without time or zone. */
export interface CalendarDate {
  year: number
  /** 1–12 */
  month: number
  /** 1–31 */
  day: number
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
// Full names only: "sat", "wed" and "sun" are ordinary words far more often than weekdays.
const WEEKDAY = '(sunday|monday|tuesday|tues|wednesday|thursday|thurs|friday|saturday)'
const ORDINAL = '(?:st|nd|rd|th)?'

const PATTERNS: Array<{ regex: RegExp; read: (match: RegExpMatchArray, today: CalendarDate) => CalendarDate | undefined }> = [
  {
    regex: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/gi,
    read: (match) => calendarDate(Number(match[1]), Number(match[2]), Number(match[3])),
  },
  {
    regex: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/gi,
    read: (match) => {
      const first = Number(match[1])
      const second = Number(match[2])
      const year = expandYear(Number(match[3]))
      return first > 12 ? calendarDate(year, second, first) : calendarDate(year, first, second)
    },
  },
  {
    // "June 14", "Jun 14th, 2027", "June 14 2027"
    regex: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL}\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    read: (match, today) => withYear(monthIndex(match[1]), Number(match[2]), match[3], today),
  },
  {
    // "14 June", "14th of June 2027", "the 14th of June"
    regex: new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    read: (match, today) => withYear(monthIndex(match[2]), Number(match[1]), match[3], today),
  },
  {
    // "in 3 days", "in two weeks", "3 days from now", "a week from today"
    regex: /\b(?:in\s+)?((?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|twenty|thirty)(?:[\s-]+\w+)?)\s+(day|week|month)s?(?:\s+from\s+(?:now|today))?\b/gi,
    read: (match, today) => {
      const phrase = match[0].toLowerCase()
      if (!phrase.startsWith('in ') && !phrase.includes('from')) return undefined
      const amountText = match[1] ?? ''
      const amount = /^an?$/i.test(amountText) ? 1 : findNumbers(amountText)[0]?.value
      if (amount === undefined || !Number.isInteger(amount) || amount > 3660) return undefined
      const unit = (match[2] ?? '').toLowerCase()
      if (unit === 'month') return addMonths(today, amount)
      return addDays(today, unit === 'week' ? amount * 7 : amount)
    },
  },
  {
    regex: /\b(?:the\s+)?day\s+after\s+tomorrow\b/gi,
    read: (_match, today) => addDays(today, 2),
  },
  {
    regex: /\b(today|tonight|tomorrow|tmrw|yesterday)\b/gi,
    read: (match, today) => {
      const word = (match[1] ?? '').toLowerCase()
      if (word === 'yesterday') return addDays(today, -1)
      return word === 'tomorrow' || word === 'tmrw' ? addDays(today, 1) : today
    },
  },
  {
    // "Friday next week", "next Friday", "this Friday", "on Friday", "Friday"
    regex: new RegExp(`\\b(?:(next|this|coming|on)\\s+(?:the\\s+)?)?${WEEKDAY}\\b(\\s+(?:of\\s+)?next\\s+week)?`, 'gi'),
    read: (match, today) => {
      const target = weekdayIndex(match[2])
      if (target === undefined) return undefined
      const ahead = nextWeekday(today, target)
      return match[3] ? nextWeekInWeek(today, target) : ahead
    },
  },
  {
    regex: /\bnext\s+week\b/gi,
    read: (_match, today) => addDays(today, 7),
  },
]

/** Every date in `text`, as ISO `YYYY-MM-DD`, in order, without overlaps. */
export function findDates(text: string, today: CalendarDate): Array<Found<string>> {
  const found: Array<Found<string>> = []
  for (const { regex, read } of PATTERNS) {
    for (const match of text.matchAll(regex)) {
      const start = match.index
      const end = start + match[0].length
      if (found.some((item) => start < item.end && end > item.start)) continue
      const date = read(match, today)
      if (date) found.push({ value: isoDate(date), start, end })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** The user's calendar day at `instant` in IANA `timeZone` (UTC when the zone is unknown). */
export function calendarDateIn(instant: Date, timeZone: string | undefined): CalendarDate {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: timeZone ?? 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(instant)
    const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
    const date = calendarDate(get('year'), get('month'), get('day'))
    if (date) return date
  } catch {
    // Fall through to UTC: an unknown zone is refused at the request boundary anyway.
  }
  return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() }
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}

export function isoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
}

/** Parses a strict ISO `YYYY-MM-DD` (an ISO date-time is cut to its date). */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim())
  if (!match) return undefined
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]))
}

/** "Friday, June 14, 2027" — written out here rather than by `Intl`, so every runtime prints the same. */
export function formatDate(date: CalendarDate): string {
  return `${WEEKDAY_NAMES[weekdayOf(date)]}, ${MONTH_NAMES[date.month - 1]} ${date.day}, ${date.year}`
}

export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined
  if (day > daysInMonth(year, month)) return undefined
  return { year, month, day }
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day + days))
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() }
}

function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) }
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()
}

function nextWeekday(today: CalendarDate, target: number): CalendarDate {
  const ahead = (target - weekdayOf(today) + 7) % 7 || 7
  return addDays(today, ahead)
}

/** The `target` weekday of the week after this one (weeks start on Monday). */
function nextWeekInWeek(today: CalendarDate, target: number): CalendarDate {
  const mondayOffset = (weekdayOf(today) + 6) % 7
  const nextMonday = addDays(today, 7 - mondayOffset)
  return addDays(nextMonday, (target + 6) % 7)
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function expandYear(year: number): number {
  return year < 100 ? 2000 + year : year
}

function monthIndex(text: string | undefined): number {
  const prefix = (text ?? '').slice(0, 3).toLowerCase()
  return MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === prefix) + 1
}

function weekdayIndex(text: string | undefined): number | undefined {
  const prefix = (text ?? '').slice(0, 3).toLowerCase()
  const index = WEEKDAY_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === prefix)
  return index < 0 ? undefined : index
}

function withYear(month: number, day: number, yearText: string | undefined, today: CalendarDate): CalendarDate | undefined {
  if (yearText) return calendarDate(Number(yearText), month, day)
  const thisYear = calendarDate(today.year, month, day)
  if (thisYear && isoDate(thisYear) >= isoDate(today)) return thisYear
  return calendarDate(today.year + 1, month, day)
}
