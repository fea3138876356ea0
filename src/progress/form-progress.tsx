import { useId } from 'react'
import type { FieldProgress } from './compute-form-progress'
import { useFormProgress } from './use-form-progress'
import type { UseFormProgressOptions } from './use-form-progress'

/** Every string `<FormProgress>` shows, so it can be translated. */
export interface FormProgressLabels {
  /** The heading. Default: `"Your progress"`. */
  title: string
  /** The figure under the bar. Default: `"2 of 5 required fields done (40%)"`; without required fields `"3 of 4 fields answered (75%)"`. */
  summary: (done: number, total: number, percent: number, requiredOnly: boolean) => string
  /** The required mark. Default: `"required"`. */
  required: string
  /** State of an empty field. Default: `"Not answered yet"`. */
  empty: string
  /** State of a captured field, before its value. Default: `"Answered"`. */
  captured: string
  /** State of a flagged field, before the assistant's message. Default: `"Needs attention"`. */
  attention: string
  /** The edit button (its accessible name adds the field's label). Default: `"Edit"`. */
  edit: string
  /** Shown while the form schema is unknown. Default: `"Loading the form…"`. */
  noFields: string
}

export const defaultFormProgressLabels: FormProgressLabels = {
  title: 'Your progress',
  summary: (done, total, percent, requiredOnly) =>
    requiredOnly ? `${done} of ${total} required fields done (${percent}%)` : `${done} of ${total} fields answered (${percent}%)`,
  required: 'required',
  empty: 'Not answered yet',
  captured: 'Answered',
  attention: 'Needs attention',
  edit: 'Edit',
  noFields: 'Loading the form…',
}

export interface FormProgressProps extends UseFormProgressOptions {
  /**
   * Called with a field's `target` when its Edit button is pressed; each
   * captured field gets an Edit button only when this is given. Default: none.
   */
  onEdit?: ((target: string) => void) | undefined
  /** Replaces any of the strings. Default: `defaultFormProgressLabels`. */
  labels?: Partial<FormProgressLabels> | undefined
  /** The heading's level. Default: `2`. */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined
  /** Extra class names on the section. Default: none. */
  className?: string | undefined
}

/**
 * The form's fields in layout order with their state and a progress bar over
 * the required fields. Reads the nearest session (inside `<InteractiveForm>`
 * or a `<SessionProvider>`). Styles: `formtalk/progress.css`
 * (`src/progress/form-progress.css`), under a `.formtalk` ancestor.
 */
export function FormProgress({ onEdit, labels: labelOverrides, headingLevel = 2, className, ...options }: FormProgressProps) {
  const progress = useFormProgress(options)
  const labels = labelOverrides ? { ...defaultFormProgressLabels, ...labelOverrides } : defaultFormProgressLabels
  const headingId = useId()
  const Heading = `h${headingLevel}` as const
  const requiredOnly = progress.requiredTotal > 0
  const done = requiredOnly ? progress.requiredDone : progress.fields.filter((field) => field.state === 'captured').length
  const total = requiredOnly ? progress.requiredTotal : progress.fields.length
  const summary = labels.summary(done, total, progress.percent, requiredOnly)

  return (
    <section className={className ? `formtalk-progress ${className}` : 'formtalk-progress'} aria-labelledby={headingId}>
      <Heading id={headingId} className="formtalk-progress-title">
        {labels.title}
      </Heading>
      <div
        className="formtalk-progress-meter"
        role="progressbar"
        aria-labelledby={headingId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={summary}
      >
        <div className="formtalk-progress-meter-fill" style={{ inlineSize: `${progress.percent}%` }} />
      </div>
      <p className="formtalk-progress-summary">{summary}</p>
      {progress.fields.length === 0 ? (
        <p className="formtalk-progress-empty">{labels.noFields}</p>
      ) : (
        <ul className="formtalk-progress-fields">
          {progress.fields.map((field) => (
            <FieldRow key={field.target} field={field} labels={labels} onEdit={onEdit} />
          ))}
        </ul>
      )}
    </section>
  )
}

function FieldRow({ field, labels, onEdit }: { field: FieldProgress; labels: FormProgressLabels; onEdit: ((target: string) => void) | undefined }) {
  return (
    <li className="formtalk-progress-field" data-state={field.state} data-required={field.required ? 'true' : undefined}>
      <span className="formtalk-progress-field-name">
        <span className="formtalk-progress-label">{field.label}</span>
        {field.required ? <span className="formtalk-progress-required"> ({labels.required})</span> : null}
      </span>
      <span className="formtalk-progress-state">
        {field.state === 'empty' ? labels.empty : null}
        {field.state === 'captured' ? (
          <>
            {labels.captured}: <span className="formtalk-progress-value">{field.displayValue}</span>
          </>
        ) : null}
        {field.state === 'attention' ? (
          <>
            {labels.attention}: <span className="formtalk-progress-message">{field.message}</span>
          </>
        ) : null}
      </span>
      {field.state === 'captured' && onEdit ? (
        <button type="button" className="formtalk-progress-edit" onClick={() => onEdit(field.target)}>
          {labels.edit}{' '}
          <span className="formtalk-progress-visually-hidden">{field.label}</span>
        </button>
      ) : null}
    </li>
  )
}
