import { useMemo } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor, within } from 'storybook/test'
// The inspector's stylesheet is its own (`formtalk/devtools.css`); the preview only loads the widget's.
import '../../src/devtools/protocol-inspector.css'
import { createInteractiveFormClient } from '../../src/api/client'
import { InteractiveForm } from '../../src/components'
import { createReplayFetch, ProtocolInspector, recordTranscript } from '../../src/devtools'
import type { RecordedTranscript, ReplayFetch } from '../../src/devtools'
import { SESSIONS_PATH, contactForm, createEmulator } from '../../src/emulator'
import { logOf, say, settled } from './feature-frame'

const MESSAGES = ["I'm Ada Lovelace", 'ada@example.com']

/**
 * Record once, replay byte for byte: the loader drives a real conversation
 * against the emulator through `recordTranscript`, keeps only the JSON
 * transcript, and the story replays it with `createReplayFetch` — no
 * emulator, no network. The protocol inspector (development only, rendered
 * through the widget's `devtools` slot) lists each turn's raw chunks.
 */
async function recordConversation(): Promise<RecordedTranscript> {
  const emulator = createEmulator({ chunkDelayMs: 0, debug: true })
  const recorder = recordTranscript((input, init) => emulator.fetch(input, init))
  const client = createInteractiveFormClient({ baseUrl: SESSIONS_PATH, fetch: recorder.fetch })
  let sessionId = ''
  for await (const event of client.createInteractiveFormSessionStreamed(contactForm.id)) sessionId ||= event.interactiveFormSession?.id ?? ''
  for (const input of MESSAGES) {
    for await (const event of client.sendUserMessageStreamed(sessionId, { input })) void event
  }
  // Exactly what a test would save to a file and load again.
  return JSON.parse(JSON.stringify(recorder.transcript())) as RecordedTranscript
}

function ReplayedForm({ transcript, replays }: { transcript: RecordedTranscript; replays: ReplayFetch[] }) {
  const client = useMemo(() => {
    const replay = createReplayFetch(transcript)
    replays.push(replay)
    return createInteractiveFormClient({ baseUrl: SESSIONS_PATH, fetch: replay })
  }, [transcript, replays])
  return (
    <div style={{ inlineSize: '640px', maxInlineSize: '100%' }}>
      <InteractiveForm
        formId={contactForm.id}
        client={client}
        progress={false}
        debug
        theme="light"
        devtools={(session) => <ProtocolInspector store={session.store} defaultOpen />}
      />
    </div>
  )
}

const meta = {
  title: 'Features/Devtools and replay',
  loaders: [async () => ({ transcript: await recordConversation(), replays: [] as ReplayFetch[] })],
  render: (_args, { loaded }) => <ReplayedForm transcript={loaded.transcript as RecordedTranscript} replays={loaded.replays as ReplayFetch[]} />,
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

export const ReplayWithInspector: Story = {
  play: async ({ canvasElement, loaded }) => {
    const replays = loaded.replays as ReplayFetch[]
    await settled(canvasElement)
    for (const message of MESSAGES) await say(canvasElement, message)
    // The replayed replies are the recorded ones: names and email captured.
    await expect(logOf(canvasElement).getByText('ada@example.com', { selector: '.formtalk-captured-value' })).toBeVisible()
    // Every recorded exchange was used, in order (a strict replay refuses any other request).
    await waitFor(() => expect(replays.at(-1)?.remaining()).toBe(0))
    await expect(within(canvasElement).getByText('Protocol inspector')).toBeVisible()
    const inspector = canvasElement.querySelector<HTMLElement>('.formtalk-inspector')
    // One entry per raw chunk, by type: three replies, names and email captured, DEBUG data kept.
    await waitFor(() => expect(inspector?.querySelectorAll('.formtalk-inspector-turn').length).toBeGreaterThanOrEqual(3))
    expect(inspector?.querySelectorAll('[data-chunk-type="TEXT_DATA"]').length).toBeGreaterThanOrEqual(3)
    expect(inspector?.querySelectorAll('[data-chunk-type="DEBUG"]').length).toBeGreaterThanOrEqual(1)
  },
}
