import type { SeparatorChunk } from '../api/wire-types'
import type { ChunkPartProps } from './part-props'

/** A paragraph break between messages; decorative, so assistive technology skips it. */
export function SeparatorPart(_props: ChunkPartProps<SeparatorChunk>) {
  return <hr className="formtalk-separator" aria-hidden="true" />
}
