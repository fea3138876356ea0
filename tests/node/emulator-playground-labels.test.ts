// @vitest-environment node
/**
 * The playground's submissions panel names each stored value the way the
 * widget's progress panel names its field (`src/form-schema`), reading the
 * forms the emulator lists at `/_emulator/forms`.
 */
import { describe, expect, it } from 'vitest'
import { parseForms } from '../../demo/emulator-api'
import type { WixForm } from '../../src/api/wire-types'
import { createEmulator, sampleForms } from '../../src/emulator'
import { fieldLabel } from '../../src/form-schema'

const form: WixForm = {
  id: 'labels-form',
  name: 'Labels',
  formFields: [
    {
      id: 'f-company',
      identifier: 'company_name_7f2a',
      fieldType: 'INPUT',
      inputOptions: { target: 'companyName', inputType: 'STRING', stringOptions: { componentType: 'TEXT_INPUT', textInputOptions: {} } },
    },
    {
      id: 'f-plan',
      fieldType: 'INPUT',
      inputOptions: {
        target: 'plan',
        inputType: 'STRING',
        stringOptions: {
          componentType: 'DROPDOWN',
          dropdownOptions: { label: 'Plan', options: [{ value: 'pro', label: 'Professional' }] },
        },
      },
    },
    {
      id: 'f-source',
      fieldType: 'INPUT',
      hidden: true,
      inputOptions: { target: 'utmSource', inputType: 'STRING', stringOptions: { componentType: 'TEXT_INPUT', textInputOptions: { label: 'Source' } } },
    },
  ],
}

async function listedForms(forms: readonly WixForm[]) {
  const emulator = createEmulator({ forms })
  return parseForms(await (await emulator.fetch('http://emulator.test/_emulator/forms')).json())
}

describe('the playground’s field labels', () => {
  it('are the widget’s labels: an unlabelled field shows its target, not its identifier', async () => {
    const [summary] = await listedForms([form])
    expect(summary?.fields.get('companyName')?.label).toBe(fieldLabel(form, 'companyName'))
    expect(summary?.fields.get('companyName')?.label).toBe('companyName')
  })

  it('cover hidden fields too, since submissions carry their values, and map option values to labels', async () => {
    const [summary] = await listedForms([form])
    expect(summary?.fields.get('utmSource')?.label).toBe('Source')
    expect(summary?.fields.get('plan')?.optionLabels.get('pro')).toBe('Professional')
  })

  it('match fieldLabel for every field of every sample form', async () => {
    for (const summary of await listedForms(sampleForms)) {
      const sample = sampleForms.find((candidate) => candidate.id === summary.id)
      expect(sample).toBeDefined()
      for (const [target, field] of summary.fields) expect(field.label, `${summary.name}: ${target}`).toBe(fieldLabel(sample, target))
      expect(summary.fields.size).toBe(sample?.formFields.filter((field) => field.fieldType === 'INPUT').length)
    }
  })
})
