import type { InteractiveFormError } from '../api/errors'
import type { CurrentValues, InteractiveFormSession, JsonValue, ResponseChunk, WixForm } from '../api/wire-types'

/** Everything that can happen to a session; the reducer folds these in order. */
export type SessionEvent =
  /** A create request is about to go out (also after `reset`). */
  | { type: 'session-starting'; formId: string; currentValues?: CurrentValues }
  /** The service named the session (first event or standard reply). */
  | { type: 'session-created'; session: InteractiveFormSession }
  /** The form schema arrived from elsewhere (Forms API or the caller). */
  | { type: 'form-loaded'; form: WixForm }
  /** The user sent a message; `answer` when it answers an input prompt; `retryOf` re-sends a failed item. */
  | {
      type: 'user-message'
      text: string
      currentValues?: CurrentValues
      answer?: { itemIndex: number; value: JsonValue; label: string }
      retryOf?: number
    }
  /** One response chunk, in order. */
  | { type: 'chunk'; chunk: ResponseChunk }
  /** The reply finished without a transport error. */
  | { type: 'turn-ended' }
  /** The request or stream failed; chunks that arrived are kept. */
  | { type: 'turn-failed'; error: InteractiveFormError }
  /** The user stopped the reply. */
  | { type: 'turn-stopped' }
  | { type: 'draft-changed'; draft: string }
  /** Back to an empty session for the same form. */
  | { type: 'reset' }
