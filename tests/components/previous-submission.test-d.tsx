import { describe, expectTypeOf, it } from 'vitest'
import { PreviousSubmission, readPersistedSubmission } from '../../src'
import type { PreviousSubmissionProps, UseInteractiveFormSessionResult } from '../../src'

describe('PreviousSubmission from the package root', () => {
  it('names the type of the hook’s previousSubmission', () => {
    expectTypeOf<UseInteractiveFormSessionResult['previousSubmission']>().toEqualTypeOf<PreviousSubmission | null>()
    expectTypeOf<PreviousSubmission>().toEqualTypeOf<{ submissionId: string; checkoutId?: string; submittedAt: Date }>()
  })

  it('is also what readPersistedSubmission returns, so a page without the hook can show the component', () => {
    expectTypeOf(readPersistedSubmission).returns.toEqualTypeOf<PreviousSubmission | null>()
  })

  it('is still the component that shows it', () => {
    expectTypeOf(PreviousSubmission).parameter(0).toEqualTypeOf<PreviousSubmissionProps>()
    const stored: PreviousSubmission = { submissionId: 's-1', submittedAt: new Date() }
    expectTypeOf(PreviousSubmission).toBeCallableWith({ submission: stored, onStartNew: () => {} })
  })
})
