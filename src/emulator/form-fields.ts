/**
 * The fields the conversation asks about, read through `src/form-schema` so
 * the assistant asks for what the progress panel lists, in its order and by
 * its label; this module adds what the conversation needs on top (the kind
 * of answer, choices with prices, validation, name roles).
 */
import type { ArrayValidation, FieldOption, NumberValidation, PaymentProduct, StringValidation, WixForm } from '../api/wire-types'
import { componentOptionsOf } from '../form-schema/field-label'
import { listHiddenInputFields, listInputFields, type FormFieldInfo } from '../form-schema/list-input-fields'
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
  /** Fields the conversation asks about: `listInputFields` (layout order), less the unsupported ones. */
  fields: FieldSpec[]
  /** Fields the person never sees (hidden, or only on hidden steps): accepted from `currentValues`, never asked. */
  hiddenFields: FieldSpec[]
  /** Input fields the emulator cannot fill (file upload, scheduling, address…), with why. */
  unsupported: Array<{ target: string; reason: string }>
}

/** Reads a form schema into ordered field specs. Never throws on odd schemas: unknown shapes are listed as unsupported. */
export function formFieldList(form: WixForm): FormFieldList {
  const list: FormFieldList = { fields: [], hiddenFields: [], unsupported: [] }
  const add = (info: FormFieldInfo, hidden: boolean) => {
    const spec = fieldSpec(info, hidden)
    if (typeof spec === 'string') list.unsupported.push({ target: info.target, reason: spec })
    else if (hidden) list.hiddenFields.push(spec)
    else list.fields.push(spec)
  }
  for (const info of listInputFields(form)) add(info, false)
  for (const info of listHiddenInputFields(form)) add(info, true)
  return list
}

const TEXT_COMPONENTS_WITH_CHOICES = new Set(['RADIO_GROUP', 'DROPDOWN'])
const DATE_COMPONENTS = new Set(['DATE_INPUT', 'DATE_PICKER'])

function fieldSpec(info: FormFieldInfo, hidden: boolean): FieldSpec | string {
  const input = info.field.inputOptions
  if (!input) return 'a field without inputOptions'
  const component: ComponentOptionsLike = componentOptionsOf(input) ?? {}
  const base = {
    id: info.field.id,
    target: info.target,
    label: info.label,
    required: info.required,
    hidden,
    stringValidation: {},
    numberValidation: {},
    arrayValidation: {},
    products: [],
  }
  switch (input.inputType) {
    case 'STRING': {
      const componentType = info.componentType || 'TEXT_INPUT'
      const validation = input.stringOptions?.validation ?? {}
      const format = validation.format
      let kind: FieldKind = 'text'
      if (TEXT_COMPONENTS_WITH_CHOICES.has(componentType)) kind = 'single-select'
      else if (format === 'EMAIL') kind = 'email'
      else if (format === 'PHONE' || componentType === 'PHONE_INPUT') kind = 'phone'
      else if (format === 'DATE' || DATE_COMPONENTS.has(componentType)) kind = 'date'
      const choices = kind === 'single-select' ? choicesOf(info.options) : []
      return finish({ ...base, kind, componentType, choices, stringValidation: validation }, component)
    }
    case 'NUMBER': {
      const componentType = info.componentType || 'NUMBER_INPUT'
      const validation: NumberValidation = { ...(input.numberOptions?.validation ?? {}) }
      const kind: FieldKind = componentType === 'RATING_INPUT' ? 'rating' : 'number'
      if (kind === 'rating') {
        // A rating widget is a row of stars: whole numbers, 1 to 5 unless the schema says otherwise.
        validation.minimum ??= 1
        validation.maximum ??= 5
        validation.multipleOf ??= 1
      }
      return finish({ ...base, kind, componentType, choices: [], numberValidation: validation }, component)
    }
    case 'BOOLEAN':
      return finish(
        {
          ...base,
          kind: 'boolean',
          componentType: info.componentType || 'CHECKBOX',
          choices: [
            { value: 'true', label: 'Yes', aliases: [] },
            { value: 'false', label: 'No', aliases: [] },
          ],
        },
        component,
      )
    case 'ARRAY':
      return finish(
        {
          ...base,
          kind: 'multi-select',
          componentType: info.componentType || 'CHECKBOX_GROUP',
          choices: choicesOf(info.options),
          arrayValidation: input.arrayOptions?.validation ?? {},
        },
        component,
      )
    case 'PAYMENT': {
      const options = input.paymentOptions
      const products = Array.isArray(options?.products) ? options.products.filter((product) => typeof product?.id === 'string') : []
      if (products.length === 0) return 'a PAYMENT field without products'
      const currency = typeof options?.currency === 'string' ? options.currency : undefined
      const labels = new Map(choicesOf(Array.isArray(component.options) ? component.options : undefined).map((choice) => [choice.value, choice.label]))
      const choices = products.map((product) => {
        const name = product.label ?? labels.get(product.id) ?? product.id
        return { value: product.id, label: `${name} (${priceText(product, currency)})`, aliases: [name] }
      })
      const spec: FieldSpec = finish(
        {
          ...base,
          kind: 'payment',
          componentType: info.componentType || 'CHECKBOX_GROUP',
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

function choicesOf(options: readonly unknown[] | undefined): FieldChoice[] {
  return (options ?? [])
    .filter((option): option is FieldOption => typeof (option as FieldOption | null)?.value === 'string')
    .map((option) => ({ value: option.value, label: typeof option.label === 'string' ? option.label : option.value, aliases: [] }))
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
