/**
 * The emulator's own endpoints (`/_emulator/*`), read by the playground page.
 * Not part of the Wix API: they let a developer see what a conversation stored.
 */
import { isRecord } from '../src/api/is-record'
import type { WixForm } from '../src/api/wire-types'
import type { EmulatorSubmission } from '../src/emulator'
import { listHiddenInputFields, listInputFields } from '../src/form-schema/list-input-fields'

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

function listOf(body: unknown, key: string): unknown[] {
  if (Array.isArray(body)) return body
  if (isRecord(body) && Array.isArray(body[key])) return body[key] as unknown[]
  throw new Error(`unexpected reply: expected a list of ${key}`)
}

/** Labels and option labels as the widget's progress panel reads them; hidden fields too, since submissions carry their values. */
function describeFields(form: WixForm): Map<string, FieldDescription> {
  const described = new Map<string, FieldDescription>()
  for (const field of [...listInputFields(form), ...listHiddenInputFields(form)]) {
    const optionLabels = new Map((field.options ?? []).map((option) => [option.value, option.label]))
    described.set(field.target, { label: field.label, optionLabels })
  }
  return described
}

export function parseForms(body: unknown): EmulatorFormSummary[] {
  return listOf(body, 'forms').flatMap((item) => {
    if (!isRecord(item) || typeof item.id !== 'string') return []
    const name = typeof item.name === 'string' && item.name !== '' ? item.name : item.id
    // The form-schema readers skip what they cannot read, so a partial schema still gets its labels.
    return [{ id: item.id, name, fields: describeFields(item as WixForm) }]
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
