/** Resume a conversation after a reload (`persist`). No React. */
export { DEFAULT_PERSIST_MAX_IDLE_MS, PERSIST_KEY_PREFIX, resolvePersistOptions } from './persist-options'
export type { PersistOptions, PersistStorage, ResolvedPersistOptions } from './persist-options'
export { PERSIST_FORMAT_VERSION, conversationOf, parsePersistedRecord } from './persisted-record'
export type { PersistedConversation, PersistedRecord, PersistedSubmission } from './persisted-record'
export { DRAFT_SAVE_DELAY_MS, SessionPersistence } from './session-persistence'
export type { PersistProblemCode, PersistedRead } from './session-persistence'
export { createSessionPersistence, readPersistedSubmission } from './create-session-persistence'
export type { FormPersistence, SessionPersistenceFactory } from './create-session-persistence'
