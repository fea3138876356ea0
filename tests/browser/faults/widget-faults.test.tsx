/**
 * The widget in real Chromium against the emulator's injected faults. The
 * emulator's Fetch handler is the client's `fetch`, so the real SSE bytes go
 * through the real client and stream parser. Assertions are about what the
 * user sees and can do: words, Retry, their text, one request per action.
 */
import type { QueryClient } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../../src/components/styles.css'
import { createInteractiveFormClient } from '../../../src/api/client'
import type { FetchFunction } from '../../../src/api/client'
import type { InteractiveFormError } from '../../../src/api/errors'
import { InteractiveForm } from '../../../src/components/interactive-form'
import { SESSIONS_PATH, contactForm, createEmulator } from '../../../src/emulator'
import type { EmulatorOptions, FaultName } from '../../../src/emulator'
import { createFormtalkQueryClient } from '../../../src/hooks'
import type { SessionErrorInfo } from '../../../src/hooks/session-controller'
import { failOnConsoleErrors } from '../../support/no-console-errors'
import { createReplyGate } from '../features/emulator-widget'

const BASE_URL = `http://emulator.local${SESSIONS_PATH}`
const NAME = 'My name is Ada Lovelace'

failOnConsoleErrors()

interface Setup extends EmulatorOptions {
  timeoutMs?: number
  queryClient?: QueryClient
}

async function renderForm(options: Setup = {}) {
  const { timeoutMs = 5_000, queryClient, ...emulatorOptions } = options
  const emulator = createEmulator(emulatorOptions)
  const requests: string[] = []
  /** Per streamed reply: whether the client cancelled its body. */
  const streamsCancelled: boolean[] = []
  /** Holds the answers to sends while closed: the request is in flight, the widget streaming. */
  const gate = createReplyGate()
  const fetch: FetchFunction = async (url, init) => {
    const kind = url.endsWith('create-streamed') || url === BASE_URL ? 'create' : 'send'
    if (!url.includes('/form-schema-service/')) {
      requests.push(kind)
      if (kind === 'send') await gate.pass(init?.signal)
    }
    const response = await emulator.fetch(url, init)
    if (!url.endsWith('-streamed') || response.body === null) return response
    const stream = streamsCancelled.push(false) - 1
    const reader = response.body.getReader()
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read()
        if (done) controller.close()
        else controller.enqueue(value)
      },
      cancel(reason) {
        streamsCancelled[stream] = true
        return reader.cancel(reason)
      },
    })
    return new Response(body, { status: response.status, headers: response.headers })
  }
  const client = createInteractiveFormClient({ baseUrl: BASE_URL, fetch, timeoutMs })
  const onError = vi.fn<(error: InteractiveFormError, info: SessionErrorInfo) => void>()
  const screen = await render(<InteractiveForm formId={contactForm.id} client={client} queryClient={queryClient} onError={onError} createRetry={{ retries: 2, delayMs: 10 }} />)
  const root = () => screen.container.querySelector<HTMLElement>('.formtalk')
  const log = () => screen.getByRole('log')
  const textbox = () => screen.getByRole('textbox', { name: 'Message' })
  const greeted = async () => {
    await expect.element(log().getByText('Contact us', { exact: true })).toBeVisible()
    await expect.poll(() => root()?.dataset.status).toBe('ready')
  }
  const sends = () => requests.filter((request) => request === 'send').length
  return { emulator, screen, onError, requests, streamsCancelled, sends, root, log, textbox, greeted, hold: gate.hold, release: gate.release }
}

/** Fails the first message of the conversation with `fault`, then behaves. */
function firstSend(fault: FaultName): EmulatorOptions['faults'] {
  let used = false
  return (request) => {
    if (used || !request.endpoint.startsWith('send')) return undefined
    used = true
    return fault
  }
}

async function typeAndEnter(view: Awaited<ReturnType<typeof renderForm>>, text: string) {
  await userEvent.click(view.textbox())
  await userEvent.keyboard(`${text}{Enter}`)
}

function userBubble(view: Awaited<ReturnType<typeof renderForm>>) {
  return view.screen.container.querySelector<HTMLElement>('.formtalk-user')
}

describe.each<{ fault: FaultName; words: string }>([
  { fault: 'http-500', words: 'The service is having trouble right now. Try again in a moment.' },
  { fault: 'http-503', words: 'The service is having trouble right now. Try again in a moment.' },
  { fault: 'rate-limit', words: 'Too many requests, try again in 2 s.' },
  { fault: 'network', words: 'You appear to be offline. Check your connection and try again.' },
])('a send failing with $fault', ({ fault, words }) => {
  it('says so in words, keeps the message with Retry, sends nothing by itself, and Retry delivers it', async () => {
    const view = await renderForm({ faults: firstSend(fault) })
    await view.greeted()
    await typeAndEnter(view, NAME)

    await expect.element(view.screen.getByRole('alert')).toHaveTextContent(words)
    const bubble = userBubble(view)
    expect(bubble?.dataset.delivery).toBe('failed')
    expect(bubble?.textContent).toContain(NAME)
    expect(bubble?.textContent).toContain('Not sent.')
    // The words are back in the composer too, ready to edit or send again.
    await expect.element(view.textbox()).toHaveValue(NAME)
    expect(view.sends()).toBe(1)
    expect(view.emulator.sessions()[0]?.values).toEqual({})

    await userEvent.click(view.screen.getByRole('button', { name: 'Retry' }).first())
    await expect.poll(() => userBubble(view)?.dataset.delivery).toBe('sent')
    await expect.poll(() => view.root()?.dataset.status).toBe('ready')
    expect(view.screen.container.querySelector('[role="alert"].formtalk-banner')).toBeNull()
    // Exactly the failed send and Retry's: nothing went out by itself in between.
    expect(view.sends()).toBe(2)
    expect(view.screen.container.querySelectorAll('.formtalk-user')).toHaveLength(1)
    await expect.element(view.textbox()).toHaveValue('')
    expect(view.emulator.sessions()[0]?.values).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace' })
  })
})

describe('a conversation the service has forgotten (a 404 for its session, e.g. idle too long)', () => {
  it('says it expired, offers no Retry but "Start a new form", which starts one with the message still in the box', async () => {
    let clock = Date.parse('2027-06-09T10:00:00Z')
    const view = await renderForm({ now: () => new Date(clock), sessionIdleMs: 60_000 })
    await view.greeted()
    const forgotten = view.emulator.sessions()[0]?.id
    clock += 61_000
    await typeAndEnter(view, NAME)

    const alert = view.screen.getByRole('alert')
    await expect.element(alert).toHaveTextContent('This conversation has expired. Start a new one: your message is still here.')
    await expect.element(view.textbox()).toHaveValue(NAME)
    // Neither the alert nor the "Not sent." bubble offers Retry: it would fail the same way.
    expect(userBubble(view)?.textContent).toContain('Not sent.')
    expect(view.screen.container.querySelector('.formtalk-retry')).toBeNull()
    expect(view.onError).toHaveBeenCalledWith(expect.objectContaining({ status: 404 }), { operation: 'send', fatal: true })

    await userEvent.click(view.screen.getByRole('button', { name: 'Start a new form' }))
    await view.greeted()
    expect(view.requests).toEqual(['create', 'send', 'create'])
    const fresh = view.emulator.sessions().find((session) => session.id !== forgotten)
    expect(fresh).toBeDefined()
    // The typed message survived the new start and goes to the new session.
    await expect.element(view.textbox()).toHaveValue(NAME)
    await userEvent.click(view.textbox())
    await userEvent.keyboard('{Enter}')
    await expect.poll(() => view.emulator.sessions().find((session) => session.id === fresh?.id)?.values).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace' })
    expect(view.screen.container.querySelector('[role="alert"].formtalk-banner')).toBeNull()
  })
})

describe('a create failing with a transient error', () => {
  it('is retried automatically: the user just sees the greeting', async () => {
    const view = await renderForm({ faults: [{ fault: 'http-503' }] })
    await view.greeted()
    expect(view.requests).toEqual(['create', 'create'])
    expect(view.screen.container.querySelector('[role="alert"]')).toBeNull()
    expect(view.onError).not.toHaveBeenCalled()
  })
})

describe('no answer within the timeout', () => {
  it('says the assistant took too long and Retry goes through', async () => {
    const view = await renderForm({ timeoutMs: 400, faultDelayMs: 10_000, faults: firstSend('slow') })
    await view.greeted()
    await typeAndEnter(view, NAME)
    await expect.element(view.screen.getByRole('alert')).toHaveTextContent('The assistant took too long to answer. Try again.')
    expect(userBubble(view)?.dataset.delivery).toBe('failed')
    await userEvent.click(view.screen.getByRole('button', { name: 'Retry' }).first())
    await expect.poll(() => userBubble(view)?.dataset.delivery).toBe('sent')
    expect(view.emulator.sessions()[0]?.values).toMatchObject({ firstName: 'Ada' })
  })
})

describe('a stream cut after some chunks', () => {
  it('keeps what arrived, says the reply was cut short, and Retry finishes it', async () => {
    const view = await renderForm({ faults: firstSend('cut-stream') })
    await view.greeted()
    await typeAndEnter(view, NAME)
    const alert = view.screen.getByRole('alert')
    await expect.element(alert).toHaveTextContent('The reply was cut short.')
    // The user's message and the two chunks that made it (the captured names) stay on screen.
    expect(userBubble(view)?.textContent).toContain(NAME)
    const captured = [...view.screen.container.querySelectorAll('.formtalk-captured-value')].map((element) => element.textContent)
    expect(captured).toEqual(['Ada', 'Lovelace'])
    await userEvent.click(alert.getByRole('button', { name: 'Retry' }))
    await expect.poll(() => view.root()?.dataset.status).toBe('ready')
    expect(view.screen.container.querySelector('.formtalk-banner')).toBeNull()
    // Retry re-sent into the same bubble, and the conversation moved on.
    expect(view.screen.container.querySelectorAll('.formtalk-user')).toHaveLength(1)
    expect(userBubble(view)?.dataset.delivery).toBe('sent')
    await expect.element(view.log().getByText(/email/i).last()).toBeVisible()
  })
})

describe('END_OF_RESPONSE with success: false', () => {
  it('says the reply was cut short and offers Retry', async () => {
    const view = await renderForm({ faults: firstSend('end-failure') })
    await view.greeted()
    await typeAndEnter(view, NAME)
    const alert = view.screen.getByRole('alert')
    await expect.element(alert).toHaveTextContent('The reply was cut short.')
    const before = view.sends()
    await userEvent.click(alert.getByRole('button', { name: 'Retry' }))
    await expect.poll(() => view.root()?.dataset.status).toBe('ready')
    expect(view.sends()).toBe(before + 1)
  })
})

describe('a malformed frame', () => {
  it('is skipped: the reply completes, no alert, and onError gets a non-fatal warning', async () => {
    const view = await renderForm({ faults: firstSend('malformed-frame') })
    await view.greeted()
    await typeAndEnter(view, NAME)
    await expect.poll(() => userBubble(view)?.dataset.delivery).toBe('sent')
    await expect.poll(() => view.root()?.dataset.status).toBe('ready')
    await expect.element(view.log().getByText(/email/i).last()).toBeVisible()
    expect(view.screen.container.querySelector('.formtalk-banner')).toBeNull()
    expect(view.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'protocol' }), { operation: 'send', fatal: false })
  })
})

describe('an unknown chunk type', () => {
  it('does not break the reply around it', async () => {
    const view = await renderForm({ faults: firstSend('unknown-chunk') })
    await view.greeted()
    await typeAndEnter(view, NAME)
    await expect.poll(() => view.root()?.dataset.status).toBe('ready')
    await expect.element(view.log().getByText(/email/i).last()).toBeVisible()
    expect(view.screen.container.querySelector('.formtalk-banner')).toBeNull()
    expect(view.onError).not.toHaveBeenCalled()
  })
})

describe('an ERROR chunk', () => {
  it('shows the service message and the chat goes on', async () => {
    const view = await renderForm({ faults: firstSend('error-chunk') })
    await view.greeted()
    await typeAndEnter(view, NAME)
    await expect.element(view.log().getByText(/something went wrong on our side/)).toBeVisible()
    await expect.poll(() => view.root()?.dataset.status).toBe('ready')
    await typeAndEnter(view, NAME)
    await expect.poll(() => view.emulator.sessions()[0]?.values).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace' })
  })
})

describe('unmount while a reply streams', () => {
  it('stops the stream, and nothing of it reaches the page, the callbacks or the console afterwards', async () => {
    const queryClient = createFormtalkQueryClient()
    const view = await renderForm({ chunkDelayMs: 80, queryClient })
    await expect.poll(() => view.root()?.dataset.status).toBe('streaming')
    await expect.element(view.log().getByText(/Hi!/)).toBeVisible()
    expect(view.streamsCancelled).toEqual([false])
    view.screen.unmount()
    // The reply in flight was cancelled, not left streaming into nothing.
    await expect.poll(() => view.streamsCancelled).toEqual([true])
    // The create has settled: the widget is done with it, so a late callback or console error would have happened by now.
    await expect.poll(() => queryClient.isMutating()).toBe(0)
    expect(view.screen.container.querySelector('.formtalk')).toBeNull()
    expect(view.onError).not.toHaveBeenCalled()
  })
})

describe('one request per action', () => {
  it('a double click on Send sends once', async () => {
    const view = await renderForm({ chunkDelayMs: 20 })
    await view.greeted()
    await userEvent.fill(view.textbox(), NAME)
    await userEvent.dblClick(view.screen.getByRole('button', { name: 'Send' }))
    await expect.poll(() => view.root()?.dataset.status).toBe('ready')
    expect(view.sends()).toBe(1)
    expect(view.screen.container.querySelectorAll('.formtalk-user')).toHaveLength(1)
    // The second click lands where Stop replaced Send: it must not stop the reply the first click asked for.
    expect(userBubble(view)?.dataset.delivery).toBe('sent')
    await expect.element(view.log().getByText("What's your email?", { exact: false })).toBeVisible()
    expect(view.emulator.sessions()[0]?.values).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace' })
  })

  it('a single click on Stop, by mouse or keyboard, still stops the reply', async () => {
    const view = await renderForm()
    await view.greeted()
    // The replies are held, so the reply is still on its way whatever the pace of the clicks.
    view.hold()
    await typeAndEnter(view, NAME)
    await expect.poll(() => view.root()?.dataset.status).toBe('streaming')
    await userEvent.click(view.screen.getByRole('button', { name: 'Stop' }))
    await expect.poll(() => view.root()?.dataset.status).toBe('ready')
    expect(view.screen.container.querySelector('.formtalk-send')).not.toBeNull()

    await typeAndEnter(view, 'ada@example.com')
    await expect.poll(() => view.root()?.dataset.status).toBe('streaming')
    view.screen.getByRole('button', { name: 'Stop' }).element().focus()
    await userEvent.keyboard('{Enter}')
    await expect.poll(() => view.root()?.dataset.status).toBe('ready')
    view.release()
  })

  it('Enter pressed twice sends once', async () => {
    const view = await renderForm({ chunkDelayMs: 20 })
    await view.greeted()
    await userEvent.click(view.textbox())
    await userEvent.keyboard(`${NAME}{Enter}{Enter}`)
    await expect.poll(() => view.root()?.dataset.status).toBe('ready')
    expect(view.sends()).toBe(1)
    expect(view.screen.container.querySelectorAll('.formtalk-user')).toHaveLength(1)
  })

  it('while a reply streams, Enter sends nothing and the typed text stays in the composer', async () => {
    const view = await renderForm()
    await view.greeted()
    view.hold()
    await typeAndEnter(view, NAME)
    await expect.poll(() => view.root()?.dataset.status).toBe('streaming')
    await userEvent.keyboard('billing{Enter}')
    expect(view.sends()).toBe(1)
    await expect.element(view.textbox()).toHaveValue('billing')
    view.release()
    await expect.poll(() => view.root()?.dataset.status, { timeout: 5_000 }).toBe('ready')
    expect(view.sends()).toBe(1)
    await expect.element(view.textbox()).toHaveValue('billing')
    expect(view.screen.container.querySelectorAll('.formtalk-user')).toHaveLength(1)
  })
})
