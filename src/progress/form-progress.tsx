import { useId, useLayoutEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type { FieldProgress, FormProgressSnapshot } from './compute-form-progress'
import { defaultFormProgressLabels } from './form-progress-labels'
import type { FormProgressLabels } from './form-progress-labels'
import { useFormProgress } from './use-form-progress'
import type { UseFormProgressOptions } from './use-form-progress'

/** How the field list offers editing. */
export interface FormProgressEditing {
  /**
   * Called with a field's `target` when its Edit button is pressed; each
   * field with a value gets an Edit button when this or `renderEditor` is
   * given. Default: none.
   */
  onEdit?: ((target: string) => void) | undefined
  /**
   * Renders an inline editor under the field whose Edit button was pressed
   * (the button toggles it). `close()` hides it and puts focus back on the
   * Edit button. Default: none (Edit only calls `onEdit`).
   */
  renderEditor?: ((field: FieldProgress, close: () => void) => ReactNode) | undefined
  /**
   * Edit buttons stay visible and focusable but do nothing (`aria-disabled`),
   * e.g. while a reply streams. Default: `false`.
   */
  editDisabled?: boolean | undefined
  /** Which fields with a value get an Edit button. Default: all of them. */
  isEditable?: ((field: FieldProgress) => boolean) | undefined
}

/** Props of `<FormProgress>`: the hook's options, the editing options and presentation; all optional. */
export interface FormProgressProps extends UseFormProgressOptions, FormProgressEditing {
  /** Replaces any of the strings. Default: `defaultFormProgressLabels`. */
  labels?: Partial<FormProgressLabels> | undefined
  /** The heading's level. Default: `2`. */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined
  /** Extra class names on the section. Default: none. */
  className?: string | undefined
  /** Makes the section focusable, e.g. `0` when it scrolls (keyboard users can then scroll it). Default: not focusable. */
  tabIndex?: number | undefined
}

/** What the summary figures count: required fields when the form has any, else all fields. */
export function progressFigures(progress: FormProgressSnapshot): { done: number; total: number; requiredOnly: boolean } {
  const requiredOnly = progress.requiredTotal > 0
  return {
    requiredOnly,
    done: requiredOnly ? progress.requiredDone : progress.fields.filter((field) => field.state === 'captured').length,
    total: requiredOnly ? progress.requiredTotal : progress.fields.length,
  }
}

/** The editing props apart from the hook's options: both components take them in one object. */
function splitEditing({ onEdit, renderEditor, editDisabled, isEditable, ...options }: FormProgressEditing & UseFormProgressOptions) {
  return { editing: { onEdit, renderEditor, editDisabled, isEditable }, options }
}

function mergeLabels(overrides: Partial<FormProgressLabels> | undefined): FormProgressLabels {
  return overrides ? { ...defaultFormProgressLabels, ...overrides } : defaultFormProgressLabels
}

/**
 * The form's fields in layout order with their state and a progress bar over
 * the required fields. Reads the nearest session (inside `<InteractiveForm>`
 * or a `<SessionProvider>`). Styles: `src/progress/form-progress.css`
 * (included in `formtalk/styles.css`), under a `.formtalk` ancestor.
 */
export function FormProgress({ labels: labelOverrides, headingLevel = 2, className, tabIndex, ...props }: FormProgressProps) {
  const { editing, options } = splitEditing(props)
  const labels = mergeLabels(labelOverrides)
  const progress = useFormProgress({ valueWords: labels, ...options })
  const headingId = useId()
  const Heading = `h${headingLevel}` as const
  const { done, total, requiredOnly } = progressFigures(progress)
  const summary = labels.summary(done, total, progress.percent, requiredOnly)

  return (
    <section className={className ? `formtalk-progress ${className}` : 'formtalk-progress'} aria-labelledby={headingId} tabIndex={tabIndex}>
      <Heading id={headingId} className="formtalk-progress-title">
        {labels.title}
      </Heading>
      <ProgressMeter percent={progress.percent} valueText={summary} labelledBy={headingId} />
      <p className="formtalk-progress-summary">{summary}</p>
      <FormProgressFields progress={progress} labels={labels} {...editing} />
    </section>
  )
}

/** Props of `<FormProgressBar>`: the hook's options, the editing options and presentation; all optional. */
export interface FormProgressBarProps extends UseFormProgressOptions, FormProgressEditing {
  /** Replaces any of the strings. Default: `defaultFormProgressLabels`. */
  labels?: Partial<FormProgressLabels> | undefined
  /** Extra class names on the bar. Default: none. */
  className?: string | undefined
}

/**
 * The compact form of `<FormProgress>` for narrow spaces: a slim progress bar
 * with a short figure ("3 of 5 required"), and the field list behind a
 * `<details>` disclosure.
 */
export function FormProgressBar({ labels: labelOverrides, className, ...props }: FormProgressBarProps) {
  const { editing, options } = splitEditing(props)
  const labels = mergeLabels(labelOverrides)
  const progress = useFormProgress({ valueWords: labels, ...options })
  const { done, total, requiredOnly } = progressFigures(progress)
  const summary = labels.summary(done, total, progress.percent, requiredOnly)
  return (
    <div className={className ? `formtalk-progress-bar ${className}` : 'formtalk-progress-bar'}>
      <div className="formtalk-progress-bar-line">
        <ProgressMeter percent={progress.percent} valueText={summary} label={labels.title} />
        <span className="formtalk-progress-short">{labels.short(done, total, requiredOnly)}</span>
      </div>
      <details className="formtalk-progress-details">
        <summary className="formtalk-progress-details-summary">{labels.showFields}</summary>
        <FormProgressFields progress={progress} labels={labels} {...editing} />
      </details>
    </div>
  )
}

function ProgressMeter({ percent, valueText, labelledBy, label }: { percent: number; valueText: string; labelledBy?: string; label?: string }) {
  return (
    <div
      className="formtalk-progress-meter"
      role="progressbar"
      aria-labelledby={labelledBy}
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <div className="formtalk-progress-meter-fill" style={{ inlineSize: `${percent}%` }} />
    </div>
  )
}

/** Props of `<FormProgressFields>`: the progress and labels (required), plus the editing options. */
export interface FormProgressFieldsProps extends FormProgressEditing {
  /** What `useFormProgress` returned. Required. */
  progress: FormProgressSnapshot
  /** The strings (complete, e.g. `defaultFormProgressLabels`). Required. */
  labels: FormProgressLabels
}

/** The field list alone (what `<FormProgress>` and `<FormProgressBar>` show), for your own layout. */
export function FormProgressFields({ progress, labels, onEdit, renderEditor, editDisabled, isEditable }: FormProgressFieldsProps) {
  const [editing, setEditing] = useState<string | null>(null)
  if (progress.fields.length === 0) return <p className="formtalk-progress-empty">{progress.formKnown ? labels.noInputFields : labels.noFields}</p>
  const editable = onEdit !== undefined || renderEditor !== undefined
  return (
    <ul className="formtalk-progress-fields">
      {progress.fields.map((field) => (
        <FieldRow
          key={field.target}
          field={field}
          labels={labels}
          editable={editable && field.displayValue !== undefined && (isEditable?.(field) ?? true)}
          disclosure={renderEditor !== undefined}
          editDisabled={editDisabled === true}
          editor={editing === field.target && renderEditor ? renderEditor : undefined}
          onEdit={() => {
            onEdit?.(field.target)
            if (renderEditor) setEditing((current) => (current === field.target ? null : field.target))
          }}
          onClose={() => setEditing(null)}
        />
      ))}
    </ul>
  )
}

function FieldRow({
  field,
  labels,
  editable,
  disclosure,
  editDisabled,
  editor,
  onEdit,
  onClose,
}: {
  field: FieldProgress
  labels: FormProgressLabels
  editable: boolean
  disclosure: boolean
  editDisabled: boolean
  editor: FormProgressEditing['renderEditor']
  onEdit: () => void
  onClose: () => void
}) {
  const button = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)
  useLayoutEffect(() => {
    if (editor || !returnFocus.current) return
    returnFocus.current = false
    button.current?.focus()
  }, [editor])
  const close = () => {
    returnFocus.current = true
    onClose()
  }
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
            {field.displayValue !== undefined ? (
              // The value the server still holds (e.g. after it refused a correction).
              <span className="formtalk-progress-kept">
                {' '}
                ({labels.captured}: <span className="formtalk-progress-value">{field.displayValue}</span>)
              </span>
            ) : null}
          </>
        ) : null}
        {field.hint !== undefined ? (
          <>
            {' '}
            <span className="formtalk-progress-hint">{field.hint}</span>
          </>
        ) : null}
      </span>
      {editable ? (
        <button
          ref={button}
          type="button"
          className="formtalk-progress-edit"
          aria-label={labels.editField(field.label)}
          aria-disabled={editDisabled ? true : undefined}
          aria-expanded={disclosure ? editor !== undefined : undefined}
          onClick={() => {
            if (!editDisabled) onEdit()
          }}
        >
          {labels.edit}
        </button>
      ) : null}
      {editor ? <div className="formtalk-progress-editor">{editor(field, close)}</div> : null}
    </li>
  )
}
