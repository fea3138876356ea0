import { useSessionActions } from '../hooks/session-context'
import { highlightRanges } from './highlight-ranges'
import type { UserMessageProps } from './part-props'
import { failedMessageSlice } from './session-slices'
import { useKeyedSlice } from './use-keyed-slice'
import { useLabels } from './widget-config'

/**
 * The user's message: the part the server used is `<mark>`ed; while on its
 * way it says so, and if it never arrived it stays visible with a Retry.
 */
export function UserMessage({ item }: UserMessageProps) {
  const labels = useLabels()
  return (
    <div className="formtalk-bubble formtalk-user" data-role="user" data-delivery={item.delivery}>
      <p className="formtalk-user-text">
        <span className="formtalk-visually-hidden">{labels.youSaid} </span>
        {highlightRanges(item.text, item.meaningfulInput).map((run, index) =>
          run.marked ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>,
        )}
      </p>
      {item.delivery === 'sending' && <p className="formtalk-delivery">{labels.sending}</p>}
      {item.delivery === 'failed' && <FailedDelivery index={item.index} />}
    </div>
  )
}

function FailedDelivery({ index }: { index: number }) {
  const labels = useLabels()
  const { retry } = useSessionActions()
  // Only the latest failed message can be re-sent; older ones just say they were not sent.
  const retryable = useKeyedSlice(failedMessageSlice, String(index)) === true
  return (
    <p className="formtalk-delivery" data-failed="">
      {labels.notSent}{' '}
      {retryable && (
        <button type="button" className="formtalk-button formtalk-retry" onClick={() => void retry()}>
          {labels.retry}
        </button>
      )}
    </p>
  )
}
