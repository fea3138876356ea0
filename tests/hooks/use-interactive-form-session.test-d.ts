import { describe, expectTypeOf, it } from 'vitest'
import type { QueryClient } from '@tanstack/react-query'
import type { InteractiveFormClient } from '../../src/api/client'
import type { InteractiveFormError } from '../../src/api/errors'
import type { CurrentValues, JsonValue, ResponseChunk, WixForm } from '../../src/api/wire-types'
import { createSessionPersistence, useInteractiveFormSession } from '../../src/hooks'
import type {
  SessionErrorInfo,
  SessionHandle,
  SessionOperation,
  SessionSubmission,
  UseInteractiveFormSessionOptions,
  UseInteractiveFormSessionResult,
} from '../../src/hooks'
import type { CapturedValue, FailedMessage, OpenPrompt, SessionStore } from '../../src/store'

describe('useInteractiveFormSession types', () => {
  it('returns the session state with a closed status union', () => {
    type Result = ReturnType<typeof useInteractiveFormSession>
    expectTypeOf<Result>().toEqualTypeOf<UseInteractiveFormSessionResult>()
    expectTypeOf<Result['status']>().toEqualTypeOf<'idle' | 'starting' | 'streaming' | 'ready' | 'submitted' | 'error'>()
    expectTypeOf<Result['sessionId']>().toEqualTypeOf<string | null>()
    expectTypeOf<Result['values']>().toEqualTypeOf<Readonly<Record<string, CapturedValue>>>()
    expectTypeOf<Result['values'][string]['value']>().toEqualTypeOf<JsonValue>()
    expectTypeOf<Result['openPrompt']>().toEqualTypeOf<OpenPrompt | null>()
    expectTypeOf<Result['submission']>().toEqualTypeOf<{ submissionId: string; checkoutId?: string } | null>()
    expectTypeOf<Result['error']>().toEqualTypeOf<InteractiveFormError | null>()
    expectTypeOf<Result['failedMessage']>().toEqualTypeOf<FailedMessage | null>()
    expectTypeOf<Result['isBusy']>().toEqualTypeOf<boolean>()
    expectTypeOf<Result['interrupted']>().toEqualTypeOf<boolean>()
    expectTypeOf<Result['draft']>().toEqualTypeOf<string>()
    expectTypeOf<Result['store']>().toEqualTypeOf<SessionStore>()
    expectTypeOf<Result['handle']>().toEqualTypeOf<SessionHandle>()
  })

  it('returns what persist restored, null when nothing was', () => {
    type Result = UseInteractiveFormSessionResult
    expectTypeOf<Result['resumed']>().toEqualTypeOf<boolean>()
    expectTypeOf<Result['restoredAt']>().toEqualTypeOf<Date | null>()
    expectTypeOf<Result['previousSubmission']>().toEqualTypeOf<{ submissionId: string; checkoutId?: string; submittedAt: Date } | null>()
  })

  it('is itself a SessionHandle, so the result can go to <SessionProvider> as it is', () => {
    expectTypeOf<UseInteractiveFormSessionResult>().toExtend<SessionHandle>()
  })

  it('has the actions with their signatures', () => {
    type Result = UseInteractiveFormSessionResult
    expectTypeOf<Result['send']>().toEqualTypeOf<(text: string, options?: { currentValues?: CurrentValues }) => Promise<boolean>>()
    expectTypeOf<Result['answer']>().toEqualTypeOf<(fieldTarget: string, value: JsonValue, label: string) => Promise<boolean>>()
    expectTypeOf<Result['stop']>().toEqualTypeOf<() => void>()
    expectTypeOf<Result['retry']>().toEqualTypeOf<() => Promise<boolean>>()
    expectTypeOf<Result['reset']>().toEqualTypeOf<() => Promise<void>>()
    expectTypeOf<Result['start']>().toEqualTypeOf<() => Promise<void>>()
    expectTypeOf<Result['setDraft']>().toEqualTypeOf<(draft: string) => void>()
    expectTypeOf<Result['startOver']>().toEqualTypeOf<() => Promise<void>>()
  })

  it('types the client, QueryClient, form and callback options', () => {
    type Options = UseInteractiveFormSessionOptions
    expectTypeOf<Options['client']>().toEqualTypeOf<InteractiveFormClient | undefined>()
    expectTypeOf<Options['queryClient']>().toEqualTypeOf<QueryClient | undefined>()
    expectTypeOf<Options['form']>().toEqualTypeOf<WixForm | undefined>()
    expectTypeOf<NonNullable<Options['onChunk']>>().parameters.toEqualTypeOf<[ResponseChunk]>()
    expectTypeOf<NonNullable<Options['onSubmitted']>>().parameters.toEqualTypeOf<[SessionSubmission]>()
    expectTypeOf<NonNullable<Options['onCheckout']>>().parameters.toEqualTypeOf<[string]>()
    expectTypeOf<NonNullable<Options['onError']>>().parameters.toEqualTypeOf<[InteractiveFormError, SessionErrorInfo]>()
    expectTypeOf<SessionErrorInfo>().toEqualTypeOf<{ operation: SessionOperation; fatal: boolean }>()
    expectTypeOf<SessionOperation>().toEqualTypeOf<'create' | 'send' | 'form' | 'persist'>()
    // @ts-expect-error onCheckout is told the checkoutId, not the submission
    useInteractiveFormSession({ formId: 'f', onCheckout: (submission: SessionSubmission) => void submission })
    // @ts-expect-error createRetry counts are numbers
    useInteractiveFormSession({ formId: 'f', createRetry: { retries: '2' } })
    // @ts-expect-error createRetry is off with `false`, never on with `true` (the default already retries)
    useInteractiveFormSession({ formId: 'f', createRetry: true })
  })

  it('requires formId and rejects unknown options', () => {
    expectTypeOf<UseInteractiveFormSessionOptions['formId']>().toEqualTypeOf<string>()
    expectTypeOf(useInteractiveFormSession).toBeCallableWith({ formId: 'f' })
    expectTypeOf(useInteractiveFormSession).toBeCallableWith({
      formId: 'f',
      streaming: false,
      dryRun: true,
      autoStart: false,
      currentValues: { age: 3, tags: ['a'] },
      createRetry: false,
      onError: (error: InteractiveFormError, info: SessionErrorInfo) => void [error, info],
      onSubmitted: (submission: SessionSubmission) => void submission,
      onCheckout: (checkoutId: string) => void checkoutId,
    })
    expectTypeOf(useInteractiveFormSession).toBeCallableWith({ formId: 'f', createRetry: { retries: 5 } })
    // @ts-expect-error formId is required
    useInteractiveFormSession({ streaming: true })
    // @ts-expect-error unknown options are rejected
    useInteractiveFormSession({ formId: 'f', stream: true })
    // @ts-expect-error streaming is a boolean
    useInteractiveFormSession({ formId: 'f', streaming: 'yes' })
    // @ts-expect-error currentValues hold JSON values only
    useInteractiveFormSession({ formId: 'f', currentValues: { when: new Date() } })
  })

  it('takes persistence as a factory, so its code is only bundled when an app creates one', () => {
    expectTypeOf(useInteractiveFormSession).toBeCallableWith({ formId: 'f', persist: createSessionPersistence() })
    expectTypeOf(useInteractiveFormSession).toBeCallableWith({ formId: 'f', persist: createSessionPersistence({ storage: localStorage, key: 'k', maxIdleMs: 60_000 }) })
    // @ts-expect-error `persist: true` needs the persistence code in every bundle; pass createSessionPersistence()
    useInteractiveFormSession({ formId: 'f', persist: true })
    // @ts-expect-error options go to createSessionPersistence, not to the hook
    useInteractiveFormSession({ formId: 'f', persist: { maxIdleMs: 60_000 } })
  })
})
