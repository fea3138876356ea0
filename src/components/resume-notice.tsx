import { useState } from 'react'
import { useLabels } from './widget-config'

export interface ResumeNoticeProps {
  /** Drops the restored conversation and starts a new one. */
  onStartOver: () => void
}

/**
 * Above a conversation that `persist` restored: say so, and offer to go on
 * (dismiss) or start over. Dismissed, it stays gone for this mount.
 */
export function ResumeNotice({ onStartOver }: ResumeNoticeProps) {
  const labels = useLabels()
  const [dismissed, setDismissed] = useState(false)
  if (dismissed) return null
  return (
    <div className="formtalk-resume" role="status">
      <p className="formtalk-resume-text">{labels.resumed}</p>
      <div className="formtalk-resume-actions">
        <button type="button" className="formtalk-button formtalk-primary" onClick={() => setDismissed(true)}>
          {labels.continueConversation}
        </button>
        <button
          type="button"
          className="formtalk-button"
          onClick={() => {
            setDismissed(true)
            onStartOver()
          }}
        >
          {labels.startNew}
        </button>
      </div>
    </div>
  )
}
