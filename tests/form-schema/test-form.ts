/**
 * A form written for the progress and schema tests, in the Form Schemas API
 * shape: two steps whose layouts list fields out of `formFields` order, a
 * hidden field, a display field and one field no layout places.
 */
import type { WixForm } from '../../src/api/wire-types'

export const contactForm: WixForm = {
  id: '11111111-2222-4333-8444-555555555555',
  name: 'Event sign-up',
  formFields: [
    {
      id: 'f-email',
      fieldType: 'INPUT',
      inputOptions: {
        target: 'email',
        inputType: 'STRING',
        required: true,
        stringOptions: { componentType: 'TEXT_INPUT', validation: { format: 'EMAIL' }, textInputOptions: { label: 'Email' } },
      },
    },
    {
      id: 'f-first',
      fieldType: 'INPUT',
      inputOptions: {
        target: 'firstName',
        inputType: 'STRING',
        required: true,
        stringOptions: { componentType: 'TEXT_INPUT', textInputOptions: { label: 'First name' } },
      },
    },
    {
      id: 'f-heading',
      fieldType: 'DISPLAY',
      displayOptions: { header: { content: 'About you' } },
    },
    {
      id: 'f-rating',
      fieldType: 'INPUT',
      inputOptions: {
        target: 'rating',
        inputType: 'NUMBER',
        numberOptions: { componentType: 'RATING_INPUT', ratingInputOptions: { label: 'How excited are you?' } },
      },
    },
    {
      id: 'f-meal',
      fieldType: 'INPUT',
      inputOptions: {
        target: 'meal',
        inputType: 'STRING',
        required: true,
        stringOptions: {
          componentType: 'RADIO_GROUP',
          radioGroupOptions: {
            label: 'Meal',
            options: [
              { value: 'veg', label: 'Vegetarian' },
              { value: 'fish', label: 'Fish' },
            ],
          },
        },
      },
    },
    {
      id: 'f-topics',
      fieldType: 'INPUT',
      inputOptions: {
        target: 'topics',
        inputType: 'ARRAY',
        arrayOptions: {
          componentType: 'CHECKBOX_GROUP',
          checkboxGroupOptions: {
            label: 'Topics',
            options: [
              { value: 'ai', label: 'AI' },
              { value: 'web', label: 'The web' },
            ],
          },
        },
      },
    },
    {
      id: 'f-source',
      fieldType: 'INPUT',
      hidden: true,
      inputOptions: { target: 'utmSource', inputType: 'STRING', stringOptions: { componentType: 'TEXT_INPUT', textInputOptions: { label: 'Source' } } },
    },
    {
      id: 'f-consent',
      fieldType: 'INPUT',
      inputOptions: {
        target: 'consent',
        inputType: 'BOOLEAN',
        required: true,
        booleanOptions: { componentType: 'CHECKBOX', checkboxOptions: { label: 'I agree to the terms' } },
      },
    },
    {
      id: 'f-ticket',
      fieldType: 'INPUT',
      inputOptions: {
        target: 'ticket',
        inputType: 'PAYMENT',
        paymentOptions: {
          componentType: 'CHECKBOX_GROUP',
          products: [{ id: 'p-day', label: 'Day pass', fixedPriceOptions: { price: '20' } }],
          checkboxGroupOptions: { label: 'Tickets' },
        },
      },
    },
    {
      id: 'f-nolabel',
      fieldType: 'INPUT',
      inputOptions: { target: 'company', inputType: 'STRING', stringOptions: { componentType: 'TEXT_INPUT', textInputOptions: {} } },
    },
  ],
  steps: [
    {
      id: 'step-1',
      name: 'You',
      layout: {
        large: {
          items: [
            { fieldId: 'f-email', row: 1, column: 0 },
            { fieldId: 'f-heading', row: 0, column: 0 },
            { fieldId: 'f-first', row: 0, column: 6 },
            { fieldId: 'f-source', row: 2, column: 0 },
          ],
        },
      },
    },
    {
      id: 'step-2',
      name: 'Preferences',
      layout: {
        large: {
          items: [
            { fieldId: 'f-topics', row: 1, column: 0 },
            { fieldId: 'f-meal', row: 0, column: 0 },
            { fieldId: 'f-consent', row: 3, column: 0 },
            { fieldId: 'f-ticket', row: 2, column: 0 },
          ],
        },
      },
    },
  ],
}
