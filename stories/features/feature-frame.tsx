/**
 * The feature stories' widget: `<InteractiveForm>` (or the launcher) against
 * the emulator in the page, at a chosen width, plus the play-function steps
 * they share.
 */
import { useMemo } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { createInteractiveFormClient } from '../../src/api/client'
import type { InteractiveFormClient } from '../../src/api/client'
import { InteractiveForm } from '../../src/components'
import type { InteractiveFormProps } from '../../src/components'
import { SESSIONS_PATH } from '../../src/emulator'
import type { Emulator } from '../../src/emulator'

/** A client whose `fetch` is the emulator's handler. */
export function useEmulatorClient(emulator: Emulator): InteractiveFormClient {
  return useMemo(() => createInteractiveFormClient({ baseUrl: SESSIONS_PATH, fetch: (input, init) => emulator.fetch(input, init) }), [emulator])
}

export interface FeatureFormProps extends Omit<InteractiveFormProps, 'client' | 'baseUrl' | 'fetch' | 'headers'> {
  emulator: Emulator
  /** The widget's width in px (progress is a side panel from 720). */
  width: number
}

export function FeatureForm({ emulator, width, ...props }: FeatureFormProps) {
  const client = useEmulatorClient(emulator)
  return (
    <div style={{ inlineSize: `${width}px`, maxInlineSize: '100%' }}>
      <InteractiveForm {...props} client={client} />
    </div>
  )
}

/** Waits until the widget (anywhere under `root`) has finished its reply. */
export async function settled(root: HTMLElement, status: RegExp = /^(ready|submitted)$/) {
  await waitFor(() => expect(root.querySelector<HTMLElement>('.formtalk')?.dataset.status).toMatch(status), { timeout: 5_000 })
}

/** Types a message into the composer (whatever its label's language), presses Enter and waits for the reply. */
export async function say(root: HTMLElement, words: string) {
  const box = root.querySelector<HTMLTextAreaElement>('.formtalk-composer textarea')
  if (!box) throw new Error('No message box on the page')
  await userEvent.type(box, `${words}{Enter}`)
  await settled(root)
}

/** Queries inside the conversation log only (the announcer repeats finished turns, the progress panel repeats labels). */
export function logOf(root: HTMLElement) {
  return within(within(root).getByRole('log'))
}
