import { useMemo } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
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

/** The story's controls. */
interface DevtoolsArgs {
  /** The widget theme the inspector is dressed in (`data-theme` on the root). Default: `light`. */
  theme: 'light' | 'dark'
}

function ReplayedForm({ transcript, replays, theme }: { transcript: RecordedTranscript; replays: ReplayFetch[]; theme: DevtoolsArgs['theme'] }) {
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
        theme={theme}
        devtools={(session) => <ProtocolInspector store={session.store} defaultOpen />}
      />
    </div>
  )
}

const meta = {
  title: 'Features/Devtools and replay',
  args: { theme: 'light' },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark'], description: 'The widget theme (`data-theme` on the root).' } },
  loaders: [async () => ({ transcript: await recordConversation(), replays: [] as ReplayFetch[] })],
  render: (args, { loaded }) => <ReplayedForm transcript={loaded.transcript as RecordedTranscript} replays={loaded.replays as ReplayFetch[]} theme={args.theme} />,
} satisfies Meta<DevtoolsArgs>

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

/**
 * The inspector in the dark theme: it takes the widget's dark colours, and
 * an opened turn lists its raw chunks (axe checks their contrast).
 */
export const DarkInspector: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement)
    const root = canvasElement.querySelector<HTMLElement>('.formtalk')
    await expect(root).toHaveAttribute('data-theme', 'dark')
    const inspector = canvasElement.querySelector<HTMLElement>('.formtalk-inspector')!
    await expect(within(inspector).getByText('Protocol inspector')).toBeVisible()
    // One row: the greeting's turn (no message was sent).
    const turns = inspector.querySelectorAll<HTMLElement>('.formtalk-inspector-turn')
    await expect(turns).toHaveLength(1)
    const turn = turns[0]!
    await expect(turn).toBeVisible()
    await userEvent.click(turn.querySelector('summary')!)
    const text = within(turn).getAllByText('TEXT', { selector: 'code' })
    await expect(text[0]).toBeVisible()
    await expect(getComputedStyle(inspector).backgroundColor).toBe('rgb(22, 23, 27)')
    await expect(getComputedStyle(text[0]!).color).toBe('rgb(230, 230, 234)')
  },
}
