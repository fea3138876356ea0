/**
 * The emulator's own endpoints (`/_emulator/*`), read by the playground page.
 * Not part of the Wix API: they let a developer see what a conversation stored.
 */
import type { FormField } from '../src/api/wire-types'
import type { EmulatorSubmission } from '../src/emulator'

export type { EmulatorSubmission }

/** What the submissions panel needs to show a field's value in words. */
export interface FieldDescription {
  label: string
  /** Option value (or product id) → its label. */
  optionLabels: ReadonlyMap<string, string>
}

export interface EmulatorFormSummary {
  id: string
  name: string
  /** By field target, when the emulator lists the fields. */
  fields: ReadonlyMap<string, FieldDescription>
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function listOf(body: unknown, key: string): unknown[] {
  if (Array.isArray(body)) return body
  if (isRecord(body) && Array.isArray(body[key])) return body[key] as unknown[]
  throw new Error(`unexpected reply: expected a list of ${key}`)
}

function describeFields(fields: unknown): Map<string, FieldDescription> {
  const described = new Map<string, FieldDescription>()
  if (!Array.isArray(fields)) return described
  for (const field of fields as FormField[]) {
    const input = field.inputOptions
    if (!input || typeof input.target !== 'string') continue
    let label: string | undefined
    const optionLabels = new Map<string, string>()
    // `<type>Options` holds the component's options object (`textInputOptions`, `radioGroupOptions`…) beside the validation.
    for (const typed of [input.stringOptions, input.numberOptions, input.booleanOptions, input.arrayOptions, input.paymentOptions]) {
      if (!typed) continue
      for (const component of Object.values(typed)) {
        if (!isRecord(component)) continue
        if (typeof component.label === 'string' && component.label !== '') label ??= component.label
        if (Array.isArray(component.options)) {
          for (const option of component.options) {
            if (isRecord(option) && typeof option.value === 'string' && typeof option.label === 'string') optionLabels.set(option.value, option.label)
          }
        }
      }
    }
    for (const product of input.paymentOptions?.products ?? []) {
      if (product.label) optionLabels.set(product.id, product.label)
    }
    described.set(input.target, { label: label ?? field.identifier ?? input.target, optionLabels })
  }
  return described
}

export function parseForms(body: unknown): EmulatorFormSummary[] {
  return listOf(body, 'forms').flatMap((item) => {
    if (!isRecord(item) || typeof item.id !== 'string') return []
    const name = typeof item.name === 'string' && item.name !== '' ? item.name : item.id
    return [{ id: item.id, name, fields: describeFields(item.formFields) }]
  })
}

export function parseSubmissions(body: unknown): EmulatorSubmission[] {
  return listOf(body, 'submissions').flatMap((item) => {
    if (!isRecord(item) || typeof item.submissionId !== 'string' || typeof item.formId !== 'string') return []
    return [
      {
        submissionId: item.submissionId,
        formId: item.formId,
        values: isRecord(item.values) ? (item.values as EmulatorSubmission['values']) : {},
        dryRun: item.dryRun === true,
        ...(typeof item.checkoutId === 'string' ? { checkoutId: item.checkoutId } : {}),
        createdDate: typeof item.createdDate === 'string' ? item.createdDate : '',
      },
    ]
  })
}

async function getJson(path: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(path, { signal, headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`${path} answered HTTP ${response.status}`)
  return response.json()
}

export const EMULATOR_FORMS_PATH = '/_emulator/forms'
/** Dry runs included: the playground shows them too, marked as such. */
export const EMULATOR_SUBMISSIONS_PATH = '/_emulator/submissions?includeDryRuns=true'

export async function fetchForms(signal: AbortSignal): Promise<EmulatorFormSummary[]> {
  return parseForms(await getJson(EMULATOR_FORMS_PATH, signal))
}

export async function fetchSubmissions(signal: AbortSignal): Promise<EmulatorSubmission[]> {
  return parseSubmissions(await getJson(EMULATOR_SUBMISSIONS_PATH, signal))
}
