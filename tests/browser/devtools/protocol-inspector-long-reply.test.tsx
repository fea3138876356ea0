import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import '../../../src/components/styles.css'
import '../../../src/devtools/protocol-inspector.css'
import { ProtocolInspector, recordTranscript } from '../../../src/devtools'
import { createSessionStore } from '../../../src/store'
import { byteStreamFetch } from '../../devtools/byte-stream-fetch'

const EVENTS = 150
const HELD_AT = 100

const chunks = Array.from({ length: EVENTS }, (_, index) =>
  index % 10 === 9 ? { chunkType: 'DEBUG', debugDetails: { data: { step: index } } } : { chunkType: 'TEXT', textDetails: { text: `Part ${index} — Grüße` } },
)

function listed(container: HTMLElement) {
  return Array.from(container.querySelectorAll('.formtalk-inspector-entry')).map((entry) => entry.getAttribute('data-chunk-type'))
}

describe('<ProtocolInspector> following a long streamed reply in Chromium', () => {
  it('lists every chunk in order while the reply arrives and once it has ended', async () => {
    const encoder = new TextEncoder()
    const pieces = chunks.map((chunk) => ({ bytes: encoder.encode(`data: ${JSON.stringify({ responseChunk: chunk })}\n\n`) }))
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const recorder = recordTranscript(byteStreamFetch(pieces, { gate: (index) => (index === HELD_AT ? held : Promise.resolve()) }).fetch)
    const screen = await render(
      <div className="formtalk" style={{ blockSize: 'auto' }}>
        <ProtocolInspector store={createSessionStore({ formId: 'form-1' })} recorder={recorder} defaultOpen />
      </div>,
    )
    const response = await recorder.fetch('/forms/ai/v1/interactive-form-sessions/s/send-user-message-streamed', { method: 'POST', body: '{"input":"hi"}' })
    const body = response.text()

    await expect.element(screen.getByText(`1 turn, ${HELD_AT} chunks`)).toBeVisible()
    await expect.element(screen.getByText('· 200 (receiving)', { exact: false })).toBeInTheDocument()
    expect(listed(screen.container)).toEqual(chunks.slice(0, HELD_AT).map((chunk) => chunk.chunkType))

    release()
    await body
    await recorder.settled()
    await expect.element(screen.getByText(`1 turn, ${EVENTS} chunks`)).toBeVisible()
    expect(listed(screen.container)).toEqual(chunks.map((chunk) => chunk.chunkType))
    const entries = screen.container.querySelectorAll('.formtalk-inspector-entry pre')
    expect(entries[HELD_AT]?.textContent).toBe(JSON.stringify(chunks[HELD_AT], null, 2))
    expect(entries[EVENTS - 1]?.textContent).toBe(JSON.stringify({ step: EVENTS - 1 }, null, 2))
  })
})
