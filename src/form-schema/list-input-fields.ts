import type { FieldOption, FormField, InputType, WixForm } from '../api/wire-types'
import { componentOptionsOf, componentTypeOf, labelOfField, typeOptionsOf } from './field-label'

/** One visible input field of a form, as the progress view and prompts need it. */
export interface FormFieldInfo {
  /** The key of the field's value (`currentValues`, `fieldTarget`). */
  target: string
  /** The field's label, or its target when the schema has none. */
  label: string
  required: boolean
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
  const byId = new Map<string, FormField>()
  for (const field of form.formFields) byId.set(field.id, field)

  const ordered: FormField[] = []
  const placed = new Set<string>()
  const onHiddenSteps = new Set<string>()
  for (const step of form.steps ?? []) {
    const items = [...(step.layout?.large?.items ?? [])].sort((a, b) => a.row - b.row || a.column - b.column)
    for (const item of items) {
      if (step.hidden) {
        onHiddenSteps.add(item.fieldId)
        continue
      }
      if (placed.has(item.fieldId)) continue
      placed.add(item.fieldId)
      const field = byId.get(item.fieldId)
      if (field) ordered.push(field)
    }
  }
  for (const field of form.formFields) {
    if (!placed.has(field.id) && !onHiddenSteps.has(field.id)) ordered.push(field)
  }

  const seenTargets = new Set<string>()
  const fields: FormFieldInfo[] = []
  for (const field of ordered) {
    const info = toFieldInfo(field)
    if (!info || seenTargets.has(info.target)) continue
    seenTargets.add(info.target)
    fields.push(info)
  }
  return fields
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
  if (field.fieldType !== 'INPUT' || field.hidden || !inputOptions || !inputOptions.target) return undefined
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
  if (products && products.length > 0) return products.map((product) => ({ value: product.id, label: product.label ?? product.id }))
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
