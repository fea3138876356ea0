import { useMemo } from 'react'
import { TranscriptItemView } from '../../src/components'
import type { RenderedChunkType } from '../../src/components'
import { useSessionStore } from '../../src/hooks/session-context'
import type { TranscriptItem } from '../../src/store/session-state'

/** What a transcript item is rendered as: `UserMessage`, `TEXT`, or its chunk type. */
export type ItemKind = 'UserMessage' | RenderedChunkType | (string & {})

function kindOf(item: TranscriptItem): ItemKind {
  if (item.kind === 'user') return 'UserMessage'
  if (item.kind === 'text') return 'TEXT'
  return item.chunk.chunkType
}

/**
 * The fixture store's transcript, live, through the widget's own item
 * renderer; `only` keeps the kinds a story is about.
 */
export function FixtureTranscript({ only }: { only?: readonly ItemKind[] }) {
  const blocks = useSessionStore((state) => state.blocks)
  const tail = useSessionStore((state) => state.tail)
  const items = useMemo(() => [...blocks.flatMap((block) => block.items), ...tail], [blocks, tail])
  return (
    <>
      {items
        .filter((item) => !only || only.includes(kindOf(item)))
        .map((item) => (
          <TranscriptItemView key={item.id} item={item} />
        ))}
    </>
  )
}
