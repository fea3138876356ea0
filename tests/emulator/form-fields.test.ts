import { describe, expect, it } from 'vitest'
import type { WixForm } from '../../src/api/wire-types'
import { formFieldList } from '../../src/emulator/form-fields'
import { contactForm, eventRegistrationForm, feedbackSurveyForm, purchaseForm, sampleForms } from '../../src/emulator'

describe('formFieldList', () => {
  it('orders fields by steps, then rows, then columns — not by formFields order', () => {
    const form: WixForm = {
      id: 'f',
      formFields: [
        { id: 'c', fieldType: 'INPUT', inputOptions: { target: 'third', inputType: 'STRING' } },
        { id: 'a', fieldType: 'INPUT', inputOptions: { target: 'first', inputType: 'STRING' } },
        { id: 'd', fieldType: 'INPUT', inputOptions: { target: 'secondStep', inputType: 'STRING' } },
        { id: 'b', fieldType: 'INPUT', inputOptions: { target: 'second', inputType: 'STRING' } },
        { id: 'e', fieldType: 'INPUT', inputOptions: { target: 'unplaced', inputType: 'STRING' } },
        { id: 'x', fieldType: 'DISPLAY', displayOptions: { header: 'Hi' } },
      ],
      steps: [
        { id: 's1', layout: { large: { items: [{ fieldId: 'c', row: 1, column: 0 }, { fieldId: 'b', row: 0, column: 1 }, { fieldId: 'a', row: 0, column: 0 }] } } },
        { id: 's2', layout: { large: { items: [{ fieldId: 'd', row: 0, column: 0 }] } } },
      ],
    }
    expect(formFieldList(form).fields.map((field) => field.target)).toEqual(['first', 'second', 'third', 'secondStep', 'unplaced'])
  })

  it('lists unsupported input types instead of failing, and keeps hidden fields apart', () => {
    const form: WixForm = {
      id: 'f',
      formFields: [
        { id: 'a', fieldType: 'INPUT', inputOptions: { target: 'cv', inputType: 'WIX_FILE' } },
        { id: 'b', fieldType: 'INPUT', hidden: true, inputOptions: { target: 'utm', inputType: 'STRING' } },
        { id: 'c', fieldType: 'INPUT', inputOptions: { target: 'name', inputType: 'STRING' } },
      ],
    }
    const list = formFieldList(form)
    expect(list.fields.map((field) => field.target)).toEqual(['name'])
    expect(list.hiddenFields.map((field) => field.target)).toEqual(['utm'])
    expect(list.unsupported).toEqual([{ target: 'cv', reason: expect.stringContaining('WIX_FILE') }])
  })

  it('survives malformed schemas', () => {
    expect(formFieldList({ id: 'f', formFields: [null as never, { id: 'a', fieldType: 'INPUT' }], steps: [{ id: 's' }] }).fields).toEqual([])
  })

  it('reads the contact form in layout order with the right kinds', () => {
    const fields = formFieldList(contactForm).fields
    expect(fields.map((field) => [field.target, field.kind, field.required])).toEqual([
      ['firstName', 'text', true],
      ['lastName', 'text', true],
      ['email', 'email', true],
      ['phone', 'phone', false],
      ['topic', 'single-select', true],
      ['message', 'text', true],
      ['newsletter', 'boolean', false],
    ])
    expect(fields.slice(0, 2).map((field) => field.nameRole)).toEqual(['first', 'last'])
  })

  it('together, the sample forms cover every field kind', () => {
    const kinds = new Set(sampleForms.flatMap((form) => formFieldList(form).fields.map((field) => field.kind)))
    expect([...kinds].sort()).toEqual(['boolean', 'date', 'email', 'multi-select', 'number', 'payment', 'phone', 'rating', 'single-select', 'text'])
    const components = new Set(sampleForms.flatMap((form) => formFieldList(form).fields.map((field) => field.componentType)))
    for (const component of ['RADIO_GROUP', 'DROPDOWN', 'CHECKBOX', 'CHECKBOX_GROUP', 'TAGS', 'NUMBER_INPUT', 'RATING_INPUT', 'DATE_PICKER', 'PHONE_INPUT']) {
      expect(components).toContain(component)
    }
  })

  it('reads the event form: ranges, the custom "Other", the date range and the consent box', () => {
    const byTarget = new Map(formFieldList(eventRegistrationForm).fields.map((field) => [field.target, field]))
    expect(byTarget.get('guests')?.numberValidation).toEqual({ minimum: 0, maximum: 4, multipleOf: 1 })
    expect(byTarget.get('dietary')?.customOption?.label).toBe('Other')
    expect(byTarget.get('arrivalDate')?.stringValidation).toMatchObject({ minimumDate: '2027-06-14', maximumDate: '2027-06-18' })
    expect(byTarget.get('codeOfConduct')).toMatchObject({ kind: 'boolean', required: true })
    expect(formFieldList(eventRegistrationForm).hiddenFields.map((field) => field.target)).toEqual(['referralSource'])
  })

  it('offers payment products as choices with their price', () => {
    const products = formFieldList(purchaseForm).fields.find((field) => field.kind === 'payment')
    expect(products?.choices.map((choice) => choice.label)).toEqual(['Formtalk T-shirt (25.00 USD)', 'Hoodie (49.00 USD)', 'Mug (12.00 USD)', 'Sticker pack (5.00 USD)'])
  })

  it('gives a rating field a 1–5 whole-number range and tags their item limits', () => {
    const fields = formFieldList(feedbackSurveyForm).fields
    expect(fields.find((field) => field.kind === 'rating')?.numberValidation).toEqual({ minimum: 1, maximum: 5, multipleOf: 1 })
    expect(fields.find((field) => field.componentType === 'TAGS')?.arrayValidation).toEqual({ minItems: 1, maxItems: 3 })
  })

  it('every sample form has a name, GUID ids and a label on every field', () => {
    const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    for (const form of sampleForms) {
      expect(form.id).toMatch(guid)
      expect(form.name).toBeTruthy()
      for (const field of form.formFields) {
        expect(field.id).toMatch(guid)
        const options = field.inputOptions
        const typed = options && (options.stringOptions ?? options.numberOptions ?? options.booleanOptions ?? options.arrayOptions ?? options.paymentOptions)
        const component = Object.entries(typed ?? {}).find(([key]) => key.endsWith('Options') && key !== 'paymentOptions')?.[1] as { label?: string } | undefined
        expect(component?.label, `${form.name} ${options?.target}`).toBeTruthy()
      }
    }
  })
})
