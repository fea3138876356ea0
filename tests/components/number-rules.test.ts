import { describe, expect, it } from 'vitest'
import { checkNumber, decimalSeparatorOf, formatNumberInput, isMultiple, numberRulesOf, parseNumber, stepNumber } from '../../src/components/number-rules'

describe('number rules', () => {
  const rules = numberRulesOf({ fieldTarget: 'x', rangeLimit: { minInclusiveValue: 0, maxExclusiveValue: 10 }, multipleOf: 2.5 })

  it('reads the chunk', () => {
    expect(rules).toEqual({ min: 0, max: 10, maxExclusive: true, multipleOf: 2.5 })
    expect(numberRulesOf({ fieldTarget: 'x', rangeLimit: { maxInclusiveValue: 5 } })).toEqual({ min: undefined, max: 5, maxExclusive: false, multipleOf: undefined })
  })

  it('parses what people type', () => {
    expect(parseNumber(' 7.5 ')).toBe(7.5)
    expect(parseNumber('1,000')).toBe(1000)
    expect(parseNumber('-3')).toBe(-3)
    expect(parseNumber('.5')).toBe(0.5)
    expect(parseNumber('')).toBeUndefined()
    expect(parseNumber('12abc')).toBeNaN()
    expect(parseNumber('twelve')).toBeNaN()
  })

  it('keeps "." as the decimal point and "," as grouping in English', () => {
    expect(decimalSeparatorOf('en')).toBe('.')
    expect(parseNumber('2.5', 'en')).toBe(2.5)
    expect(parseNumber('1,500', 'en')).toBe(1500)
    expect(parseNumber('1,000,000.5', 'en')).toBe(1000000.5)
    expect(parseNumber('2,5', 'en')).toBeNaN()
    expect(formatNumberInput(2.5, 'en')).toBe('2.5')
  })

  it('reads "," as the decimal point and "." or spaces as grouping in German and Spanish', () => {
    expect(decimalSeparatorOf('de')).toBe(',')
    expect(decimalSeparatorOf('es')).toBe(',')
    expect(parseNumber('2,5', 'de')).toBe(2.5)
    expect(parseNumber('-0,75', 'de')).toBe(-0.75)
    expect(parseNumber(',5', 'de')).toBe(0.5)
    expect(parseNumber('1,500', 'de')).toBe(1.5)
    expect(parseNumber('1.000', 'de')).toBe(1000)
    expect(parseNumber('1.234.567,89', 'de')).toBe(1234567.89)
    expect(parseNumber('1 000', 'de')).toBe(1000)
    expect(parseNumber('1\u202f000,5', 'de')).toBe(1000.5)
    expect(parseNumber('1.000,5', 'es')).toBe(1000.5)
    // A "." that cannot be grouping is a decimal point (a keypad may offer only ".").
    expect(parseNumber('2.5', 'de')).toBe(2.5)
    expect(parseNumber('7', 'de')).toBe(7)
    expect(parseNumber('', 'de')).toBeUndefined()
    expect(parseNumber('1,2,3', 'de')).toBeNaN()
    expect(parseNumber('1.23,4', 'de')).toBeNaN()
    expect(parseNumber('12.34.567', 'de')).toBeNaN()
    expect(parseNumber('zwölf', 'de')).toBeNaN()
  })

  it('writes a value as it is typed in the language', () => {
    expect(formatNumberInput(2.5, 'de')).toBe('2,5')
    expect(formatNumberInput(-1234.5, 'es')).toBe('-1234,5')
    expect(formatNumberInput(7, 'de')).toBe('7')
    expect(parseNumber(formatNumberInput(1.234, 'de'), 'de')).toBe(1.234)
    expect(decimalSeparatorOf('not a language!')).toBe('.')
  })

  it('checks range and multiple with float tolerance', () => {
    expect(checkNumber(7.5, rules)).toBeNull()
    expect(checkNumber(10, rules)).toEqual({ kind: 'not-below', limit: 10 })
    expect(checkNumber(-2.5, rules)).toEqual({ kind: 'too-small', min: 0 })
    expect(checkNumber(6, rules)).toEqual({ kind: 'not-multiple', multipleOf: 2.5 })
    expect(checkNumber(undefined, rules)).toEqual({ kind: 'required' })
    expect(checkNumber(Number.NaN, rules)).toEqual({ kind: 'not-a-number' })
    expect(isMultiple(0.3, 0.1)).toBe(true)
    expect(isMultiple(0.7, 0.1)).toBe(true)
    expect(isMultiple(0.75, 0.1)).toBe(false)
  })

  it('steps to the next multiple inside the range', () => {
    expect(stepNumber(undefined, 1, rules)).toBe(0)
    expect(stepNumber(5, 1, rules)).toBe(7.5)
    expect(stepNumber(7.5, 1, rules)).toBeUndefined()
    expect(stepNumber(0, -1, rules)).toBeUndefined()
    expect(stepNumber(3, 1, rules)).toBe(5)
    expect(stepNumber(3, -1, rules)).toBe(2.5)
    // From past the range, a step toward it lands on its edge.
    expect(stepNumber(40, -1, rules)).toBe(7.5)
    expect(stepNumber(-4, 1, rules)).toBe(0)
    expect(stepNumber(40, 1, rules)).toBeUndefined()
    const tenths = numberRulesOf({ fieldTarget: 'x', multipleOf: 0.1 })
    expect(stepNumber(0.2, 1, tenths)).toBe(0.3)
  })
})
