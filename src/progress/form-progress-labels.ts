/**
 * The strings of `<FormProgress>`. They are translated once, in the widget's
 * label sets (`src/locales`, keys `progress*`); the progress parts read them
 * from there, so English lives in `src/locales/en.ts` only.
 */
import type { Labels } from '../components/labels'
import { en } from '../locales/en'

/** Every string `<FormProgress>` shows, so it can be translated. */
export interface FormProgressLabels {
  /** The heading (and the progress bar's name). Default: `"Your progress"`. */
  title: string
  /** The figure under the bar. Default: `"2 of 5 required fields done (40%)"`; without required fields `"3 of 4 fields answered (75%)"`. */
  summary: (done: number, total: number, percent: number, requiredOnly: boolean) => string
  /** The compact bar's short figure. Default: `"2 of 5 required"`; without required fields `"3 of 4 answered"`. */
  short: (done: number, total: number, requiredOnly: boolean) => string
  /** The compact bar's disclosure of the field list. Default: `"Show all fields"`. */
  showFields: string
  /** The required mark. Default: `"required"`. */
  required: string
  /** State of an empty field. Default: `"Not answered yet"`. */
  empty: string
  /** State of a captured field, before its value. Default: `"Answered"`. */
  captured: string
  /** State of a flagged field, before the assistant's message. Default: `"Needs attention"`. */
  attention: string
  /** Visible text of the edit button. Default: `"Edit"`. */
  edit: string
  /** Accessible name of the edit button. Default: `"Edit Email"`. */
  editField: (field: string) => string
  /** Shown while the form schema is not known yet. Default: `"Loading the form…"`. */
  noFields: string
  /** Shown when the form has no visible input fields. Default: `"This form has no fields to fill in."`. */
  noInputFields: string
  /** The language values are written in (numbers as `1,234.5` or `1.234,5`). Default: `"en"`. */
  lang: string
  /** A yes/no field's captured `true`, when the server gave no words for it. Default: `"Yes"`. */
  yes: string
  /** A yes/no field's captured `false`, when the server gave no words for it. Default: `"No"`. */
  no: string
}

/** The progress strings out of a widget label set (`en`, `de`, … or your own `Labels`). */
export function progressLabelsOf(labels: Labels): FormProgressLabels {
  return {
    title: labels.progressTitle,
    summary: labels.progressSummary,
    short: labels.progressShort,
    showFields: labels.progressShowFields,
    required: labels.progressRequired,
    empty: labels.progressEmpty,
    captured: labels.progressCaptured,
    attention: labels.progressAttention,
    edit: labels.edit,
    editField: labels.editField,
    noFields: labels.progressNoFields,
    noInputFields: labels.progressNoInputFields,
    lang: labels.lang,
    yes: labels.yes,
    no: labels.no,
  }
}

/** The English strings: `progressLabelsOf(en)`. */
export const defaultFormProgressLabels: FormProgressLabels = /* @__PURE__ */ progressLabelsOf(en)
