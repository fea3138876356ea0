import { describe, expectTypeOf, it } from 'vitest'
import { createInteractiveFormClient } from '../../src/api/client'
import type { WixForm } from '../../src/api/wire-types'
import { de } from '../../src/locales'
import { useFormProgress } from '../../src/progress'
import type { FieldProgressState, FormProgressSnapshot, FormSchemaSource, UseFormProgressOptions } from '../../src/progress'

describe('useFormProgress types', () => {
  it('returns the snapshot: read-only fields, counts and a percentage', () => {
    expectTypeOf(useFormProgress).returns.toEqualTypeOf<FormProgressSnapshot>()
    expectTypeOf<FormProgressSnapshot['fields']>().toExtend<readonly unknown[]>()
    expectTypeOf<FormProgressSnapshot['fields'][number]['state']>().toEqualTypeOf<FieldProgressState>()
    expectTypeOf<FormProgressSnapshot['percent']>().toEqualTypeOf<number>()
    expectTypeOf<FormProgressSnapshot['formKnown']>().toEqualTypeOf<boolean>()
  })

  it('takes a widget label set as its value words', () => {
    expectTypeOf(useFormProgress).toBeCallableWith({ valueWords: de })
    expectTypeOf(useFormProgress).toBeCallableWith({ valueWords: { lang: 'fr', yes: 'Oui', no: 'Non' } })
    // @ts-expect-error the words need all three
    useFormProgress({ valueWords: { lang: 'fr' } })
  })

  it('takes no options, or a form, a schema source (the API client fits) and callbacks', () => {
    expectTypeOf(useFormProgress).toBeCallableWith()
    expectTypeOf(useFormProgress).toBeCallableWith({ client: createInteractiveFormClient(), confirmedOnly: true, onFormError: (error: unknown) => void error })
    expectTypeOf(useFormProgress).toBeCallableWith({ form: null })
    expectTypeOf<UseFormProgressOptions['form']>().toEqualTypeOf<WixForm | null | undefined>()
    expectTypeOf<UseFormProgressOptions['client']>().toEqualTypeOf<FormSchemaSource | undefined>()
    // @ts-expect-error a schema source fetches by form id; a plain function is not one
    useFormProgress({ client: (formId: string) => Promise.resolve({ id: formId, formFields: [] }) })
    // @ts-expect-error confirmedOnly is a boolean
    useFormProgress({ confirmedOnly: 'yes' })
  })
})
