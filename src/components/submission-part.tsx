import type { SubmissionChunk } from '../api/wire-types'
import type { ChunkPartProps } from './part-props'
import { useWidgetConfig } from './widget-config'

/** The confirmation card; with a `checkoutId` (a purchase) and an `onCheckout` handler, a checkout button. */
export function SubmissionPart({ chunk }: ChunkPartProps<SubmissionChunk>) {
  const { labels, onCheckout } = useWidgetConfig()
  const { submissionId, checkoutId } = chunk.submissionDetails
  return (
    <div className="formtalk-submission" data-role="assistant" data-checkout={checkoutId ? '' : undefined}>
      <p className="formtalk-submission-title">
        <span className="formtalk-check" aria-hidden="true">
          ✓
        </span>{' '}
        {labels.submitted}
      </p>
      <p className="formtalk-submission-reference">{labels.submissionReference(submissionId)}</p>
      {checkoutId && onCheckout && (
        <button type="button" className="formtalk-button formtalk-primary" onClick={() => onCheckout(checkoutId)}>
          {labels.checkout}
        </button>
      )}
    </div>
  )
}
