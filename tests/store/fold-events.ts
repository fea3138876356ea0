/** Folds store events through the real reducer, for the reducer and persistence tests. */
import { createInitialState, reduceSession } from '../../src/store'
import type { SessionEvent, SessionState } from '../../src/store'

export const FORM_ID = '11111111-1111-4111-8111-111111111111'
export const SESSION = { id: 'session-1', formId: FORM_ID }

export function fold(events: SessionEvent[], from: SessionState = createInitialState({ formId: FORM_ID })): SessionState {
  return events.reduce(reduceSession, from)
}
