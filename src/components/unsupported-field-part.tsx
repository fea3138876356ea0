import type { FileUploadChunk, SignatureChunk } from '../api/wire-types'
import { fieldLabel } from '../form-schema/field-label'
import type { ChunkPartProps } from './part-props'
import { useFormSchema, useLabels } from './widget-config'

/** `FILE_UPLOAD` / `SIGNATURE`: the chat cannot fill these, so it says what to do instead. */
export function UnsupportedFieldPart({ chunk }: ChunkPartProps<FileUploadChunk | SignatureChunk>) {
  const labels = useLabels()
  const form = useFormSchema()
  const target = chunk.chunkType === 'FILE_UPLOAD' ? chunk.fileUploadDetails.fieldTarget : chunk.signatureDetails.fieldTarget
  return (
    <div className="formtalk-bubble formtalk-unsupported" role="note" data-role="assistant" data-field={target}>
      {labels.unsupportedField(chunk.chunkType, fieldLabel(form, target))}
    </div>
  )
}
