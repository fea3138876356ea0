import { describe, expect, it } from 'vitest'
import { defaultLabels } from '../../src/components/labels'
import type { Labels, NumberRangeDescription } from '../../src/components/labels'
import { de, directionForLocale, en, es, he, labelsForLocale } from '../../src/locales'

const locales = { en, es, de, he }

type Key = keyof Labels

/** Sample arguments for every function label, so each can be compared by what it says. */
const range: NumberRangeDescription = { min: 1, max: 10, maxExclusive: false, step: 0.5 }
const samples: { [K in Key]: Labels[K] extends (...args: infer A) => string ? A : undefined } = {
  lang: undefined,
  widget: undefined,
  conversation: undefined,
  message: undefined,
  messagePlaceholder: undefined,
  start: undefined,
  send: undefined,
  stop: undefined,
  retry: undefined,
  youSaid: undefined,
  sending: undefined,
  notSent: undefined,
  typing: undefined,
  jumpToLatest: undefined,
  formSubmitted: undefined,
  characterCount: [9120, 10000],
  messageTooLong: [12, 10000],
  captured: undefined,
  chooseOne: ['Country'],
  chooseMany: ['Toppings'],
  confirm: undefined,
  other: undefined,
  useCustomValue: undefined,
  yourAnswer: ['Blue'],
  joinList: [['A', 'B', 'C']],
  chooseAtLeastOne: undefined,
  numberField: ['Guests'],
  decrease: undefined,
  increase: undefined,
  numberRange: [range],
  valueRequired: undefined,
  numberRequired: undefined,
  notANumber: undefined,
  numberTooSmall: [1],
  numberTooLarge: [10],
  numberNotBelow: [10],
  numberNotMultiple: [2.5],
  submitted: undefined,
  submissionReference: ['s-1'],
  checkout: undefined,
  debug: undefined,
  unsupportedField: ['FILE_UPLOAD', 'CV'],
  errorOffline: undefined,
  errorTimeout: undefined,
  errorRateLimited: [30],
  errorServer: undefined,
  errorInterrupted: undefined,
  errorUnauthorized: undefined,
  errorNotFound: undefined,
  errorGeneric: ['boom'],
  edit: undefined,
  editField: ['Email'],
  newValueFor: ['Email'],
  save: undefined,
  cancel: undefined,
  yes: undefined,
  no: undefined,
  correction: ['Email', 'ada@example.org'],
  capturedAnnouncement: [['Email', 'Phone']],
  checkoutPreparing: undefined,
  checkoutUnavailable: undefined,
  alreadySubmitted: undefined,
  startNew: undefined,
  resumed: undefined,
  continueConversation: undefined,
  progressTitle: undefined,
  progressSummary: [2, 5, 40, true],
  progressShort: [2, 5, true],
  progressShowFields: undefined,
  progressRequired: undefined,
  progressEmpty: undefined,
  progressCaptured: undefined,
  progressAttention: undefined,
  progressNoFields: undefined,
  progressNoInputFields: undefined,
  errorSessionExpired: undefined,
  openAssistant: undefined,
  closeAssistant: undefined,
  unread: [3],
}

function say(labels: Labels, key: Key): string {
  const value = labels[key]
  const args = samples[key]
  return typeof value === 'function' ? (value as (...parameters: unknown[]) => string)(...(args as unknown[])) : value
}

/** Strings that may read the same in another language: the field's own label as is, and words spelt alike. */
const sameAsEnglish: Record<string, ReadonlySet<Key>> = {
  es: new Set<Key>(['numberField', 'no']),
  de: new Set<Key>(['numberField']),
  he: new Set<Key>(['numberField']),
}

const keys = Object.keys(samples) as Key[]

describe('locales', () => {
  it('the sample table lists every key of the English labels, so the checks below see them all', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort())
    expect(defaultLabels).toBe(en)
  })

  it.each(Object.entries(locales))('%s has every key, each a non-empty string or a function of the right kind', (_name, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...keys].sort())
    for (const key of keys) {
      expect(typeof labels[key], key).toBe(typeof en[key])
      expect(say(labels, key).trim(), key).not.toBe('')
    }
  })

  it.each([
    ['es', es],
    ['de', de],
    ['he', he],
  ] as const)('%s leaves no English behind', (name, labels) => {
    const leftovers = keys.filter((key) => !sameAsEnglish[name]?.has(key) && say(labels, key) === say(en, key))
    expect(leftovers).toEqual([])
  })

  it('formats numbers and lists the way each language does', () => {
    expect(say(de, 'characterCount')).toBe('9.120 von 10.000')
    expect(say(es, 'joinList')).toBe('A, B y C')
    expect(say(de, 'joinList')).toBe('A, B und C')
    expect(say(he, 'joinList')).toBe('A, B ו-C')
    expect(es.unread(1)).toBe('1 mensaje nuevo')
    expect(de.unread(2)).toBe('2 neue Nachrichten')
  })

  it('words the English correction naturally', () => {
    expect(en.correction('Email', 'ada@example.org')).toBe('Please change my email to ada@example.org')
    expect(en.correction('Full name', 'Ada')).toBe('Please change my full name to Ada')
    expect(en.correction('URL', 'https://a.example')).toBe('Please change my URL to https://a.example')
    // Questions and sentences are quoted rather than made into "my …".
    expect(en.correction('I agree to the terms', 'Yes')).toBe('Please change “I agree to the terms” to Yes')
    expect(en.correction('How would you rate Formtalk overall?', '5')).toBe('Please change “How would you rate Formtalk overall?” to 5')
  })

  it('resolves the locale prop: the given set or English; a right-to-left language sets rtl', () => {
    expect(labelsForLocale(de)).toBe(de)
    expect(labelsForLocale(undefined)).toBe(en)
    const custom = { ...en, send: 'Go' }
    expect(labelsForLocale(custom)).toBe(custom)
    expect(directionForLocale(he)).toBe('rtl')
    expect(directionForLocale({ ...en, lang: 'ar-EG' })).toBe('rtl')
    expect(directionForLocale(es)).toBeUndefined()
    expect(directionForLocale(undefined)).toBeUndefined()
  })

  it('tags each set with its language', () => {
    expect(Object.entries(locales).map(([name, labels]) => [name, labels.lang])).toEqual([
      ['en', 'en'],
      ['es', 'es'],
      ['de', 'de'],
      ['he', 'he'],
    ])
  })
})
