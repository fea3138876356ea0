import { memo } from 'react'
import type { ReactNode } from 'react'
import { isKnownChunk } from '../api/wire-types'
import type { UnknownChunk } from '../api/wire-types'
import type { AssistantChunkItem, TranscriptItem } from '../store/session-state'
import { defaultComponents } from './default-components'
import type { ChunkComponents } from './part-props'
import { useWidgetConfig } from './widget-config'

/**
 * One transcript item through its renderer. Memoised on the item's identity:
 * the store replaces an item object only when that item changed, so a new
 * chunk re-renders one bubble.
 */
export const TranscriptItemView = memo(function TranscriptItemView({ item }: { item: TranscriptItem }) {
  const { components } = useWidgetConfig()
  switch (item.kind) {
    case 'user': {
      const Bubble = components.UserMessage ?? defaultComponents.UserMessage
      return <Bubble item={item} />
    }
    case 'text': {
      const Text = components.TEXT ?? defaultComponents.TEXT
      return <Text item={item} />
    }
    case 'chunk':
      return renderChunk(item, components)
    default:
      return item satisfies never
  }
})

function renderChunk(item: AssistantChunkItem, components: Partial<ChunkComponents>): ReactNode {
  const chunk = item.chunk
  if (!isKnownChunk(chunk)) {
    const Unknown = components.UNKNOWN ?? defaultComponents.UNKNOWN
    return <Unknown item={item} chunk={chunk as UnknownChunk} />
  }
  switch (chunk.chunkType) {
    case 'TEXT_DATA': {
      const Part = components.TEXT_DATA ?? defaultComponents.TEXT_DATA
      return <Part item={item} chunk={chunk} />
    }
    case 'SINGLE_SELECT_INPUT': {
      const Part = components.SINGLE_SELECT_INPUT ?? defaultComponents.SINGLE_SELECT_INPUT
      return <Part item={item} chunk={chunk} />
    }
    case 'MULTI_SELECT_INPUT': {
      const Part = components.MULTI_SELECT_INPUT ?? defaultComponents.MULTI_SELECT_INPUT
      return <Part item={item} chunk={chunk} />
    }
    case 'NUMBER_INPUT': {
      const Part = components.NUMBER_INPUT ?? defaultComponents.NUMBER_INPUT
      return <Part item={item} chunk={chunk} />
    }
    case 'SEPARATOR': {
      const Part = components.SEPARATOR ?? defaultComponents.SEPARATOR
      return <Part item={item} chunk={chunk} />
    }
    case 'IMPORTANT_TEXT': {
      const Part = components.IMPORTANT_TEXT ?? defaultComponents.IMPORTANT_TEXT
      return <Part item={item} chunk={chunk} />
    }
    case 'ERROR': {
      const Part = components.ERROR ?? defaultComponents.ERROR
      return <Part item={item} chunk={chunk} />
    }
    case 'SUBMISSION': {
      const Part = components.SUBMISSION ?? defaultComponents.SUBMISSION
      return <Part item={item} chunk={chunk} />
    }
    case 'DEBUG': {
      const Part = components.DEBUG ?? defaultComponents.DEBUG
      return <Part item={item} chunk={chunk} />
    }
    case 'FILE_UPLOAD': {
      const Part = components.FILE_UPLOAD ?? defaultComponents.FILE_UPLOAD
      return <Part item={item} chunk={chunk} />
    }
    case 'SIGNATURE': {
      const Part = components.SIGNATURE ?? defaultComponents.SIGNATURE
      return <Part item={item} chunk={chunk} />
    }
    default:
      return null
  }
}
