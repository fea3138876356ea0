/**
 * The real widget against the emulator running in the page: the emulator's
 * Fetch handler is the client's `fetch`, so no request leaves the browser.
 * Stories build the emulator in a loader; the play function reads what it
 * stored (`emulator.submissions()`, `emulator.sessions()`).
 */
import { useMemo } from 'react'
import type { StoryContext } from '@storybook/react-vite'
import { createInteractiveFormClient } from '../../src/api/client'
import { InteractiveForm } from '../../src/components'
import type { InteractiveFormProps } from '../../src/components'
import { SESSIONS_PATH, createEmulator } from '../../src/emulator'
import type { Emulator, EmulatorOptions } from '../../src/emulator'

/** A loader that builds a fresh emulator (no chunk delay unless asked) and an empty request log for each render of the story. */
export function emulatorLoader(options: EmulatorOptions = {}) {
  return async () => ({ emulator: createEmulator({ chunkDelayMs: 0, ...options }), requestLog: [] as string[] })
}

/** The paths the widget requested so far, in order (from the story's loader). */
export function requestLogOf(context: Pick<StoryContext, 'loaded'>): string[] {
  const log: unknown = context.loaded.requestLog
  if (!Array.isArray(log)) throw new Error('This story needs `loaders: [emulatorLoader(…)]` to keep a request log.')
  return log as string[]
}

/** The emulator the story's loader built. */
export function emulatorOf(context: Pick<StoryContext, 'loaded'>): Emulator {
  const emulator: unknown = context.loaded.emulator
  if (!emulator || typeof emulator !== 'object' || !('fetch' in emulator)) {
    throw new Error('This story needs `loaders: [emulatorLoader(…)]` to build its emulator.')
  }
  return emulator as Emulator
}

export interface EmulatorFormProps extends Omit<InteractiveFormProps, 'client' | 'baseUrl' | 'fetch' | 'headers'> {
  /** The emulator answering every request. */
  emulator: Emulator
  /** Receives the path of every request, so a story can tell which endpoints were used. Default: none. */
  requestLog?: string[] | undefined
}

// A fixed width, as on a page; the widget's own height applies.
const frameStyle = { inlineSize: '32rem', maxInlineSize: '100%' }

/** `<InteractiveForm>` talking to `emulator` through an injected `fetch`. */
export function EmulatorForm({ emulator, requestLog, ...props }: EmulatorFormProps) {
  const client = useMemo(
    () =>
      createInteractiveFormClient({
        baseUrl: SESSIONS_PATH,
        fetch: (input, init) => {
          requestLog?.push(new URL(input, location.href).pathname)
          return emulator.fetch(input, init)
        },
      }),
    [emulator, requestLog],
  )
  return (
    <div style={frameStyle}>
      <InteractiveForm {...props} client={client} />
    </div>
  )
}
