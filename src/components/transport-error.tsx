import { useSessionActions, useSessionStore } from '../hooks/session-context'
import { getItem } from '../store/reducer'
import type { SessionState } from '../store/session-state'
import { describeError } from './describe-error'
import { useLabels } from './widget-config'

/** Whether the latest turn already shows the service's own ERROR chunk (then it explains the failure). */
function latestTurnHasErrorChunk(state: SessionState): boolean {
  const turnId = state.lastTurn?.id
  for (let index = state.itemCount - 1; index >= 0; index--) {
    const item = getItem(state, index)
    if (!item || item.turnId !== turnId) return false
    if (item.kind === 'chunk' && item.chunk.chunkType === 'ERROR') return true
  }
  return false
}

/** A request or stream that failed without an ERROR chunk: an alert at the end of the thread, with Retry when trying again can help. */
export function TransportError() {
  const labels = useLabels()
  const { retry } = useSessionActions()
  const error = useSessionStore((state) => (state.error !== null && !latestTurnHasErrorChunk(state) ? state.error : null))
  // A reply that failed after its SUBMISSION: the form is in, and there is nothing to send again.
  const submitted = useSessionStore((state) => state.submission !== null)
  if (!error) return null
  return (
    <div className="formtalk-banner formtalk-error" role="alert" data-kind={error.kind} data-status={error.status}>
      <span>{describeError(error, labels)}</span>
      {error.retryable && !submitted && (
        <button type="button" className="formtalk-button formtalk-retry" onClick={() => void retry()}>
          {labels.retry}
        </button>
      )}
    </div>
  )
}
