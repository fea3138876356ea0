import type { SubmissionChunk } from '../api/wire-types'
import { CheckoutAction } from './checkout-action'
import type { ChunkPartProps } from './part-props'
import { useLabels } from './widget-config'

/**
 * The confirmation card. With a `checkoutId` (a purchase) and a
 * `getCheckoutUrl`, it links to the checkout; `onCheckout` is the hook's
 * business (called once per submission) and never called from here.
 */
export function SubmissionPart({ chunk }: ChunkPartProps<SubmissionChunk>) {
  const labels = useLabels()
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
      {checkoutId ? <CheckoutAction checkoutId={checkoutId} /> : null}
    </div>
  )
}
