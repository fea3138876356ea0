import type { InteractiveFormError } from '../api/errors'
import type { CurrentValues, InteractiveFormSession, JsonValue, ResponseChunk, WixForm } from '../api/wire-types'
import type { SessionState } from './session-state'

/**
 * The plain-data part of a session that can be saved and restored (`persist`):
 * no error object, no form schema, no status (derived on restore).
 */
export type RestoredSession = Pick<
  SessionState,
  'blocks' | 'tail' | 'itemCount' | 'values' | 'openPrompt' | 'submission' | 'lastTurn' | 'interrupted' | 'failedMessage' | 'draft' | 'turnCount' | 'lastUserItemIndex'
> & { session: { id: string; formId: string } }

/** Everything that can happen to a session; the reducer folds these in order. */
export type SessionEvent =
  /** A create request is about to go out (also after `reset`). */
  | { type: 'session-starting'; formId: string; currentValues?: CurrentValues | undefined }
  /** The service named the session (first event or standard reply). */
  | { type: 'session-created'; session: InteractiveFormSession }
  /** The form schema arrived from elsewhere (Forms API or the caller). */
  | { type: 'form-loaded'; form: WixForm }
  /** The user sent a message; `answer` when it answers an input prompt; `retryOf` re-sends a failed item. */
  | {
      type: 'user-message'
      /** The message as sent (`input`). */
      text: string
      /** Values sent with it; merged into `values` as `source: 'user'`. */
      currentValues?: CurrentValues | undefined
      /** The prompt it answers: the prompt item's index, the value and its words. */
      answer?: { itemIndex: number; value: JsonValue; label: string } | undefined
      /** The index of the failed user item to re-send (no new item is added). */
      retryOf?: number | undefined
    }
  /** One response chunk, in order. */
  | { type: 'chunk'; chunk: ResponseChunk }
  /**
   * Several chunks that arrived together (one network read of a stream), in
   * order: the same state as one `chunk` event each, but one store update, so
   * subscribers and React render once per read instead of once per chunk.
   */
  | { type: 'chunks'; chunks: readonly ResponseChunk[] }
  /** The reply finished without a transport error. */
  | { type: 'turn-ended' }
  /** The request or stream failed; chunks that arrived are kept. */
  | { type: 'turn-failed'; error: InteractiveFormError }
  /** The user stopped the reply. */
  | { type: 'turn-stopped' }
  /** The composer's text changed. */
  | { type: 'draft-changed'; draft: string }
  /** Back to an empty session for the same form. */
  | { type: 'reset' }
  /** A saved conversation replaces the state (a reload with `persist`); the session continues from it. `snapshot` must hold only `RestoredSession`'s fields (they are spread into the state). */
  | { type: 'restored'; snapshot: RestoredSession }
