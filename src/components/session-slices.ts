import { isBusy } from '../store/session-state'
import type { KeyedSlice } from './use-keyed-slice'

/** Keyed by the open prompt's item id: `open`, or `busy` while the rest of the reply still streams. */
export const openPromptSlice: KeyedSlice<'open' | 'busy'> = {
  keyOf: (state) => state.openPrompt?.itemId ?? null,
  valueOf: (state) => (isBusy(state) ? 'busy' : 'open'),
}

/** Keyed by the latest turn's id: whether that turn failed or was cut short and may be retried. */
export const retryableTurnSlice: KeyedSlice<boolean> = {
  keyOf: (state) => state.lastTurn?.id ?? null,
  valueOf: (state) => (state.failedMessage !== null || state.interrupted) && state.lastTurn?.status !== 'streaming',
}

/**
 * Keyed by the transcript index of the message that did not reach the server:
 * whether its Retry shows. Not while busy, and not when sending it again
 * cannot help (the banner offers no Retry either: a 404 for a forgotten
 * session, a 400, a 401/403).
 */
export const failedMessageSlice: KeyedSlice<boolean> = {
  keyOf: (state) => (state.failedMessage ? String(state.failedMessage.itemIndex) : null),
  valueOf: (state) => !isBusy(state) && (state.error === null || state.error.retryable),
}
