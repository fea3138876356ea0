import type { ImportantTextChunk } from '../api/wire-types'
import type { ChunkPartProps } from './part-props'

/** Requirements, format expectations or problems with pre-filled data: an emphasised callout. */
export function ImportantTextPart({ chunk }: ChunkPartProps<ImportantTextChunk>) {
  const { text, fieldTarget } = chunk.importantTextDetails
  return (
    <div className="formtalk-bubble formtalk-important" role="note" data-role="assistant" data-field={fieldTarget}>
      <span className="formtalk-important-icon" aria-hidden="true">
        !
      </span>
      <span>{text}</span>
    </div>
  )
}
