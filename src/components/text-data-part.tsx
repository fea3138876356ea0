import type { TextDataChunk } from '../api/wire-types'
import { fieldLabel } from './field-label'
import type { ChunkPartProps } from './part-props'
import { useFormSchema, useLabels } from './widget-config'

/** A value the assistant captured: a compact chip with the field's label and the friendly value. */
export function TextDataPart({ chunk }: ChunkPartProps<TextDataChunk>) {
  const labels = useLabels()
  const form = useFormSchema()
  const { fieldTarget, displayValue, text } = chunk.textDataDetails
  return (
    <div className="formtalk-captured" data-role="assistant" data-field={fieldTarget}>
      <span className="formtalk-visually-hidden">{labels.captured}: </span>
      <span className="formtalk-check" aria-hidden="true">
        ✓
      </span>
      <span className="formtalk-captured-label">{fieldLabel(form, fieldTarget)}</span>
      <span className="formtalk-visually-hidden">: </span>
      <span className="formtalk-captured-value">{displayValue || text}</span>
    </div>
  )
}
