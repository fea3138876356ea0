import type { ReactElement } from 'react'
import type { TranscriptBlock } from '../store/session-state'
import { TranscriptBlockView, sameRange } from './transcript-block'

/** Children per group: blocks in a first-level group, groups of the level below in the others. */
export const GROUP_FANOUT = 4

/**
 * Group levels between the thread and the blocks. Fixed, so no block ever
 * moves to another parent (which would remount it); the thread lists
 * top-level groups of `GROUP_FANOUT ** GROUP_LEVELS` blocks each.
 */
export const GROUP_LEVELS = 4

/** How many blocks one group of `level` holds (level 0: a block). */
export function groupSpan(level: number): number {
  return GROUP_FANOUT ** level
}

interface CachedGroup {
  /** The blocks array the element was built from (only its range matters). */
  blocks: readonly TranscriptBlock[]
  end: number
  element: ReactElement
}

/** The group elements of one thread, reused while their blocks stay the same. */
export interface GroupCache {
  groups: Map<string, CachedGroup>
  first: TranscriptBlock | undefined
}

export function createGroupCache(): GroupCache {
  return { groups: new Map(), first: undefined }
}

/**
 * The top-level groups covering every sealed block and the tail (which sits
 * at index `blocks.length`).
 *
 * When the tail updates, React clones every sibling of each ancestor on the
 * way down and walks from each of them back to the root; the browser also
 * walks the children of each ancestor. A tree of small fixed fan-out keeps
 * the siblings to a few per level however long the conversation is, where
 * one level of groups cost a sibling per 512 items. A group is a plain
 * `<div>` element reused as the same object while its blocks are unchanged
 * (React then skips it), not a memoised component, so a level adds one fiber
 * to that walk rather than three. Every child keeps its key (`b<index>`,
 * `g<index>`) for life: sealing the tail or opening a group remounts nothing.
 */
export function transcriptGroups(blocks: readonly TranscriptBlock[], cache: GroupCache): ReactElement[] {
  if (blocks[0] !== cache.first) {
    // Another transcript (a reset or a restored session): nothing cached applies.
    cache.groups.clear()
    cache.first = blocks[0]
  }
  const groups = []
  for (let start = 0; start <= blocks.length; start += groupSpan(GROUP_LEVELS)) {
    groups.push(groupElement(blocks, GROUP_LEVELS, start, cache))
  }
  return groups
}

function groupElement(blocks: readonly TranscriptBlock[], level: number, start: number, cache: GroupCache): ReactElement {
  if (level === 0) return <TranscriptBlockView key={`b${start}`} block={blocks[start] ?? null} />
  const end = Math.min(start + groupSpan(level), blocks.length + 1)
  const cacheKey = `${level}:${start}`
  const cached = cache.groups.get(cacheKey)
  if (cached && cached.end === end && sameRange(cached.blocks, blocks, start, end)) return cached.element
  const children = []
  for (let child = start; child < end; child += groupSpan(level - 1)) children.push(groupElement(blocks, level - 1, child, cache))
  const sealed = start + groupSpan(level) <= blocks.length
  const element = (
    <div key={`g${start}`} className="formtalk-group" data-sealed={sealed ? '' : undefined}>
      {children}
    </div>
  )
  cache.groups.set(cacheKey, { blocks, end, element })
  return element
}
