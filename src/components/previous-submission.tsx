import type { PreviousSubmission as StoredSubmission, SessionSubmission } from '../hooks/session-controller'
import { SubmissionCard } from './submission-card'
import { useLabels } from './widget-config'

/**
 * A submission an earlier visit of this form left in storage (`persist`):
 * `useInteractiveFormSession(…).previousSubmission`. It shares its name with
 * the component below that shows it, so one import serves both.
 */
export type PreviousSubmission = StoredSubmission

/** Props of the `PreviousSubmission` component. */
export interface PreviousSubmissionProps {
  /** What the earlier visit submitted. Required. */
  submission: SessionSubmission
  /** Leaves this state for a fresh conversation (the **Start a new form** button). Required. */
  onStartNew: () => void
}

/**
 * What the widget shows instead of a fresh form when (with `persist`) this
 * form was already submitted on an earlier visit: the completed state, the
 * checkout link of a purchase, and a way to start again.
 */
export function PreviousSubmission({ submission, onStartNew }: PreviousSubmissionProps) {
  const labels = useLabels()
  return (
    <div className="formtalk-previous">
      <SubmissionCard submission={submission} title={labels.alreadySubmitted} />
      <button type="button" className="formtalk-button formtalk-start-new" onClick={onStartNew}>
        {labels.startNew}
      </button>
    </div>
  )
}
