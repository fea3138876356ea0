import type { FormField, InputOptions, InputType, WixForm } from '../api/wire-types'
import { isRecord } from '../api/is-record'

/** The key of each input type's options object in `inputOptions`. */
const TYPE_OPTIONS_KEY: Record<InputType, string> = {
  STRING: 'stringOptions',
  NUMBER: 'numberOptions',
  BOOLEAN: 'booleanOptions',
  ARRAY: 'arrayOptions',
  OBJECT: 'objectOptions',
  WIX_FILE: 'wixFileOptions',
  PAYMENT: 'paymentOptions',
  SCHEDULING: 'schedulingOptions',
  ADDRESS: 'addressOptions',
}

/** `inputOptions.<type>Options`, e.g. `stringOptions` for a `STRING` field. */
export function typeOptionsOf(inputOptions: InputOptions): Record<string, unknown> | undefined {
  if (typeof inputOptions.inputType !== 'string') return undefined
  const key = TYPE_OPTIONS_KEY[inputOptions.inputType] ?? `${inputOptions.inputType.toLowerCase()}Options`
  const value = inputOptions[key]
  return isRecord(value) ? value : undefined
}

/**
 * The component's own options, e.g. `stringOptions.textInputOptions` for a
 * `TEXT_INPUT`: the key is the camel-cased `componentType` plus `Options`.
 * When that key is absent (a component this library does not know yet), the
 * first nested object that carries a `label` is used instead.
 */
export function componentOptionsOf(inputOptions: InputOptions): Record<string, unknown> | undefined {
  const typeOptions = typeOptionsOf(inputOptions)
  if (!typeOptions) return undefined
  const componentType = typeof typeOptions.componentType === 'string' ? typeOptions.componentType : undefined
  if (componentType) {
    const own = typeOptions[`${camelCase(componentType)}Options`]
    if (isRecord(own)) return own
  }
  for (const [key, value] of Object.entries(typeOptions)) {
    if (key !== 'validation' && isRecord(value) && nonBlank(value.label) !== undefined) return value
  }
  return undefined
}

/** The component type (`TEXT_INPUT`, `RATING_INPUT`, …), or `''` when the schema has none. */
export function componentTypeOf(inputOptions: InputOptions): string {
  const componentType = typeOptionsOf(inputOptions)?.componentType
  return typeof componentType === 'string' ? componentType : ''
}

/** The label a field shows (trimmed), or `undefined` when its schema has none or only a blank one. */
export function labelOfField(field: FormField): string | undefined {
  if (!field.inputOptions) return undefined
  return nonBlank(componentOptionsOf(field.inputOptions)?.label) ?? nonBlank(typeOptionsOf(field.inputOptions)?.label)
}

/** The input field with this `target`, hidden or not. */
export function findInputField(form: WixForm, target: string): FormField | undefined {
  return Array.isArray(form.formFields) ? form.formFields.find((field) => field?.inputOptions?.target === target) : undefined
}

/**
 * The human label of the field a `target` names (what `fieldTarget` in a
 * chunk refers to), falling back to the target itself when the form has no
 * such field or the field has no label.
 */
export function fieldLabel(form: WixForm | null | undefined, target: string): string {
  const field = form ? findInputField(form, target) : undefined
  return (field && labelOfField(field)) ?? target
}

function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

function camelCase(constantCase: string): string {
  return constantCase.toLowerCase().replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase())
}

