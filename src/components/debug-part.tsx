import type { DebugChunk } from '../api/wire-types'
import type { ChunkPartProps } from './part-props'
import { useWidgetConfig } from './widget-config'

/** Developer details (tools called, timings); rendered only when the widget has `debug`. */
export function DebugPart({ chunk }: ChunkPartProps<DebugChunk>) {
  const { debug, labels } = useWidgetConfig()
  if (!debug) return null
  return (
    <details className="formtalk-debug" data-role="assistant">
      <summary>{labels.debug}</summary>
      <pre>{JSON.stringify(chunk.debugDetails.data, null, 2)}</pre>
    </details>
  )
}
