import { useCallback, useMemo } from 'react'
import { findFieldInfo } from '../form-schema/list-input-fields'
import { useSessionStore } from '../hooks/session-context'
import type { FieldProgress } from '../progress/compute-form-progress'
import { FormProgress, FormProgressBar } from '../progress/form-progress'
import { progressLabelsOf } from '../progress/form-progress-labels'
import { editorKindOf } from './correction'
import { FieldEditor, selectEditState } from './field-editor'
import { useFormSchema, useLabels } from './widget-config'

// Lives with the progress parts, whose English defaults it derives from `en`; exported here as before.
export { progressLabelsOf }

const renderEditor = (field: FieldProgress, close: () => void) => <FieldEditor target={field.target} value={field.value} onClose={close} />

/**
 * The drop-in's form progress: the full panel (`variant="panel"`) beside the
 * chat on wide widgets, the compact bar above it on narrow ones. Values show
 * as the server confirmed them; Edit opens the inline editor. The panel
 * scrolls on its own, so it is focusable (keyboard scrolling).
 */
export function WidgetProgress({ variant }: { variant: 'panel' | 'bar' }) {
  const labels = useLabels()
  const form = useFormSchema()
  const editState = useSessionStore(selectEditState)
  const blocked = editState !== 'open'
  const closed = editState === 'closed'
  const progressLabels = useMemo(() => progressLabelsOf(labels), [labels])
  const isEditable = useCallback(
    (field: FieldProgress) => {
      if (closed) return false
      const info = findFieldInfo(form, field.target)
      return info !== undefined && editorKindOf(info) !== null
    },
    [form, closed],
  )
  const shared = { labels: progressLabels, confirmedOnly: true, renderEditor, editDisabled: blocked, isEditable }
  return variant === 'panel' ? <FormProgress {...shared} headingLevel={2} className="formtalk-progress-panel" tabIndex={0} /> : <FormProgressBar {...shared} />
}
