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

/** Where the session stands for the alert's actions; one subscription (each runs on every chunk). */
const selectSessionPhase = (state: SessionState) => (state.submission !== null ? 'submitted' : state.session !== null ? 'open' : 'none')

/**
 * A request or stream that failed without an ERROR chunk: an alert at the end
 * of the thread, with Retry when trying again can help, or "Start a new form"
 * when the service no longer knows the session (a 404 for a session it had
 * created: idle too long, often after a restore). The draft survives the new start.
 */
export function TransportError() {
  const labels = useLabels()
  const { retry, reset } = useSessionActions()
  const error = useSessionStore((state) => (state.error !== null && !latestTurnHasErrorChunk(state) ? state.error : null))
  const phase = useSessionStore(selectSessionPhase)
  if (!error) return null
  // A reply that failed after its SUBMISSION: the form is in, and there is nothing to send again.
  const submitted = phase === 'submitted'
  const expired = phase === 'open' && error.kind === 'http' && error.status === 404
  return (
    <div className="formtalk-banner formtalk-error" role="alert" data-kind={error.kind} data-status={error.status} data-expired={expired ? '' : undefined}>
      <span>{expired ? labels.errorSessionExpired : describeError(error, labels)}</span>
      {error.retryable && !submitted && (
        <button type="button" className="formtalk-button formtalk-retry" onClick={() => void retry()}>
          {labels.retry}
        </button>
      )}
      {expired && (
        <button type="button" className="formtalk-button formtalk-primary" onClick={() => void reset()}>
          {labels.startNew}
        </button>
      )}
    </div>
  )
}
