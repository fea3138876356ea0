/** The React layer: provider, the headless session hook, and the store selectors for custom UIs. */
export { InteractiveFormProvider, createFormtalkQueryClient, useInteractiveFormClient, useInteractiveFormContext } from './interactive-form-provider'
export type { InteractiveFormContextValue, InteractiveFormProviderProps } from './interactive-form-provider'
export { useInteractiveFormSession } from './use-interactive-form-session'
export type { UseInteractiveFormSessionOptions, UseInteractiveFormSessionResult } from './use-interactive-form-session'
export { useTranscript } from './use-transcript'
export { SessionProvider, useSessionActions, useSessionHandle, useSessionStore, useStoreSelector } from './session-context'
export type { SessionActions, SessionHandle } from './session-context'
export type { CreateRetryOptions, SessionErrorInfo, SessionOperation, SessionSubmission } from './session-controller'
/** `persist`'s value. Re-exported here so it reaches the package root; only apps that call it bundle src/persist. */
export { createSessionPersistence, readPersistedSubmission } from '../persist'
export type { FormPersistence, PersistOptions, PersistStorage, PersistedRead, SessionPersistenceFactory } from '../persist'
