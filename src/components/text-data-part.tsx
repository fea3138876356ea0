import { useLayoutEffect, useRef, useState } from 'react'
import type { TextDataChunk } from '../api/wire-types'
import { fieldLabel } from '../form-schema/field-label'
import { useSessionHandle, useSessionStore } from '../hooks/session-context'
import { FieldEditor, selectEditState, useEditableField } from './field-editor'
import { captureFocusHandoff, useIsLatestCapture } from './latest-captures'
import type { ChunkPartProps } from './part-props'
import { useFormSchema, useLabels } from './widget-config'

/**
 * A value the assistant captured: a compact chip with the field's label and
 * the friendly value. The newest chip of an editable field has an Edit
 * button that opens an inline editor under it.
 */
export function TextDataPart({ item, chunk }: ChunkPartProps<TextDataChunk>) {
  const labels = useLabels()
  const form = useFormSchema()
  const { fieldTarget, displayValue, text } = chunk.textDataDetails
  const latest = useIsLatestCapture(item.id, fieldTarget)
  const [editing, setEditing] = useState(false)
  const label = fieldLabel(form, fieldTarget)
  return (
    <div className="formtalk-captured-item">
      <div className="formtalk-captured-row">
        <div className="formtalk-captured" data-role="assistant" data-field={fieldTarget}>
          <span className="formtalk-visually-hidden">{labels.captured}: </span>
          <span className="formtalk-check" aria-hidden="true">
            ✓
          </span>
          <span className="formtalk-captured-label">{label}</span>
          <span className="formtalk-visually-hidden">: </span>
          <span className="formtalk-captured-value">{displayValue || text}</span>
        </div>
        {latest ? <EditButton target={fieldTarget} label={label} editing={editing} onToggle={() => setEditing((open) => !open)} /> : null}
      </div>
      {latest && editing ? <ChipEditor target={fieldTarget} chunk={chunk} onClose={() => setEditing(false)} /> : null}
    </div>
  )
}

/** Mounted only on the newest chip of a field, so only a handful of chips subscribe to the session. */
function EditButton({ target, label, editing, onToggle }: { target: string; label: string; editing: boolean; onToggle: () => void }) {
  const labels = useLabels()
  const { store } = useSessionHandle()
  const editable = useEditableField(target)
  const editState = useSessionStore(selectEditState)
  const blocked = editState !== 'open'
  const button = useRef<HTMLButtonElement>(null)
  const wasEditing = useRef(editing)

  useLayoutEffect(() => {
    const handoff = captureFocusHandoff(store, target)
    if (handoff.take()) button.current?.focus()
    const element = button.current
    return () => {
      // This chip stops being the newest (a corrected value arrived) while its Edit had focus: the new chip's Edit takes it.
      if (element && element === element.ownerDocument.activeElement) handoff.leave()
    }
  }, [store, target])

  // The editor closed (saved, cancelled, Escape): focus comes back here.
  useLayoutEffect(() => {
    if (wasEditing.current && !editing) button.current?.focus()
    wasEditing.current = editing
  }, [editing])

  // Once submitted nothing can change: no Edit left as a dead Tab stop on every chip.
  if (!editable || editState === 'closed') return null
  return (
    <button
      ref={button}
      type="button"
      className="formtalk-captured-edit"
      aria-label={labels.editField(label)}
      aria-expanded={editing}
      aria-disabled={blocked ? true : undefined}
      onClick={() => {
        if (!blocked) onToggle()
      }}
    >
      {labels.edit}
    </button>
  )
}

function ChipEditor({ target, chunk, onClose }: { target: string; chunk: TextDataChunk; onClose: () => void }) {
  return (
    <div className="formtalk-captured-editor">
      <FieldEditor target={target} value={chunk.textDataDetails.value} onClose={onClose} />
    </div>
  )
}
