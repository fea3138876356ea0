import type { SubmissionChunk } from '../api/wire-types'
import type { ChunkPartProps } from './part-props'
import { SubmissionCard } from './submission-card'
import { useLabels } from './widget-config'

/**
 * The confirmation card. With a `checkoutId` (a purchase) and a
 * `getCheckoutUrl`, it links to the checkout; `onCheckout` is the hook's
 * business (called once per submission) and never called from here.
 */
export function SubmissionPart({ chunk }: ChunkPartProps<SubmissionChunk>) {
  const labels = useLabels()
  return <SubmissionCard submission={chunk.submissionDetails} title={labels.submitted} inTranscript />
}
