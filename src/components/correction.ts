/**
 * Editing a captured value: which editor a field gets, its number rules, and
 * the words of the correction turn. Pure, no React.
 */
import type { FieldOption, JsonValue } from '../api/wire-types'
import { typeOptionsOf } from '../form-schema/field-label'
import type { FormFieldInfo } from '../form-schema/list-input-fields'
import type { Labels } from './labels'
import type { NumberRules } from './number-rules'

/**
 * - `text`: a text box (`email`, `tel`, `url` or `date` keyboard by the field's format);
 * - `number`: a number box checked against the field's min / max / multiple;
 * - `one`: a select of the field's options;
 * - `many`: a checkbox per option (checkbox groups, tags, products);
 * - `boolean`: Yes / No.
 */
export type EditorKind = 'text' | 'number' | 'one' | 'many' | 'boolean'

/** The editor a field gets, or `null` when the chat cannot edit it (read-only, files, addresses, scheduling…). */
export function editorKindOf(info: FormFieldInfo): EditorKind | null {
  if (info.field.inputOptions?.readOnly) return null
  switch (info.inputType) {
    case 'STRING':
      return info.options && info.options.length > 0 ? 'one' : 'text'
    case 'NUMBER':
      return 'number'
    case 'BOOLEAN':
      return 'boolean'
    case 'ARRAY':
    case 'PAYMENT':
      return info.options && info.options.length > 0 ? 'many' : null
    default:
      return null
  }
}

/** The `<input type>` of a text field, by its validation format or date component. */
export function textInputTypeOf(info: FormFieldInfo): 'text' | 'email' | 'tel' | 'url' | 'date' {
  const typeOptions = info.field.inputOptions ? typeOptionsOf(info.field.inputOptions) : undefined
  const format = (typeOptions?.validation as { format?: unknown } | undefined)?.format
  if (format === 'EMAIL') return 'email'
  if (format === 'PHONE' || info.componentType === 'PHONE_INPUT') return 'tel'
  if (format === 'URL') return 'url'
  if (format === 'DATE' || info.componentType === 'DATE_INPUT' || info.componentType === 'DATE_PICKER') return 'date'
  return 'text'
}

/** The limits of a number field from its schema validation. */
export function numberRulesOfField(info: FormFieldInfo): NumberRules {
  const typeOptions = info.field.inputOptions ? typeOptionsOf(info.field.inputOptions) : undefined
  const validation = (typeOptions?.validation ?? {}) as { minimum?: unknown; maximum?: unknown; multipleOf?: unknown }
  const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)
  const multipleOf = finite(validation.multipleOf)
  return {
    min: finite(validation.minimum),
    max: finite(validation.maximum),
    maxExclusive: false,
    multipleOf: multipleOf !== undefined && multipleOf > 0 ? multipleOf : undefined,
  }
}

/** The editor's starting text for a value (numbers and text as typed, options by value). */
export function editorTextOf(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return ''
}

/** The chosen option values of a list value. */
export function editorChoicesOf(value: JsonValue | undefined): string[] {
  if (Array.isArray(value)) return value.filter((entry): entry is string => typeof entry === 'string')
  return typeof value === 'string' && value !== '' ? [value] : []
}

/** A value in words, for the correction message: option labels, Yes / No, the text itself. */
export function describeValue(value: JsonValue, options: readonly FieldOption[] | undefined, labels: Labels): string {
  if (typeof value === 'boolean') return value ? labels.yes : labels.no
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return options?.find((option) => option.value === value)?.label ?? value
  if (Array.isArray(value)) return labels.joinList(value.map((entry) => describeValue(entry, options, labels)))
  return value === null ? '' : JSON.stringify(value)
}

/** Whether two values are the same (so saving would change nothing). */
export function sameValue(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((entry, index) => sameValue(entry, b[index]))
  return Object.is(a, b)
}
