import type { TextPartProps } from './part-props'

/** Consecutive `TEXT` chunks of a turn as one assistant message that grows while streaming; `BOLD` runs in `<strong>`. */
export function TextPart({ item }: TextPartProps) {
  return (
    <div className="formtalk-bubble formtalk-text" data-role="assistant">
      {item.segments.map((segment, index) =>
        segment.style === 'BOLD' ? <strong key={index}>{segment.text}</strong> : <span key={index}>{segment.text}</span>,
      )}
    </div>
  )
}
