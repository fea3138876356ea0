import type { UnknownChunk } from '../api/wire-types'
import { isDevelopment } from './development'
import type { ChunkPartProps } from './part-props'

const warned = new Set<string>()

/** A chunk type newer than this release: renders nothing, and tells the developer once per type. */
export function UnknownChunkPart({ chunk }: ChunkPartProps<UnknownChunk>) {
  if (isDevelopment() && !warned.has(chunk.chunkType)) {
    warned.add(chunk.chunkType)
    console.warn(
      `formtalk: no renderer for chunk type "${chunk.chunkType}"; it is not shown. Pass components={{ UNKNOWN: … }} to render it.`,
    )
  }
  return null
}
