import { useLabels } from './widget-config'

/** Three dots while a reply is on its way (still under `prefers-reduced-motion`). */
export function TypingIndicator() {
  const labels = useLabels()
  return (
    <div className="formtalk-typing" data-role="assistant">
      <span className="formtalk-dot" aria-hidden="true" />
      <span className="formtalk-dot" aria-hidden="true" />
      <span className="formtalk-dot" aria-hidden="true" />
      <span className="formtalk-visually-hidden">{labels.typing}</span>
    </div>
  )
}
