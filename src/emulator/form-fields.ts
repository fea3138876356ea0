/**
 * Walks a Wix form schema into the ordered list of fields the conversation
 * asks about: layout order (`steps` in order, then each step's rows and
 * columns), then any field the layout does not place, in `formFields` order.
 */
import type {
  ArrayValidation,
  FieldOption,
  FormField,
  InputOptions,
  NumberValidation,
  PaymentProduct,
  StringValidation,
  WixForm,
} from '../api/wire-types'
import { keywordsOf } from './extract/text-tools'

export type FieldKind =
  | 'text'
  | 'email'
  | 'phone'
  | 'date'
  | 'number'
  | 'rating'
  | 'single-select'
  | 'multi-select'
  | 'boolean'
  | 'payment'

/** A choice the user can name: `value` is submitted, `label` is shown, `aliases` also match. */
export interface FieldChoice {
  value: string
  label: string
  aliases: string[]
}

/** Which part of a person's name a text field holds. */
export type NameRole = 'first' | 'last' | 'full'

export interface FieldSpec {
  id: string
  target: string
  label: string
  kind: FieldKind
  required: boolean
  /** Hidden fields are never asked but may be pre-filled through `currentValues`. */
  hidden: boolean
  componentType: string
  choices: FieldChoice[]
  customOption?: { label: string; placeholder?: string }
  stringValidation: StringValidation
  numberValidation: NumberValidation
  arrayValidation: ArrayValidation
  products: PaymentProduct[]
  currency?: string
  nameRole?: NameRole
  /** Normalised words of the label and target, to spot "3 guests" or "my company is …". */
  keywords: string[]
}

export interface FormFieldList {
  /** Fields the conversation asks about, in layout order. */
  fields: FieldSpec[]
  /** Hidden input fields: accepted from `currentValues`, never asked. */
  hiddenFields: FieldSpec[]
  /** Input fields the emulator cannot fill (file upload, scheduling, address…), with why. */
  unsupported: Array<{ target: string; reason: string }>
}

/** Reads a form schema into ordered field specs. Never throws on odd schemas: unknown shapes are listed as unsupported. */
export function formFieldList(form: WixForm): FormFieldList {
  const fields: FieldSpec[] = []
  const hiddenFields: FieldSpec[] = []
  const unsupported: FormFieldList['unsupported'] = []
  const seenTargets = new Set<string>()
  for (const field of orderedFields(form)) {
    if (field.fieldType !== 'INPUT' || !field.inputOptions || typeof field.inputOptions.target !== 'string') continue
    const target = field.inputOptions.target
    if (seenTargets.has(target)) continue
    seenTargets.add(target)
    const spec = fieldSpec(field, field.inputOptions)
    if (typeof spec === 'string') {
      unsupported.push({ target, reason: spec })
      continue
    }
    if (spec.hidden) hiddenFields.push(spec)
    else fields.push(spec)
  }
  return { fields, hiddenFields, unsupported }
}

function orderedFields(form: WixForm): FormField[] {
  const formFields = Array.isArray(form.formFields) ? form.formFields : []
  const byId = new Map(formFields.filter((field) => typeof field?.id === 'string').map((field) => [field.id, field]))
  const ordered: FormField[] = []
  const placed = new Set<string>()
  for (const step of Array.isArray(form.steps) ? form.steps : []) {
    const items = step?.layout?.large?.items
    if (!Array.isArray(items)) continue
    const sorted = [...items].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    for (const item of sorted) {
      const field = byId.get(item.fieldId)
      if (!field || placed.has(field.id)) continue
      placed.add(field.id)
      ordered.push(field)
    }
  }
  for (const field of formFields) {
    if (field && !placed.has(field.id)) ordered.push(field)
  }
  return ordered
}

const TEXT_COMPONENTS_WITH_CHOICES = new Set(['RADIO_GROUP', 'DROPDOWN'])
const DATE_COMPONENTS = new Set(['DATE_INPUT', 'DATE_PICKER'])

function fieldSpec(field: FormField, input: InputOptions): FieldSpec | string {
  const base = {
    id: field.id,
    target: input.target,
    required: input.required === true,
    hidden: field.hidden === true,
    stringValidation: {},
    numberValidation: {},
    arrayValidation: {},
    products: [],
  }
  switch (input.inputType) {
    case 'STRING': {
      const options = input.stringOptions
      const componentType = options?.componentType ?? 'TEXT_INPUT'
      const component = componentOptions(options)
      const validation = options?.validation ?? {}
      const format = validation.format
      let kind: FieldKind = 'text'
      if (TEXT_COMPONENTS_WITH_CHOICES.has(componentType)) kind = 'single-select'
      else if (format === 'EMAIL') kind = 'email'
      else if (format === 'PHONE' || componentType === 'PHONE_INPUT') kind = 'phone'
      else if (format === 'DATE' || DATE_COMPONENTS.has(componentType)) kind = 'date'
      const choices = kind === 'single-select' ? choicesOf(component.options, validation.enum) : []
      return finish({ ...base, kind, componentType, label: labelOf(component, input.target), choices, stringValidation: validation }, component)
    }
    case 'NUMBER': {
      const options = input.numberOptions
      const componentType = options?.componentType ?? 'NUMBER_INPUT'
      const component = componentOptions(options)
      const validation: NumberValidation = { ...(options?.validation ?? {}) }
      const kind: FieldKind = componentType === 'RATING_INPUT' ? 'rating' : 'number'
      if (kind === 'rating') {
        // A rating widget is a row of stars: whole numbers, 1 to 5 unless the schema says otherwise.
        validation.minimum ??= 1
        validation.maximum ??= 5
        validation.multipleOf ??= 1
      }
      return finish({ ...base, kind, componentType, label: labelOf(component, input.target), choices: [], numberValidation: validation }, component)
    }
    case 'BOOLEAN': {
      const options = input.booleanOptions
      const component = componentOptions(options)
      return finish(
        {
          ...base,
          kind: 'boolean',
          componentType: options?.componentType ?? 'CHECKBOX',
          label: labelOf(component, input.target),
          choices: [
            { value: 'true', label: 'Yes', aliases: [] },
            { value: 'false', label: 'No', aliases: [] },
          ],
        },
        component,
      )
    }
    case 'ARRAY': {
      const options = input.arrayOptions
      const component = componentOptions(options)
      return finish(
        {
          ...base,
          kind: 'multi-select',
          componentType: options?.componentType ?? 'CHECKBOX_GROUP',
          label: labelOf(component, input.target),
          choices: choicesOf(component.options, undefined),
          arrayValidation: options?.validation ?? {},
        },
        component,
      )
    }
    case 'PAYMENT': {
      const options = input.paymentOptions
      const component = componentOptions(options)
      const products = Array.isArray(options?.products) ? options.products.filter((product) => typeof product?.id === 'string') : []
      if (products.length === 0) return 'a PAYMENT field without products'
      const currency = typeof options?.currency === 'string' ? options.currency : undefined
      const labels = new Map(choicesOf(component.options, undefined).map((choice) => [choice.value, choice.label]))
      const choices = products.map((product) => {
        const name = product.label ?? labels.get(product.id) ?? product.id
        return { value: product.id, label: `${name} (${priceText(product, currency)})`, aliases: [name] }
      })
      const spec: FieldSpec = finish(
        {
          ...base,
          kind: 'payment',
          componentType: options?.componentType ?? 'CHECKBOX_GROUP',
          label: labelOf(component, input.target),
          choices,
          products,
          arrayValidation: options?.validation ?? {},
        },
        component,
      )
      if (currency !== undefined) spec.currency = currency
      return spec
    }
    default:
      return `input type ${String(input.inputType)} is not supported by the emulator`
  }
}

type SpecDraft = Omit<FieldSpec, 'keywords' | 'nameRole' | 'customOption'>

function finish(draft: SpecDraft, component: ComponentOptionsLike): FieldSpec {
  const spec: FieldSpec = { ...draft, keywords: keywordsOf(`${draft.label} ${splitCamel(draft.target)}`) }
  const custom = component.customOption
  if (custom && typeof custom === 'object' && typeof custom.label === 'string' && (spec.kind === 'single-select' || spec.kind === 'multi-select')) {
    spec.customOption = typeof custom.placeholder === 'string' ? { label: custom.label, placeholder: custom.placeholder } : { label: custom.label }
  }
  if (spec.kind === 'text') {
    const role = nameRoleOf(spec)
    if (role) spec.nameRole = role
  }
  return spec
}

interface ComponentOptionsLike {
  label?: unknown
  options?: unknown
  customOption?: { label?: unknown; placeholder?: unknown } | undefined
}

/** The component's own options object (`textInputOptions`, `radioGroupOptions`, …): the first nested object with a label or options. */
function componentOptions(options: Record<string, unknown> | undefined): ComponentOptionsLike {
  if (!options) return {}
  for (const [key, value] of Object.entries(options)) {
    if (key === 'validation' || key === 'products' || !key.endsWith('Options')) continue
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as ComponentOptionsLike
  }
  return {}
}

function labelOf(component: ComponentOptionsLike, target: string): string {
  if (typeof component.label === 'string' && component.label.trim() !== '') return component.label.trim()
  const words = splitCamel(target).trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function choicesOf(options: unknown, enumValues: string[] | undefined): FieldChoice[] {
  if (Array.isArray(options)) {
    return options
      .filter((option): option is FieldOption => typeof option?.value === 'string')
      .map((option) => ({ value: option.value, label: typeof option.label === 'string' ? option.label : option.value, aliases: [] }))
  }
  return (enumValues ?? []).map((value) => ({ value, label: value, aliases: [] }))
}

function priceText(product: PaymentProduct, currency: string | undefined): string {
  const suffix = currency ? ` ${currency}` : ''
  if (product.fixedPriceOptions?.price !== undefined) return `${product.fixedPriceOptions.price}${suffix}`
  const dynamic = product.dynamicPriceOptions
  if (dynamic) return dynamic.maxPrice ? `${dynamic.minPrice}–${dynamic.maxPrice}${suffix}` : `from ${dynamic.minPrice}${suffix}`
  return 'price on checkout'
}

function nameRoleOf(spec: FieldSpec): NameRole | undefined {
  const words = new Set(spec.keywords)
  if (words.has('surname')) return 'last'
  if (!words.has('name') || words.has('company') || words.has('business') || words.has('organization') || words.has('event')) return undefined
  if (words.has('first') || words.has('given')) return 'first'
  if (words.has('last') || words.has('family')) return 'last'
  return 'full'
}

function splitCamel(target: string): string {
  return target.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase()
}

/** Whether a field's value counts as given (empty strings and lists do not). */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  return true
}
