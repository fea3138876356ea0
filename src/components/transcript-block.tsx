import { memo, useSyncExternalStore } from 'react'
import { useSessionHandle } from '../hooks/session-context'
import type { TranscriptBlock, TranscriptItem } from '../store/session-state'
import { TranscriptItemView } from './transcript-item-view'

const NO_ITEMS: readonly TranscriptItem[] = []
const subscribeNowhere = () => () => {}
const getNoItems = () => NO_ITEMS

export interface TranscriptBlockViewProps {
  /** A sealed block (it re-renders only when its object changes), or `null` for the open tail, which follows `state.tail`. */
  block: TranscriptBlock | null
}

/**
 * A run of transcript items (named apart from the store's `TranscriptBlock`
 * data type). Sealed blocks never change identity unless one of their items
 * does, so a memoised block costs nothing per new chunk, and only the tail
 * is subscribed to the store. The thread keys the tail with the id it will
 * have once sealed, so sealing re-renders this one component and none of
 * its bubbles.
 */
export const TranscriptBlockView = memo(function TranscriptBlockView({ block }: TranscriptBlockViewProps) {
  const { store } = useSessionHandle()
  // A sealed block does not subscribe at all: thousands of chunks cost it nothing.
  const getTail = () => store.getState().tail
  const tail = useSyncExternalStore(block ? subscribeNowhere : store.subscribe, block ? getNoItems : getTail, block ? getNoItems : getTail)
  const items = block ? block.items : tail
  return (
    <div className="formtalk-block" data-sealed={block ? '' : undefined}>
      {items.map((item) => (
        <TranscriptItemView key={item.id} item={item} />
      ))}
    </div>
  )
})
