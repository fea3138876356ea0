import type { EmulatorFormSummary, EmulatorSubmission } from './emulator-api'
import { formatValue } from './format-value'

export interface SubmissionsPanelProps {
  submissions: readonly EmulatorSubmission[]
  forms: readonly EmulatorFormSummary[]
  loaded: boolean
  error: string | undefined
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })

function formatTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date)
}

function SubmissionCard({ submission, form }: { submission: EmulatorSubmission; form: EmulatorFormSummary | undefined }) {
  const headingId = `submission-${submission.submissionId}`
  const entries = Object.entries(submission.values)
  return (
    <li className="pg-submission">
      <article aria-labelledby={headingId}>
        <header className="pg-submission-header">
          <h3 id={headingId}>{form?.name ?? submission.formId}</h3>
          {submission.dryRun ? <span className="pg-badge">Dry run</span> : null}
          <time dateTime={submission.createdDate}>{formatTime(submission.createdDate)}</time>
        </header>
        {entries.length === 0 ? (
          <p className="pg-muted">No values.</p>
        ) : (
          <dl className="pg-values">
            {entries.map(([target, value]) => {
              const field = form?.fields.get(target)
              return (
                <div key={target} className="pg-value">
                  <dt>{field?.label ?? target}</dt>
                  <dd>{formatValue(value, field?.optionLabels)}</dd>
                </div>
              )
            })}
          </dl>
        )}
        <p className="pg-reference">
          <span>Submission</span> <code>{submission.submissionId}</code>
          {submission.checkoutId ? (
            <>
              <br />
              <span>Checkout</span> <code>{submission.checkoutId}</code>
            </>
          ) : null}
        </p>
      </article>
    </li>
  )
}

/** What the emulator stored, newest first. */
export function SubmissionsPanel({ submissions, forms, loaded, error }: SubmissionsPanelProps) {
  const formsById = new Map(forms.map((form) => [form.id, form]))
  const count = submissions.length
  return (
    <section className="pg-panel pg-submissions" aria-labelledby="submissions-heading">
      <h2 id="submissions-heading">Submissions</h2>
      {/* Text changes only when the count does, so screen readers hear each new submission once. */}
      <p role="status" className="pg-muted">
        {!loaded ? 'Loading…' : count === 0 ? 'Nothing submitted yet. Finish a conversation to see its values here.' : `${count} stored by the emulator.`}
      </p>
      {error ? (
        <p role="alert" className="pg-error">
          Could not read the emulator&rsquo;s submissions: {error}
        </p>
      ) : null}
      {count > 0 ? (
        <ol className="pg-submission-list" aria-label="Stored submissions, newest first">
          {submissions.map((submission) => (
            <SubmissionCard key={submission.submissionId} submission={submission} form={formsById.get(submission.formId)} />
          ))}
        </ol>
      ) : null}
    </section>
  )
}
