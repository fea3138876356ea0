import { describe, expect, it } from 'vitest'
import type { FormField, InputOptions, WixForm } from '../../src/api/wire-types'
import { fieldLabel } from '../../src/form-schema/field-label'

const field = (target: string, inputOptions: Omit<InputOptions, 'target'> & Pick<InputOptions, 'inputType'>): FormField => ({
  id: target,
  fieldType: 'INPUT',
  inputOptions: { ...inputOptions, target, inputType: inputOptions.inputType },
})

const form: WixForm = {
  id: 'f',
  formFields: [
    field('email', { inputType: 'STRING', stringOptions: { componentType: 'TEXT_INPUT', textInputOptions: { label: 'Email address' } } }),
    field('age', { inputType: 'NUMBER', numberOptions: { componentType: 'NUMBER_INPUT', numberInputOptions: { label: 'Your age' } } }),
    field('days', { inputType: 'ARRAY', arrayOptions: { componentType: 'CHECKBOX_GROUP', checkboxGroupOptions: { label: 'Days' } } }),
    field('agree', { inputType: 'BOOLEAN', booleanOptions: { componentType: 'CHECKBOX', checkboxOptions: { label: '  I agree  ' } } }),
    // The component's own options win over a stray label elsewhere.
    field('size', {
      inputType: 'STRING',
      stringOptions: { componentType: 'RADIO_GROUP', dropdownOptions: { label: 'Old dropdown' }, radioGroupOptions: { label: 'Pizza size' } },
    }),
    field('rating', { inputType: 'NUMBER', numberOptions: { componentType: 'RATING_INPUT', somethingOptions: { label: 'Rating' } } }),
    field('blank', { inputType: 'STRING', stringOptions: { componentType: 'TEXT_INPUT', textInputOptions: { label: '   ' } } }),
    field('bare', { inputType: 'STRING' }),
  ],
}

describe('fieldLabel', () => {
  it.each([
    ['email', 'Email address'],
    ['age', 'Your age'],
    ['days', 'Days'],
    ['agree', 'I agree'],
    ['size', 'Pizza size'],
    ['rating', 'Rating'],
  ])('finds the label of %s', (target, label) => {
    expect(fieldLabel(form, target)).toBe(label)
  })

  it('falls back to the target without a form, an unknown field, or an empty label', () => {
    expect(fieldLabel(null, 'email')).toBe('email')
    expect(fieldLabel(undefined, 'email')).toBe('email')
    expect(fieldLabel(form, 'nope')).toBe('nope')
    expect(fieldLabel(form, 'blank')).toBe('blank')
    expect(fieldLabel(form, 'bare')).toBe('bare')
  })
})
