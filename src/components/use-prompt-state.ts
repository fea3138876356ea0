import type { AssistantChunkItem } from '../store/session-state'
import { openPromptSlice } from './session-slices'
import { useKeyedSlice } from './use-keyed-slice'

/**
 * Where an input prompt stands: `answered` (it shows the answer), `open` (the
 * latest prompt, waiting for the user), `waiting` (latest, but the reply is
 * still streaming, so an answer would be refused) or `closed` (superseded).
 */
export type PromptState = 'answered' | 'open' | 'waiting' | 'closed'

/** The `PromptState` of the prompt in `item`, re-rendering only when it changes (see `PromptState` for each value). */
export function usePromptState(item: AssistantChunkItem): PromptState {
  const open = useKeyedSlice(openPromptSlice, item.id)
  if (item.answer) return 'answered'
  if (open === 'open') return 'open'
  if (open === 'busy') return 'waiting'
  return 'closed'
}

/** The `data-state` a prompt exposes: `open`, `answered` or `disabled`. */
export function promptDataState(state: PromptState): 'open' | 'answered' | 'disabled' {
  return state === 'open' ? 'open' : state === 'answered' ? 'answered' : 'disabled'
}
