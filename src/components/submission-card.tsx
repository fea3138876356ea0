import type { SessionSubmission } from '../hooks/session-controller'
import { CheckoutAction } from './checkout-action'
import { useLabels } from './widget-config'

export interface SubmissionCardProps {
  /** The submission to confirm. */
  submission: SessionSubmission
  /** The card's heading, after the check mark. */
  title: string
  /** Whether the card is a bubble of the transcript (an assistant message, `data-role="assistant"`) rather than an earlier visit's state. Default: `false`. */
  inTranscript?: boolean | undefined
}

/**
 * The confirmation card the transcript's `SUBMISSION` and an earlier visit's
 * submission share: a check-marked title, the reference, and the checkout
 * link of a purchase.
 */
export function SubmissionCard({ submission, title, inTranscript = false }: SubmissionCardProps) {
  const labels = useLabels()
  const { submissionId, checkoutId } = submission
  return (
    <div className="formtalk-submission" data-role={inTranscript ? 'assistant' : undefined} data-checkout={checkoutId ? '' : undefined}>
      <p className="formtalk-submission-title">
        <span className="formtalk-check" aria-hidden="true">
          ✓
        </span>{' '}
        {title}
      </p>
      <p className="formtalk-submission-reference">{labels.submissionReference(submissionId)}</p>
      {checkoutId ? <CheckoutAction checkoutId={checkoutId} /> : null}
    </div>
  )
}
