import { afterEach, beforeEach, expect, vi } from 'vitest'
import type { MockInstance } from 'vitest'

/**
 * Fails every test of the calling file that wrote to `console.error` (React's
 * warnings, an update after unmount, an act() misuse). Call it at the top of
 * the file, before its own hooks: after-hooks run last-registered first, so
 * this check runs after the file's own clean-up and sees what that logs too.
 * Returns the current test's spy, for a test that expects an error and
 * silences it (`mockImplementation`, then `mockReset`).
 */
export function failOnConsoleErrors(): () => MockInstance<typeof console.error> {
  let spy: MockInstance<typeof console.error> | undefined
  beforeEach(() => {
    spy = vi.spyOn(console, 'error')
  })
  afterEach(() => {
    expect(spy).not.toHaveBeenCalled()
    spy?.mockRestore()
  })
  return () => {
    if (!spy) throw new Error('failOnConsoleErrors: the spy exists only while a test runs')
    return spy
  }
}
