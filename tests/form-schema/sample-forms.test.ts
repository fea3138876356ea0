import { describe, expect, it } from 'vitest'
import { sampleForms, contactForm, eventRegistrationForm, feedbackSurveyForm, purchaseForm } from '../../src/emulator/sample-forms'
import { fieldLabel, listInputFields } from '../../src/form-schema'

describe('listInputFields over the emulator’s sample forms', () => {
  it('orders the event registration by layout, not by formFields, and leaves out the hidden referral source', () => {
    expect(listInputFields(eventRegistrationForm).map((field) => field.target)).toEqual([
      'fullName',
      'email',
      'ticket',
      'guests',
      'dietary',
      'arrivalDate',
      // formFields lists codeOfConduct before company; the layout puts company first.
      'company',
      'codeOfConduct',
    ])
  })

  it('reads the contact form’s labels, required marks and component types', () => {
    const fields = listInputFields(contactForm)
    expect(fields.map((field) => [field.target, field.required, field.componentType])).toEqual([
      ['firstName', true, 'TEXT_INPUT'],
      ['lastName', true, 'TEXT_INPUT'],
      ['email', true, 'TEXT_INPUT'],
      ['phone', false, 'PHONE_INPUT'],
      ['topic', true, 'DROPDOWN'],
      ['message', true, 'TEXT_AREA'],
      ['newsletter', false, 'CHECKBOX'],
    ])
    expect(fields.find((field) => field.target === 'topic')?.options?.length).toBeGreaterThan(1)
  })

  it('gives every sample field a human label, not its target', () => {
    for (const form of sampleForms) {
      for (const field of listInputFields(form)) {
        expect(field.label, `${form.name}: ${field.target}`).not.toBe(field.target)
        expect(fieldLabel(form, field.target)).toBe(field.label)
      }
    }
  })

  it('lists the purchase form’s products as options of the payment field', () => {
    const products = listInputFields(purchaseForm).find((field) => field.inputType === 'PAYMENT')
    expect(products?.label).toBe('Products')
    expect(products?.options?.map((option) => option.label)).toEqual(['Formtalk T-shirt', 'Hoodie', 'Mug', 'Sticker pack'])
  })

  it('labels rating, number and tags fields of the survey', () => {
    expect(listInputFields(feedbackSurveyForm).map((field) => [field.componentType, field.label])).toEqual([
      ['RATING_INPUT', 'How would you rate Formtalk overall?'],
      ['NUMBER_INPUT', 'How likely are you to recommend us to a friend?'],
      ['TAGS', 'What stood out?'],
      ['TEXT_AREA', 'Anything else you would like to tell us?'],
      ['TEXT_INPUT', 'Email, if we may follow up'],
      ['CHECKBOX', 'You may contact me about my feedback'],
    ])
  })
})
