import { useEffect, useMemo } from 'react'
import type { WixForm } from '../api/wire-types'
import { useSessionHandle, useStoreSelector } from '../hooks/session-context'
import type { SessionState } from '../store/session-state'
import type { FormProgressSnapshot, ValueWords } from './compute-form-progress'
import { createFormProgressSelector } from './form-progress-selector'

/** Where the hook can fetch a form schema: the formtalk client (`createInteractiveFormClient`) fits. */
export interface FormSchemaSource {
  /** Resolves the schema of `formId`; the hook aborts `signal` when it no longer needs the answer. */
  getForm(formId: string, options?: { signal?: AbortSignal | undefined }): Promise<WixForm>
}

/** Options of `useFormProgress` (and the progress components); all optional. */
export interface UseFormProgressOptions {
  /**
   * The form schema, when you have it. Default: the session's own (`state.form`,
   * from the session reply or an earlier `form-loaded`).
   */
  form?: WixForm | null | undefined
  /**
   * Fetches the schema (`client.getForm(formId)`) when neither `form` nor the
   * session has it, and stores it in the session (a `form-loaded` event) so
   * every consumer shares it. Default: none (no fetch; no fields until a schema is known).
   */
  client?: FormSchemaSource | undefined
  /** Told when fetching the schema fails. Default: the failure is ignored and the list stays empty. */
  onFormError?: ((error: unknown) => void) | undefined
  /**
   * Show only what the server confirmed: a value the user sent (an answer, a
   * correction) counts once the reply's `TEXT_DATA` carries it, and a flagged
   * field stays flagged until then — the view never runs ahead of the server.
   * The drop-in widget turns this on. Default: `false` (a sent value shows at once).
   */
  confirmedOnly?: boolean | undefined
  /**
   * How values the server gave no `displayValue` for are written: numbers in
   * `lang`, `true`/`false` as `yes`/`no` (a widget label set fits).
   * `<FormProgress>` passes its labels. Default: English.
   */
  valueWords?: ValueWords | undefined
}

const selectFormId = (state: SessionState) => state.formId
const selectHasForm = (state: SessionState) => state.form !== null

/**
 * The nearest session's form progress: each visible input field's state
 * (empty, captured, needs attention) and a percentage over the required
 * fields. Re-renders only when something visible changes; the returned
 * object keeps its identity otherwise. Each new chunk costs O(1) work plus
 * one pass over the form's fields.
 */
export function useFormProgress(options: UseFormProgressOptions = {}): FormProgressSnapshot {
  const { store } = useSessionHandle()
  const { form, client, onFormError, confirmedOnly = false, valueWords } = options
  // Compared by content: callers often pass a new object per render.
  const lang = valueWords?.lang
  const yes = valueWords?.yes
  const no = valueWords?.no
  // The selector's tracker notices a different transcript by itself (another store, a reset).
  const selector = useMemo(
    () => createFormProgressSelector(form, { confirmedOnly, valueWords: lang !== undefined && yes !== undefined && no !== undefined ? { lang, yes, no } : undefined }),
    [form, confirmedOnly, lang, yes, no],
  )
  const progress = useStoreSelector(store, selector)

  const formId = useStoreSelector(store, selectFormId)
  const hasForm = useStoreSelector(store, selectHasForm)
  const needsFetch = !form && !hasForm && client !== undefined && formId !== null
  useEffect(() => {
    if (!needsFetch || !client || formId === null) return
    const controller = new AbortController()
    client.getForm(formId, { signal: controller.signal }).then(
      (loaded) => {
        // Only if the session still wants this form.
        if (!controller.signal.aborted && store.getState().formId === formId) store.dispatch({ type: 'form-loaded', form: loaded })
      },
      (error: unknown) => {
        if (!controller.signal.aborted) onFormError?.(error)
      },
    )
    return () => controller.abort()
    // onFormError is a notification only; a new function must not refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needsFetch, client, formId, store])

  return progress
}
