/**
 * The emulator's assistant and the progress panel read the same schema the
 * same way: it asks for the fields the panel lists, in the panel's order
 * (required ones first), and names each by the label the panel shows.
 */
import { describe, expect, it } from 'vitest'
import type { FormField, ResponseChunk, WixForm } from '../../src/api/wire-types'
import { sampleForms } from '../../src/emulator'
import { formFieldList } from '../../src/emulator/form-fields'
import { fieldLabel, listInputFields } from '../../src/form-schema'
import { contactForm as schemaTestForm } from '../form-schema/test-form'
import { create, ofType, send, testEmulator, textOf } from './emulator-driver'

function textField(id: string, target: string, label: string | undefined, required: boolean, extra: Partial<FormField> = {}): FormField {
  return {
    id,
    fieldType: 'INPUT',
    ...extra,
    inputOptions: {
      target,
      inputType: 'STRING',
      required,
      stringOptions: {
        componentType: 'TEXT_INPUT',
        ...(target === 'email' ? { validation: { format: 'EMAIL' } } : {}),
        textInputOptions: label === undefined ? {} : { label },
      },
    },
  }
}

/** A form with a required field placed only on a hidden step, an unlabelled required field, and a hidden field. */
const partnerForm: WixForm = {
  id: '7d0c3f4e-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  name: 'Partner sign-up',
  formFields: [
    textField('f-code', 'internalCode', 'Internal code', true),
    textField('f-company', 'companyName', undefined, true),
    textField('f-email', 'email', 'Email', true),
    textField('f-nickname', 'nickname', 'Nickname', false),
    textField('f-source', 'utmSource', 'Source', false, { hidden: true }),
  ],
  steps: [
    {
      id: 's-about',
      layout: {
        large: {
          items: [
            { fieldId: 'f-nickname', row: 0, column: 0 },
            { fieldId: 'f-company', row: 1, column: 0 },
          ],
        },
      },
    },
    { id: 's-staff', hidden: true, layout: { large: { items: [{ fieldId: 'f-code', row: 0, column: 0 }] } } },
    { id: 's-contact', layout: { large: { items: [{ fieldId: 'f-email', row: 0, column: 0 }] } } },
  ],
}

const ANSWERS: Record<string, string> = { companyName: 'Acme Ltd', email: 'jo@example.com', internalCode: 'X-1', nickname: 'Jo' }

/** Answers whatever the emulator asks until it submits; returns the fields asked and every reply. */
async function converse(form: WixForm): Promise<{ asked: string[]; replies: ResponseChunk[][]; submitted: boolean }> {
  const emulator = testEmulator({ forms: [form] })
  const first = await create(emulator, form.id)
  const id = first.interactiveFormSession.id
  const replies = [first.responseChunks]
  const asked: string[] = []
  for (let turn = 0; turn < 10; turn += 1) {
    const pending = emulator.getSession(id)?.pendingFieldTarget
    if (!pending) break
    asked.push(pending)
    replies.push((await send(emulator, id, ANSWERS[pending] ?? 'skip')).responseChunks)
  }
  return { asked, replies, submitted: emulator.getSession(id)?.status === 'submitted' }
}

describe('the emulator asks for the fields the progress panel lists', () => {
  it('skips a required field placed only on a hidden step, as the panel does, and still submits', async () => {
    const listed = listInputFields(partnerForm)
    expect(listed.map((field) => field.target)).toEqual(['nickname', 'companyName', 'email'])
    const { asked, submitted } = await converse(partnerForm)
    // Required fields first, each group in the panel's order.
    const expected = [...listed.filter((field) => field.required), ...listed.filter((field) => !field.required)].map((field) => field.target)
    expect(asked).toEqual(expected)
    expect(submitted).toBe(true)
  })

  it('names an unlabelled field by the label the panel shows, in the question and in the confirmation', async () => {
    const { replies } = await converse(partnerForm)
    const label = fieldLabel(partnerForm, 'companyName')
    expect(textOf(replies[0] ?? []).toLowerCase()).toContain(`what's your ${label.toLowerCase()}?`)
    const confirmations = replies.flatMap((reply) => ofType(reply, 'TEXT_DATA'))
    expect(confirmations.map((chunk) => chunk.textDataDetails.fieldTarget)).toEqual(['companyName', 'email', 'nickname'])
    for (const chunk of confirmations) {
      const { fieldTarget, text } = chunk.textDataDetails
      expect(text).toBe(`${fieldLabel(partnerForm, fieldTarget)}: ${ANSWERS[fieldTarget]}`)
    }
  })

  it('takes a hidden-step field from currentValues like a hidden field: stored and submitted, never asked or echoed', async () => {
    const emulator = testEmulator({ forms: [partnerForm] })
    const reply = await create(emulator, partnerForm.id, { currentValues: { internalCode: 'X-1', utmSource: 'newsletter' } })
    expect(ofType(reply.responseChunks, 'TEXT_DATA')).toEqual([])
    expect(ofType(reply.responseChunks, 'IMPORTANT_TEXT')).toEqual([])
    const id = reply.interactiveFormSession.id
    await send(emulator, id, 'Acme Ltd')
    await send(emulator, id, 'jo@example.com')
    await send(emulator, id, 'submit')
    expect(emulator.submissions()[0]?.values).toEqual({ companyName: 'Acme Ltd', email: 'jo@example.com', internalCode: 'X-1', utmSource: 'newsletter' })
  })

  it('asks a field that a hidden step and a visible step both place', async () => {
    const form: WixForm = {
      ...partnerForm,
      steps: [...(partnerForm.steps ?? []), { id: 's-late', layout: { large: { items: [{ fieldId: 'f-code', row: 0, column: 0 }] } } }],
    }
    expect(listInputFields(form).map((field) => field.target)).toContain('internalCode')
    expect((await converse(form)).asked).toContain('internalCode')
  })

  it('reads every form as the panel does: same fields, order and labels, less the types it cannot fill', () => {
    for (const form of [...sampleForms, partnerForm, schemaTestForm]) {
      const list = formFieldList(form)
      const unsupported = new Set(list.unsupported.map((item) => item.target))
      const panel = listInputFields(form).filter((field) => !unsupported.has(field.target))
      expect(list.fields.map((field) => [field.target, field.label, field.required]), form.name).toEqual(panel.map((field) => [field.target, field.label, field.required]))
    }
  })
})
