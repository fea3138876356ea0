import { memo } from 'react'
import type { TranscriptBlock } from '../store/session-state'
import { TranscriptBlockView } from './transcript-block'

/** Blocks per group: a commit walks at most this many block siblings plus one group per this many blocks. */
export const GROUP_SIZE = 16

export interface TranscriptGroupProps {
  /** Every sealed block of the session. */
  blocks: readonly TranscriptBlock[]
  /** The first block index of this group (a multiple of `GROUP_SIZE`). */
  start: number
}

/**
 * A fixed run of `GROUP_SIZE` blocks; the group holding `blocks.length` also
 * renders the open tail. When the tail updates, React clones the siblings of
 * every ancestor on the way down: grouping keeps that to a few groups plus at
 * most `GROUP_SIZE` blocks instead of every block of the conversation. Each
 * block keeps the key `b<index>` for life, so sealing the tail remounts nothing.
 */
export const TranscriptGroup = memo(function TranscriptGroup({ blocks, start }: TranscriptGroupProps) {
  const children = []
  for (let index = start; index < groupEnd(blocks, start); index++) {
    children.push(<TranscriptBlockView key={`b${index}`} block={blocks[index] ?? null} />)
  }
  const sealed = start + GROUP_SIZE <= blocks.length
  return (
    <div className="formtalk-group" data-sealed={sealed ? '' : undefined}>
      {children}
    </div>
  )
}, sameGroup)

function groupEnd(blocks: readonly TranscriptBlock[], start: number): number {
  // The tail sits at index `blocks.length`.
  return Math.min(start + GROUP_SIZE, blocks.length + 1)
}

function sameGroup(previous: TranscriptGroupProps, next: TranscriptGroupProps): boolean {
  if (previous.start !== next.start) return false
  const end = groupEnd(next.blocks, next.start)
  if (groupEnd(previous.blocks, previous.start) !== end) return false
  for (let index = next.start; index < end; index++) {
    if (previous.blocks[index] !== next.blocks[index]) return false
  }
  return true
}

/** The groups covering every sealed block and the tail. */
export function transcriptGroups(blocks: readonly TranscriptBlock[]) {
  const groups = []
  for (let start = 0; start <= blocks.length; start += GROUP_SIZE) {
    groups.push(<TranscriptGroup key={`g${start}`} blocks={blocks} start={start} />)
  }
  return groups
}
