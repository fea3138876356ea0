import { Fragment, memo, useState, useSyncExternalStore } from 'react'
import type { ReactElement } from 'react'
import { useSessionHandle } from '../hooks/session-context'
import type { TranscriptBlock, TranscriptItem } from '../store/session-state'
import { TranscriptItemView } from './transcript-item-view'

const NO_ITEMS: readonly TranscriptItem[] = []
const subscribeNowhere = () => () => {}
const getNoItems = () => NO_ITEMS

/** Items per run: the open block re-renders only its last run's items per chunk. */
const RUN_SIZE = 8

/** Props of `TranscriptBlockView`. */
export interface TranscriptBlockViewProps {
  /** A sealed block (it re-renders only when its object changes), or `null` for the open tail, which follows `state.tail`. Required. */
  block: TranscriptBlock | null
}

interface CachedRun {
  items: readonly TranscriptItem[]
  end: number
  element: ReactElement
}

/**
 * A run of transcript items (named apart from the store's `TranscriptBlock`
 * data type). Sealed blocks never change identity unless one of their items
 * does, so a memoised block costs nothing per new chunk, and only the tail
 * is subscribed to the store. The thread keys the tail with the id it will
 * have once sealed, so sealing re-renders this one component and none of
 * its bubbles.
 *
 * The items go in keyed fragments of `RUN_SIZE`, each reused as the same
 * element while its items are unchanged: React skips such a fragment as a
 * whole, so a new chunk in the tail revisits at most a few fragments and
 * the items of the last one instead of every item of the block.
 */
export const TranscriptBlockView = memo(function TranscriptBlockView({ block }: TranscriptBlockViewProps) {
  const { store } = useSessionHandle()
  // A sealed block does not subscribe at all: thousands of chunks cost it nothing.
  const getTail = () => store.getState().tail
  const tail = useSyncExternalStore(block ? subscribeNowhere : store.subscribe, block ? getNoItems : getTail, block ? getNoItems : getTail)
  const items = block ? block.items : tail
  const [runs] = useState(() => new Map<number, CachedRun>())
  const children: ReactElement[] = []
  for (let start = 0; start < items.length; start += RUN_SIZE) children.push(runElement(items, start, runs))
  return (
    <div className="formtalk-block" data-sealed={block ? '' : undefined}>
      {children}
    </div>
  )
})

function runElement(items: readonly TranscriptItem[], start: number, runs: Map<number, CachedRun>): ReactElement {
  const end = Math.min(start + RUN_SIZE, items.length)
  const cached = runs.get(start)
  if (cached && cached.end === end && sameRange(cached.items, items, start, end)) return cached.element
  const views = []
  for (let index = start; index < end; index++) {
    const item = items[index] as TranscriptItem
    views.push(<TranscriptItemView key={item.id} item={item} />)
  }
  const element = <Fragment key={`r${start}`}>{views}</Fragment>
  runs.set(start, { items, end, element })
  return element
}

/** Whether two arrays hold the same objects from `start` to `end` (the reuse check of cached runs and groups). */
export function sameRange<T>(previous: readonly T[], next: readonly T[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (previous[index] !== next[index]) return false
  }
  return true
}
