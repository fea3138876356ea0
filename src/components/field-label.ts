import type { FormField, WixForm } from '../api/wire-types'

/**
 * The human label of the form field whose `target` is given, dug out of
 * `inputOptions.<type>Options.<component>Options.label` (e.g.
 * `stringOptions.textInputOptions.label`, `arrayOptions.checkboxGroupOptions.label`);
 * the target itself when the form is unknown or the field has no label.
 */
export function fieldLabel(form: WixForm | null | undefined, target: string): string {
  const field = form?.formFields.find((candidate) => candidate.inputOptions?.target === target)
  return (field && labelOf(field)) || target
}

function labelOf(field: FormField): string | undefined {
  const inputOptions = field.inputOptions
  if (!inputOptions) return undefined
  for (const [key, typeOptions] of Object.entries(inputOptions)) {
    if (!key.endsWith('Options') || !isRecord(typeOptions)) continue
    // The options of the field's own component first (TEXT_INPUT → textInputOptions), then any other.
    const componentKey = typeof typeOptions.componentType === 'string' ? componentOptionsKey(typeOptions.componentType) : undefined
    const preferred = componentKey ? typeOptions[componentKey] : undefined
    const label = labelIn(preferred) ?? labelIn(typeOptions)
    if (label) return label
    for (const [innerKey, componentOptions] of Object.entries(typeOptions)) {
      if (innerKey.endsWith('Options')) {
        const inner = labelIn(componentOptions)
        if (inner) return inner
      }
    }
  }
  return undefined
}

/** `CHECKBOX_GROUP` → `checkboxGroupOptions`. */
function componentOptionsKey(componentType: string): string {
  const words = componentType.toLowerCase().split('_').filter(Boolean)
  return words.map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('') + 'Options'
}

function labelIn(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined
  const label = value.label
  return typeof label === 'string' && label.trim() !== '' ? label.trim() : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
