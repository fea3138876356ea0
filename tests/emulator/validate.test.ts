import { describe, expect, it } from 'vitest'
import type { JsonValue } from '../../src/api/wire-types'
import { eventRegistrationForm, feedbackSurveyForm, purchaseForm, contactForm } from '../../src/emulator'
import { formFieldList, type FieldSpec } from '../../src/emulator/form-fields'
import { validateFieldValue } from '../../src/emulator/validate'

function field(target: string): FieldSpec {
  for (const form of [contactForm, eventRegistrationForm, purchaseForm, feedbackSurveyForm]) {
    const found = formFieldList(form).fields.find((candidate) => candidate.target === target)
    if (found) return found
  }
  throw new Error(`no field ${target}`)
}

const check = (target: string, value: JsonValue) => validateFieldValue(field(target), value)

describe('validateFieldValue', () => {
  it.each<[string, JsonValue, string]>([
    ['email', 'jane@example', 'FORMAT'],
    ['email', 42, 'TYPE'],
    ['phone', '12345', 'FORMAT'],
    ['message', 'too short', 'MIN_LENGTH'],
    ['firstName', 'x'.repeat(51), 'MAX_LENGTH'],
    ['firstName', '   ', 'REQUIRED'],
    ['topic', 'gardening', 'OPTION'],
    ['guests', 5, 'MAXIMUM'],
    ['guests', -1, 'MINIMUM'],
    ['guests', 1.5, 'MULTIPLE_OF'],
    ['guests', 'many', 'TYPE'],
    ['tip', 7, 'MULTIPLE_OF'],
    ['arrivalDate', '2027-06-19', 'DATE_RANGE'],
    ['arrivalDate', '2027-06-13', 'DATE_RANGE'],
    ['arrivalDate', 'next week', 'FORMAT'],
    ['highlights', [], 'MIN_ITEMS'],
    ['highlights', ['fast', 'easy', 'value', 'buggy'], 'MAX_ITEMS'],
    ['highlights', ['cheap'], 'OPTION'],
    ['products', ['not-a-product'], 'OPTION'],
    ['codeOfConduct', false, 'MUST_AGREE'],
    ['codeOfConduct', 'perhaps', 'TYPE'],
  ])('refuses %s = %j (%s)', (target, value, rule) => {
    const result = check(target, value)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.rule).toBe(rule)
      expect(result.message.length).toBeGreaterThan(10)
    }
  })

  it('explains a date outside the range with both ends', () => {
    const result = check('arrivalDate', '2027-06-20')
    expect(result.ok ? '' : result.message).toContain('between Monday, June 14, 2027 and Friday, June 18, 2027')
  })

  it.each<[string, JsonValue, JsonValue, string]>([
    ['email', ' jane@example.com ', 'jane@example.com', 'jane@example.com'],
    ['phone', '+1 (555) 123-4567', '+15551234567', '+1 (555) 123-4567'],
    ['guests', '3', 3, '3'],
    ['guests', 0, 0, '0'],
    ['tip', 15, 15, '15'],
    ['rating', 4, 4, '4 out of 5'],
    ['topic', 'support', 'support', 'Technical support'],
    ['topic', 'technical support', 'support', 'Technical support'],
    ['ticket', 'VIP', 'vip', 'VIP'],
    ['dietary', ['vegan', 'Gluten-free', 'no shellfish'], ['vegan', 'gluten-free', 'no shellfish'], 'Vegan, Gluten-free, no shellfish'],
    ['dietary', 'vegan', ['vegan'], 'Vegan'],
    ['highlights', ['fast', 'fast'], ['fast'], 'Fast'],
    ['codeOfConduct', 'true', true, 'Yes'],
    ['newsletter', false, false, 'No'],
    ['arrivalDate', '2027-06-15', '2027-06-15', 'Tuesday, June 15, 2027'],
  ])('accepts %s = %j as %j', (target, raw, value, display) => {
    expect(check(target, raw)).toEqual({ ok: true, value, display })
  })

  it('accepts products by id or by name and shows their names', () => {
    const products = field('products')
    const [shirt, , mug] = products.choices
    expect(validateFieldValue(products, [shirt?.value ?? '', 'mug'])).toEqual({ ok: true, value: [shirt?.value, mug?.value], display: 'Formtalk T-shirt, Mug' })
  })

  it('never throws, whatever it is given', () => {
    const weird: JsonValue[] = [null, {}, [], [null], [[1]], { a: [1] }, Number.NaN as unknown as JsonValue, '\u0000', 'x'.repeat(20_000)]
    for (const spec of [contactForm, eventRegistrationForm, purchaseForm, feedbackSurveyForm].flatMap((form) => formFieldList(form).fields)) {
      for (const value of weird) expect(() => validateFieldValue(spec, value)).not.toThrow()
    }
  })
})
