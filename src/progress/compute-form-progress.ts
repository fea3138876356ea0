/**
 * The form's progress: each visible input field's state and a figure over
 * the required fields. Pure, no React.
 */
import type { FieldOption, InputType, JsonValue, WixForm } from '../api/wire-types'
import { inputFieldsOf } from '../form-schema/list-input-fields'
import type { CapturedValue, SessionState } from '../store/session-state'
import { collectFieldNotes, isProblemNote, noteOf } from './field-notes'
import type { ConfirmedValues, FieldNotes } from './field-notes'
import { isEmptyValue } from './is-empty-value'

/**
 * - `empty`: no value yet;
 * - `captured`: a value is known (`displayValue` tells it);
 * - `attention`: the assistant flagged a problem (`message` tells it) and no value came after it.
 *
 * A requirement the assistant stated for a field nobody had filled (an
 * `IMPORTANT_TEXT` that is not about a value or the user's try at it) is not
 * a state: it shows as the field's `hint`. See `field-notes.ts` for the rule.
 */
export type FieldProgressState = 'empty' | 'captured' | 'attention'

/** One visible input field's progress. */
export interface FieldProgress {
  /** The field's `target` (the key of its value). */
  target: string
  /** The field's label, or its target when the schema has none. */
  label: string
  /** Whether the form requires the field. */
  required: boolean
  /** Where the field stands (see `FieldProgressState`). */
  state: FieldProgressState
  /** The captured value in words: the server's `displayValue`, else the option label or the value itself. */
  displayValue?: string
  /** The captured value itself (what `currentValues` would carry). */
  value?: JsonValue
  /** Why the field needs attention (the `IMPORTANT_TEXT` or `ERROR` text); only in the `attention` state. */
  message?: string
  /** A requirement the assistant stated for the field before anyone filled it (the `IMPORTANT_TEXT` text); never with `message`. */
  hint?: string
  /** The field's `inputType` from the schema. */
  inputType: InputType
  /** The field's component (`TEXT_INPUT`, `DROPDOWN`…); `''` when the schema has none. */
  componentType: string
}

/** What `computeFormProgress` (and `useFormProgress`) return. */
export interface FormProgressSnapshot {
  /** Whether the form schema is known; without it there are no `fields` yet. */
  formKnown: boolean
  /** The form's visible input fields in layout order. Empty while the form schema is unknown (or when the form has none). */
  fields: readonly FieldProgress[]
  /** How many fields are required. */
  requiredTotal: number
  /** How many required fields are `captured`. */
  requiredDone: number
  /**
   * 0–100, rounded down so 100 means really done: required fields done over
   * required fields; when the form requires nothing, captured fields over all
   * fields; 0 without fields.
   */
  percent: number
}

/** The words for values the server gave no `displayValue` for. */
export interface ValueWords {
  /** The language numbers are written in (`Intl.NumberFormat`). Default: `"en"`. */
  lang: string
  /** `true` in words. Default: `"Yes"`. */
  yes: string
  /** `false` in words. Default: `"No"`. */
  no: string
}

const englishWords: ValueWords = { lang: 'en', yes: 'Yes', no: 'No' }

/** What `computeFormProgress` reads of a session. */
export type FormProgressSource = Pick<SessionState, 'values'> & Partial<SessionState>

/**
 * Each field's state and the progress figure.
 *
 * @param form The form schema; `null` while unknown (then there are no fields).
 * @param state The session (its `values`, and its transcript when `notes` is not given).
 * @param notes Field notes from a `createFieldNotesTracker()`. Default: collected
 *   from `state`'s transcript in one O(n) walk — pass a tracker's notes when
 *   computing on every chunk.
 * @param confirmed Server-confirmed values (a tracker's `confirmedValues()`).
 *   When given, a value the user sent that the server has not confirmed yet
 *   (`source: 'user'`) is not shown: the field keeps its last confirmed value,
 *   or none. Default: every value in `state.values` counts.
 * @param words How values without a server `displayValue` are written
 *   (numbers in `lang`, `true`/`false` as `yes`/`no`). Default: English.
 */
export function computeFormProgress(
  form: WixForm | null,
  state: FormProgressSource,
  notes?: FieldNotes,
  confirmed?: ConfirmedValues,
  words: ValueWords = englishWords,
): FormProgressSnapshot {
  if (!form) return { formKnown: false, fields: [], requiredTotal: 0, requiredDone: 0, percent: 0 }
  const fieldNotes = notes ?? (state.blocks && state.tail ? collectFieldNotes(state as SessionState) : {})
  const fields: FieldProgress[] = []
  let requiredTotal = 0
  let requiredDone = 0
  let captured = 0
  for (const info of inputFieldsOf(form)) {
    const stored = state.values[info.target]
    const value = confirmed && stored?.source !== 'server' ? confirmed[info.target] : stored
    const note = noteOf(fieldNotes, info.target)
    const problem = isProblemNote(note)
    const hasValue = value !== undefined && !isEmptyValue(value.value)
    const fieldState: FieldProgressState = problem ? 'attention' : hasValue ? 'captured' : 'empty'
    const progress: FieldProgress = {
      target: info.target,
      label: info.label,
      required: info.required,
      state: fieldState,
      inputType: info.inputType,
      componentType: info.componentType,
    }
    if (hasValue) {
      progress.displayValue = displayValueOf(value, info.options, words)
      progress.value = value.value
    }
    if (note) progress[problem ? 'message' : 'hint'] = note.message
    fields.push(progress)
    if (fieldState === 'captured') captured++
    if (info.required) {
      requiredTotal++
      if (fieldState === 'captured') requiredDone++
    }
  }
  const percent =
    requiredTotal > 0
      ? Math.floor((requiredDone / requiredTotal) * 100)
      : fields.length > 0
        ? Math.floor((captured / fields.length) * 100)
        : 0
  return { formKnown: true, fields, requiredTotal, requiredDone, percent }
}

/** Whether two progress results show the same thing (so the older object can be kept). */
export function isSameFormProgress(a: FormProgressSnapshot, b: FormProgressSnapshot): boolean {
  if (a === b) return true
  if (a.formKnown !== b.formKnown) return false
  if (a.percent !== b.percent || a.requiredDone !== b.requiredDone || a.requiredTotal !== b.requiredTotal) return false
  if (a.fields.length !== b.fields.length) return false
  return a.fields.every((field, index) => {
    const other = b.fields[index]
    return (
      other !== undefined &&
      field.target === other.target &&
      field.label === other.label &&
      field.required === other.required &&
      field.state === other.state &&
      field.displayValue === other.displayValue &&
      field.value === other.value &&
      field.message === other.message &&
      field.hint === other.hint &&
      field.inputType === other.inputType &&
      field.componentType === other.componentType
    )
  })
}

function displayValueOf(captured: CapturedValue, options: FieldOption[] | undefined, words: ValueWords): string {
  if (captured.displayValue !== undefined && captured.displayValue !== '') return captured.displayValue
  return formatValue(captured.value, options, words)
}

function formatValue(value: JsonValue, options: FieldOption[] | undefined, words: ValueWords): string {
  if (value === null) return ''
  if (typeof value === 'string') return options?.find((option) => option.value === value)?.label ?? value
  if (typeof value === 'number') return formatNumber(value, words.lang)
  if (typeof value === 'boolean') return value ? words.yes : words.no
  if (Array.isArray(value)) return value.map((entry) => formatValue(entry, options, words)).join(', ')
  return JSON.stringify(value)
}

// Progress is recomputed as chunks arrive; one formatter per language, not one per number.
const numberFormats = new Map<string, Intl.NumberFormat>()

function formatNumber(value: number, lang: string): string {
  let format = numberFormats.get(lang)
  if (!format) {
    try {
      format = new Intl.NumberFormat(lang)
    } catch {
      // A language tag Intl does not accept (a typo in custom labels) must not break the list.
      format = new Intl.NumberFormat('en')
    }
    numberFormats.set(lang, format)
  }
  return format.format(value)
}
