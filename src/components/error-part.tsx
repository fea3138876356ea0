import type { ErrorChunk } from '../api/wire-types'
import { useSessionActions } from '../hooks/session-context'
import type { ChunkPartProps } from './part-props'
import { retryableTurnSlice } from './session-slices'
import { useKeyedSlice } from './use-keyed-slice'
import { useLabels } from './widget-config'

/**
 * The service's error message; a Retry button while this is the latest turn
 * and it can be retried. Not a live region itself: the turn announcer reads
 * it assertively once the turn is over (a `role="alert"` here would read it twice).
 */
export function ErrorPart({ item, chunk }: ChunkPartProps<ErrorChunk>) {
  const labels = useLabels()
  const { retry } = useSessionActions()
  const retryable = useKeyedSlice(retryableTurnSlice, item.turnId) === true
  return (
    <div className="formtalk-bubble formtalk-error" data-role="assistant" data-kind="error">
      <span>{chunk.errorDetails.messageText}</span>
      {retryable && (
        <button type="button" className="formtalk-button formtalk-retry" onClick={() => void retry()}>
          {labels.retry}
        </button>
      )}
    </div>
  )
}
