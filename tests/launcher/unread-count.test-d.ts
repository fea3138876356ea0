import { describe, expectTypeOf, it } from 'vitest'
import { useUnreadCount } from '../../src/launcher'
import type { SessionStore } from '../../src/store'

declare const store: SessionStore

describe('useUnreadCount types', () => {
  it('takes the session store and whether the launcher is open, and returns a count', () => {
    expectTypeOf(useUnreadCount).parameters.toEqualTypeOf<[SessionStore, boolean]>()
    expectTypeOf(useUnreadCount(store, false)).toEqualTypeOf<number>()
    // @ts-expect-error the store, not the session handle's actions, is counted
    useUnreadCount({ send: () => Promise.resolve(true) }, false)
  })
})
