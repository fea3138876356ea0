import type { FieldOption, FormField, FormLayoutItem, InputType, WixForm } from '../api/wire-types'
import { isRecord } from '../api/is-record'
import { componentOptionsOf, componentTypeOf, labelOfField, typeOptionsOf } from './field-label'

/** One visible input field of a form, as the progress view and prompts need it. */
export interface FormFieldInfo {
  /** The key of the field's value (`currentValues`, `fieldTarget`). */
  target: string
  /** The field's label, or its target when the schema has none. */
  label: string
  /** Whether the schema marks it required (`inputOptions.required === true`). */
  required: boolean
  /** The schema's `inputOptions.inputType`. */
  inputType: InputType
  /** `TEXT_INPUT`, `DROPDOWN`, `RATING_INPUT`…; `''` when the schema has none. */
  componentType: string
  /** The choices of a choice field (radio group, dropdown, checkbox group, payment products). */
  options?: FieldOption[]
  /** The raw schema field. */
  field: FormField
}

/**
 * The form's visible input fields in the order a person filling the form
 * meets them: steps in order, each step's `layout.large.items` by row then
 * column, then the input fields no visible step places, in `formFields`
 * order. Hidden fields, fields placed only on hidden steps, display fields
 * and duplicates are left out.
 */
export function listInputFields(form: WixForm): FormFieldInfo[] {
  const { shown } = layoutOrder(form)
  return uniqueInfos(shown.filter((field) => !field.hidden), new Set())
}

/**
 * The input fields a person filling the form never sees: fields marked
 * `hidden` and fields placed only on hidden steps, in the same order as
 * `listInputFields` (hidden-step fields last, in `formFields` order). Their
 * values come from the site (`currentValues`), not from the person. A target
 * `listInputFields` lists is not repeated here.
 */
export function listHiddenInputFields(form: WixForm): FormFieldInfo[] {
  const { shown, onHiddenStepsOnly } = layoutOrder(form)
  const visibleTargets = new Set(uniqueInfos(shown.filter((field) => !field.hidden), new Set()).map((field) => field.target))
  return uniqueInfos([...shown.filter((field) => field.hidden), ...onHiddenStepsOnly], visibleTargets)
}

/** Schemas come from JSON files and the network: odd entries are skipped, never thrown on. */
function layoutOrder(form: WixForm): { shown: FormField[]; onHiddenStepsOnly: FormField[] } {
  const formFields = Array.isArray(form.formFields) ? form.formFields.filter((field) => isRecord(field) && typeof field.id === 'string') : []
  const byId = new Map<string, FormField>()
  for (const field of formFields) byId.set(field.id, field)

  const shown: FormField[] = []
  const placed = new Set<string>()
  const onHiddenSteps = new Set<string>()
  for (const step of Array.isArray(form.steps) ? form.steps : []) {
    const items = step?.layout?.large?.items
    if (!Array.isArray(items)) continue
    const sorted = items.filter((item): item is FormLayoutItem => isRecord(item)).sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    for (const item of sorted) {
      if (step.hidden) {
        onHiddenSteps.add(item.fieldId)
        continue
      }
      if (placed.has(item.fieldId)) continue
      placed.add(item.fieldId)
      const field = byId.get(item.fieldId)
      if (field) shown.push(field)
    }
  }
  const onHiddenStepsOnly: FormField[] = []
  for (const field of formFields) {
    if (placed.has(field.id)) continue
    if (onHiddenSteps.has(field.id)) onHiddenStepsOnly.push(field)
    else shown.push(field)
  }
  return { shown, onHiddenStepsOnly }
}

function uniqueInfos(fields: readonly FormField[], seenTargets: Set<string>): FormFieldInfo[] {
  const infos: FormFieldInfo[] = []
  for (const field of fields) {
    const info = toFieldInfo(field)
    if (!info || seenTargets.has(info.target)) continue
    seenTargets.add(info.target)
    infos.push(info)
  }
  return infos
}

const fieldsByForm = new WeakMap<WixForm, readonly FormFieldInfo[]>()

/** `listInputFields`, computed once per form object (a schema is treated as immutable). */
export function inputFieldsOf(form: WixForm): readonly FormFieldInfo[] {
  let fields = fieldsByForm.get(form)
  if (!fields) {
    fields = listInputFields(form)
    fieldsByForm.set(form, fields)
  }
  return fields
}

/** The visible input field with this `target`, or `undefined` (unknown, hidden, or not an input). */
export function findFieldInfo(form: WixForm | null | undefined, target: string): FormFieldInfo | undefined {
  return form ? inputFieldsOf(form).find((field) => field.target === target) : undefined
}

function toFieldInfo(field: FormField): FormFieldInfo | undefined {
  const inputOptions = field.inputOptions
  if (field.fieldType !== 'INPUT' || !isRecord(inputOptions) || typeof inputOptions.target !== 'string' || inputOptions.target === '') return undefined
  const options = optionsOf(field)
  return {
    target: inputOptions.target,
    label: labelOfField(field) ?? inputOptions.target,
    required: inputOptions.required === true,
    inputType: inputOptions.inputType,
    componentType: componentTypeOf(inputOptions),
    ...(options ? { options } : {}),
    field,
  }
}

function optionsOf(field: FormField): FieldOption[] | undefined {
  const inputOptions = field.inputOptions
  if (!inputOptions) return undefined
  const own = componentOptionsOf(inputOptions)?.options
  if (Array.isArray(own) && own.length > 0) return own.filter(isFieldOption)
  const products = inputOptions.inputType === 'PAYMENT' ? inputOptions.paymentOptions?.products : undefined
  if (Array.isArray(products) && products.length > 0) {
    return products.filter((product) => typeof product?.id === 'string').map((product) => ({ value: product.id, label: product.label ?? product.id }))
  }
  // Validation `enum` lists the allowed values of a string field that has no labelled options.
  const allowed = (typeOptionsOf(inputOptions)?.validation as { enum?: unknown } | undefined)?.enum
  if (Array.isArray(allowed) && allowed.length > 0 && allowed.every((value) => typeof value === 'string')) {
    return allowed.map((value) => ({ value, label: value }))
  }
  return undefined
}

function isFieldOption(value: unknown): value is FieldOption {
  if (typeof value !== 'object' || value === null) return false
  const option = value as Record<string, unknown>
  return typeof option.value === 'string' && typeof option.label === 'string'
}
