/**
 * A memoised store selector for form progress, for `useSyncExternalStore`
 * and for code that subscribes to a session store itself. No React.
 */
import type { WixForm } from '../api/wire-types'
import type { SessionState } from '../store/session-state'
import { computeFormProgress, isSameFormProgress } from './compute-form-progress'
import type { FormProgressSnapshot, ValueWords } from './compute-form-progress'
import { createFieldNotesTracker } from './field-notes'

/**
 * Returns a selector `(state) => FormProgressSnapshot` that keeps its own field-notes
 * tracker (each new item is read once) and returns the previous object while
 * nothing visible changed — safe as a `useSyncExternalStore` snapshot.
 * One selector per consumer: it remembers the last state it saw.
 *
 * @param form The form schema to use instead of `state.form`. Default: `state.form`.
 * @param options `confirmedOnly`: show only values the server confirmed (see
 *   `UseFormProgressOptions.confirmedOnly`). Default: `false`. `valueWords`:
 *   how values without a server `displayValue` are written. Default: English.
 */
export function createFormProgressSelector(
  form?: WixForm | null,
  options: { confirmedOnly?: boolean | undefined; valueWords?: ValueWords | undefined } = {},
): (state: SessionState) => FormProgressSnapshot {
  const confirmedOnly = options.confirmedOnly === true
  const { valueWords } = options
  const tracker = createFieldNotesTracker({ untilConfirmed: confirmedOnly })
  let last: FormProgressSnapshot | undefined
  let lastForm: WixForm | null | undefined
  let lastValues: SessionState['values'] | undefined
  let lastNotes: ReturnType<typeof tracker.update> | undefined
  let lastConfirmed: ReturnType<typeof tracker.confirmedValues> | undefined

  return (state) => {
    const notes = tracker.update(state)
    const confirmed = confirmedOnly ? tracker.confirmedValues() : undefined
    const currentForm = form ?? state.form
    if (last && currentForm === lastForm && state.values === lastValues && notes === lastNotes && confirmed === lastConfirmed) return last
    lastForm = currentForm
    lastValues = state.values
    lastNotes = notes
    lastConfirmed = confirmed
    const next = computeFormProgress(currentForm, state, notes, confirmed, valueWords)
    if (last && isSameFormProgress(last, next)) return last
    last = next
    return next
  }
}
