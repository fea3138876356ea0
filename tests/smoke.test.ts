import { describe, expect, it } from 'vitest'
import { InteractiveFormError } from '../src/api/errors'

describe('InteractiveFormError', () => {
  it('is retryable for 503 and not for 400', () => {
    expect(new InteractiveFormError({ kind: 'http', status: 503, message: 'x' }).retryable).toBe(true)
    expect(new InteractiveFormError({ kind: 'http', status: 400, message: 'x' }).retryable).toBe(false)
  })
})
