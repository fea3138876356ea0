import type { SessionSubmission } from '../hooks/session-controller'
import { CheckoutAction } from './checkout-action'
import { useLabels } from './widget-config'

export interface PreviousSubmissionProps {
  /** What the earlier visit submitted. */
  submission: SessionSubmission
  /** Leaves this state for a fresh conversation. */
  onStartNew: () => void
}

/**
 * What the widget shows instead of a fresh form when (with `persist`) this
 * form was already submitted on an earlier visit: the completed state, the
 * checkout link of a purchase, and a way to start again.
 */
export function PreviousSubmission({ submission, onStartNew }: PreviousSubmissionProps) {
  const labels = useLabels()
  const { submissionId, checkoutId } = submission
  return (
    <div className="formtalk-previous">
      <div className="formtalk-submission" data-checkout={checkoutId ? '' : undefined}>
        <p className="formtalk-submission-title">
          <span className="formtalk-check" aria-hidden="true">
            ✓
          </span>{' '}
          {labels.alreadySubmitted}
        </p>
        <p className="formtalk-submission-reference">{labels.submissionReference(submissionId)}</p>
        {checkoutId ? <CheckoutAction checkoutId={checkoutId} /> : null}
      </div>
      <button type="button" className="formtalk-button formtalk-start-new" onClick={onStartNew}>
        {labels.startNew}
      </button>
    </div>
  )
}
