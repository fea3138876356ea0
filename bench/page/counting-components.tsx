import { createElement } from 'react'
import type { ComponentType } from 'react'
import { defaultComponents } from '../../src/components'
import type { ChunkComponents } from '../../src/components'

/** Bubble renders so far; read before and after a dispatch. */
export interface RenderCounter {
  renders: number
  /** The item ids rendered since the runner last cleared it (to explain a mismatch). */
  renderedIds: string[]
}

/**
 * A `components` override map that wraps every bubble renderer (each chunk
 * part and `UserMessage`) in a component counting its own renders, so the
 * count is of item components, not of the thread or its blocks. `Composer`
 * is not a bubble and keeps its default.
 */
export function countingComponents(counter: RenderCounter): Partial<ChunkComponents> {
  function counted<P extends { item: { id: string } }>(Inner: ComponentType<P>): ComponentType<P> {
    function CountedBubble(props: P & { item: { id: string } }) {
      counter.renders++
      counter.renderedIds.push(props.item.id)
      return createElement(Inner, props)
    }
    return CountedBubble
  }
  return {
    TEXT: counted(defaultComponents.TEXT),
    TEXT_DATA: counted(defaultComponents.TEXT_DATA),
    SINGLE_SELECT_INPUT: counted(defaultComponents.SINGLE_SELECT_INPUT),
    MULTI_SELECT_INPUT: counted(defaultComponents.MULTI_SELECT_INPUT),
    NUMBER_INPUT: counted(defaultComponents.NUMBER_INPUT),
    SEPARATOR: counted(defaultComponents.SEPARATOR),
    IMPORTANT_TEXT: counted(defaultComponents.IMPORTANT_TEXT),
    ERROR: counted(defaultComponents.ERROR),
    SUBMISSION: counted(defaultComponents.SUBMISSION),
    DEBUG: counted(defaultComponents.DEBUG),
    FILE_UPLOAD: counted(defaultComponents.FILE_UPLOAD),
    SIGNATURE: counted(defaultComponents.SIGNATURE),
    UNKNOWN: counted(defaultComponents.UNKNOWN),
    UserMessage: counted(defaultComponents.UserMessage),
  }
}
