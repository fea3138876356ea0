import { getItem } from '../../src/store'
import type { SessionState } from '../../src/store'

/**
 * Items that are new or were replaced between two states: exactly the bubbles
 * a thread memoised by item identity must render. Relies on the store's
 * contract that a sealed block keeps its identity while its items do.
 */
export function changedItemIds(before: SessionState, after: SessionState): string[] {
  const changed: string[] = []
  const blocks = after.blocks
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex]
    if (!block || block === before.blocks[blockIndex]) continue
    for (const item of block.items) if (getItem(before, item.index) !== item) changed.push(item.id)
  }
  for (const item of after.tail) if (getItem(before, item.index) !== item) changed.push(item.id)
  return changed
}
