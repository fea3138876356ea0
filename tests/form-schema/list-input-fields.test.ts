import { describe, expect, it } from 'vitest'
import type { WixForm } from '../../src/api/wire-types'
import { fieldLabel, listInputFields } from '../../src/form-schema'
import { listHiddenInputFields } from '../../src/form-schema/list-input-fields'
import { contactForm } from './test-form'

describe('listInputFields', () => {
  it('lists visible input fields by step, then row and column, then unplaced fields in formFields order', () => {
    expect(listInputFields(contactForm).map((field) => field.target)).toEqual([
      'firstName',
      'email',
      'meal',
      'topics',
      'ticket',
      'consent',
      // Neither step places these two; `rating` comes first in formFields.
      'rating',
      'company',
    ])
  })

  it('leaves out hidden fields and display fields', () => {
    const targets = listInputFields(contactForm).map((field) => field.target)
    expect(targets).not.toContain('utmSource')
    expect(listInputFields(contactForm).every((field) => field.field.fieldType === 'INPUT')).toBe(true)
  })

  it('describes each field: label, required, input and component type, options', () => {
    const [firstName, , meal, , ticket, consent, rating, company] = listInputFields(contactForm)
    expect(firstName).toMatchObject({ target: 'firstName', label: 'First name', required: true, inputType: 'STRING', componentType: 'TEXT_INPUT' })
    expect(firstName?.options).toBeUndefined()
    expect(meal?.options).toEqual([
      { value: 'veg', label: 'Vegetarian' },
      { value: 'fish', label: 'Fish' },
    ])
    expect(ticket).toMatchObject({ label: 'Tickets', inputType: 'PAYMENT', options: [{ value: 'p-day', label: 'Day pass' }] })
    expect(consent).toMatchObject({ label: 'I agree to the terms', required: true, componentType: 'CHECKBOX' })
    expect(rating).toMatchObject({ label: 'How excited are you?', required: false, componentType: 'RATING_INPUT' })
    expect(company?.label).toBe('company')
  })

  it('skips fields placed only on a hidden step, and lists a field placed twice once', () => {
    const form: WixForm = {
      ...contactForm,
      steps: [
        { id: 'thanks', hidden: true, layout: { large: { items: [{ fieldId: 'f-rating', row: 0, column: 0 }] } } },
        {
          id: 'main',
          layout: {
            large: {
              items: [
                { fieldId: 'f-email', row: 0, column: 0 },
                { fieldId: 'f-email', row: 1, column: 0 },
              ],
            },
          },
        },
      ],
    }
    const targets = listInputFields(form).map((field) => field.target)
    expect(targets).not.toContain('rating')
    expect(targets.filter((target) => target === 'email')).toHaveLength(1)
    expect(targets[0]).toBe('email')
  })

  it('keeps formFields order for a form without steps', () => {
    const form: WixForm = { id: 'x', formFields: contactForm.formFields }
    expect(listInputFields(form).map((field) => field.target)).toEqual(['email', 'firstName', 'rating', 'meal', 'topics', 'consent', 'ticket', 'company'])
  })
})

describe('listHiddenInputFields', () => {
  const withHiddenStep: WixForm = {
    ...contactForm,
    steps: [...(contactForm.steps ?? []), { id: 'staff', hidden: true, layout: { large: { items: [{ fieldId: 'f-nolabel', row: 0, column: 0 }] } } }],
  }

  it('lists the fields a person never sees: hidden ones, then those placed only on hidden steps', () => {
    expect(listHiddenInputFields(contactForm).map((field) => field.target)).toEqual(['utmSource'])
    expect(listHiddenInputFields(withHiddenStep).map((field) => [field.target, field.label])).toEqual([
      ['utmSource', 'Source'],
      ['company', 'company'],
    ])
    expect(listInputFields(withHiddenStep).map((field) => field.target)).not.toContain('company')
  })

  it('leaves out a target that a visible field already uses', () => {
    const form: WixForm = {
      id: 'z',
      formFields: [
        { id: 'a', fieldType: 'INPUT', hidden: true, inputOptions: { target: 'email', inputType: 'STRING' } },
        { id: 'b', fieldType: 'INPUT', inputOptions: { target: 'email', inputType: 'STRING' } },
      ],
    }
    expect(listInputFields(form).map((field) => field.field.id)).toEqual(['b'])
    expect(listHiddenInputFields(form)).toEqual([])
  })
})

describe('odd schemas (from JSON files and the network)', () => {
  it('skips entries it cannot read instead of throwing', () => {
    const form = {
      id: 'odd',
      formFields: [
        null,
        { id: 'a', fieldType: 'INPUT' },
        { id: 'b', fieldType: 'INPUT', inputOptions: { target: 7, inputType: 'STRING' } },
        { id: 'c', fieldType: 'INPUT', inputOptions: { target: 'untyped' } },
        { id: 'd', fieldType: 'INPUT', inputOptions: { target: 'shop', inputType: 'PAYMENT', paymentOptions: { products: [null, { id: 'p1' }] } } },
      ],
      steps: [null, { id: 's' }, { id: 't', layout: { large: { items: [null, { fieldId: 'd', row: 0, column: 0 }] } } }],
    } as unknown as WixForm
    expect(listInputFields(form).map((field) => [field.target, field.label])).toEqual([
      ['shop', 'shop'],
      ['untyped', 'untyped'],
    ])
    expect(listInputFields(form)[0]?.options).toEqual([{ value: 'p1', label: 'p1' }])
    expect(fieldLabel(form, 'untyped')).toBe('untyped')
  })
})

describe('fieldLabel', () => {
  it('reads the label of each option kind', () => {
    expect(fieldLabel(contactForm, 'email')).toBe('Email')
    expect(fieldLabel(contactForm, 'rating')).toBe('How excited are you?')
    expect(fieldLabel(contactForm, 'topics')).toBe('Topics')
    expect(fieldLabel(contactForm, 'consent')).toBe('I agree to the terms')
    expect(fieldLabel(contactForm, 'ticket')).toBe('Tickets')
  })

  it('labels hidden fields too, since chunks may name them', () => {
    expect(fieldLabel(contactForm, 'utmSource')).toBe('Source')
  })

  it('falls back to the target for unknown fields, fields without a label and a missing form', () => {
    expect(fieldLabel(contactForm, 'nickname')).toBe('nickname')
    expect(fieldLabel(contactForm, 'company')).toBe('company')
    expect(fieldLabel(null, 'email')).toBe('email')
  })

  it('finds a label under an unfamiliar component key', () => {
    const form: WixForm = {
      id: 'y',
      formFields: [
        {
          id: 'a',
          fieldType: 'INPUT',
          inputOptions: { target: 'when', inputType: 'STRING', stringOptions: { componentType: 'FANCY_PICKER', someOtherOptions: { label: 'When?' } } },
        },
      ],
    }
    expect(fieldLabel(form, 'when')).toBe('When?')
  })
})
