import { useSessionActions, useSessionStore } from '../hooks/session-context'
import type { SessionState } from '../store/session-state'
import { useWidgetConfig } from './widget-config'

const notStarted = (state: SessionState) => state.status === 'idle' && state.session === null && state.itemCount === 0

/** With `autoStart: false` nothing happens until the user asks: this button creates the session (through `retry`). Shown only when the config's `startButton` is on. */
export function StartButton() {
  const { labels, startButton } = useWidgetConfig()
  const { retry } = useSessionActions()
  const show = useSessionStore(notStarted)
  if (!show || !startButton) return null
  return (
    <button type="button" className="formtalk-button formtalk-primary formtalk-start" onClick={() => void retry()}>
      {labels.start}
    </button>
  )
}
