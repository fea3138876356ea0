/**
 * The fake session actions the browser tests and stories use
 * (stories/support/fake-session-actions.ts) against the real
 * `SessionController`: the same calls and replies must leave the same store.
 * The controller runs without React, over a client whose streams the test
 * feeds by hand; the fake gets the same chunks through its helpers.
 */
import { describe, expect, it } from 'vitest'
import type { InteractiveFormClient, InteractiveFormEventStream } from '../../src/api/client'
import { InteractiveFormError } from '../../src/api/errors'
import type { CurrentValues, InteractiveFormStreamEvent, ResponseChunk } from '../../src/api/wire-types'
import type { SessionActions } from '../../src/hooks/session-context'
import { SessionController } from '../../src/hooks/session-controller'
import { createSessionStore } from '../../src/store/session-store'
import type { SessionStore } from '../../src/store/session-store'
import type { SessionState } from '../../src/store/session-state'
import {
  createFakeSessionActions,
  endFakeTurn,
  failFakeTurn,
  receiveFakeChunks,
  startFakeSession,
} from '../../stories/support/fake-session-actions'
import { endOfResponse, singleSelect, submission, text } from '../store/chunk-builders'

const FORM_ID = 'form-1'
const form = { id: FORM_ID, name: 'Parity', formFields: [] }

/** What went to the service, as both sides can say it. */
interface Request {
  kind: 'create' | 'send'
  text?: string
  currentValues?: CurrentValues
}

/** One side of the comparison: the calls a scenario makes, and what they left in the store. */
interface Driver {
  readonly store: SessionStore
  readonly actions: SessionActions
  readonly requests: Request[]
  /** The first session: started, named, and its greeting's first chunks arrived. */
  begin(sessionId: string, ...chunks: ResponseChunk[]): Promise<void>
  /** The first chunks of the greeting of a session an action started (reset, retry). */
  greeting(sessionId: string, ...chunks: ResponseChunk[]): Promise<void>
  receive(...chunks: ResponseChunk[]): Promise<void>
  endTurn(success?: boolean): Promise<void>
  fail(error: InteractiveFormError): Promise<void>
}

/** Lets the controller's awaits run: every stream here answers at once. */
async function settle(): Promise<void> {
  for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0))
}

/** A stream the test feeds: each `push` is one network read; `end` closes it; `fail` errors it. */
interface Pipe {
  stream: InteractiveFormEventStream
  push(events: InteractiveFormStreamEvent[]): void
  end(): void
  fail(error: unknown): void
}

function createPipe(signal: AbortSignal | undefined): Pipe {
  type Entry = { events: InteractiveFormStreamEvent[] } | { end: true } | { error: unknown }
  const queue: Entry[] = []
  let wake: (() => void) | null = null
  const put = (entry: Entry) => {
    queue.push(entry)
    wake?.()
    wake = null
  }
  signal?.addEventListener('abort', () => put({ error: new InteractiveFormError({ kind: 'aborted', message: 'aborted' }) }))
  async function* batches(): AsyncGenerator<readonly InteractiveFormStreamEvent[]> {
    for (;;) {
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve))
      const entry = queue.shift() as Entry
      if ('error' in entry) throw entry.error
      if ('end' in entry) return
      yield entry.events
    }
  }
  const stream: InteractiveFormEventStream = {
    batches,
    async *[Symbol.asyncIterator]() {
      for await (const events of batches()) yield* events
    },
  }
  return { stream, push: (events) => put({ events }), end: () => put({ end: true }), fail: (error) => put({ error }) }
}

function realDriver(): Driver {
  const store = createSessionStore({ formId: FORM_ID, form })
  const controller = new SessionController(store)
  const requests: Request[] = []
  let pipe: Pipe | null = null
  const open = (request: Request, signal: AbortSignal | undefined) => {
    requests.push(request)
    pipe = createPipe(signal)
    return pipe.stream
  }
  const client = {
    createInteractiveFormSessionStreamed: (_formId: string, options?: { signal?: AbortSignal | undefined }) => open({ kind: 'create' }, options?.signal),
    sendUserMessageStreamed: (_sessionId: string, options: { signal?: AbortSignal | undefined; input?: string | undefined; currentValues?: CurrentValues | undefined }) =>
      open({ kind: 'send', text: options.input ?? '', ...(options.currentValues ? { currentValues: options.currentValues } : {}) }, options.signal),
  } as unknown as InteractiveFormClient
  controller.configure({
    client,
    formId: FORM_ID,
    form,
    streaming: true,
    dryRun: false,
    autoStart: false,
    createRetry: false,
    runCreate: (variables) => controller.executeCreate(variables),
    runSend: (variables) => controller.executeSend(variables),
  })
  controller.mount()
  const current = () => {
    if (!pipe) throw new Error('No request in flight')
    return pipe
  }
  const greeting = async (sessionId: string, ...chunks: ResponseChunk[]) => {
    const [first, ...rest] = chunks
    if (!first) throw new Error('A greeting needs a chunk to name the session')
    current().push([{ responseChunk: first, interactiveFormSession: { id: sessionId, formId: FORM_ID } }, ...rest.map((responseChunk) => ({ responseChunk }))])
    await settle()
  }
  return {
    store,
    actions: controller.actions,
    requests,
    async begin(sessionId, ...chunks) {
      void controller.actions.start()
      await settle()
      await greeting(sessionId, ...chunks)
    },
    greeting,
    async receive(...chunks) {
      current().push(chunks.map((responseChunk) => ({ responseChunk })))
      await settle()
    },
    async endTurn(success = true) {
      current().push([{ responseChunk: endOfResponse(success) }])
      current().end()
      await settle()
    },
    async fail(error) {
      current().fail(error)
      await settle()
    },
  }
}

function fakeDriver(): Driver {
  const store = createSessionStore({ formId: FORM_ID, form })
  const requests: Request[] = []
  const actions = createFakeSessionActions<SessionActions>(store, {
    spy: (implementation) => implementation,
    respond: (request) => {
      requests.push(
        request.kind === 'create'
          ? { kind: 'create' }
          : { kind: 'send', text: request.text, ...(request.currentValues ? { currentValues: request.currentValues } : {}) },
      )
    },
  })
  const expectSession = (sessionId: string) => {
    if (store.getState().session?.id !== sessionId) throw new Error(`The fake named its session ${store.getState().session?.id}, not ${sessionId}`)
  }
  return {
    store,
    actions,
    requests,
    async begin(sessionId, ...chunks) {
      requests.push({ kind: 'create' })
      startFakeSession(store, { sessionId })
      receiveFakeChunks(store, ...chunks)
    },
    async greeting(sessionId, ...chunks) {
      expectSession(sessionId)
      receiveFakeChunks(store, ...chunks)
    },
    async receive(...chunks) {
      receiveFakeChunks(store, ...chunks)
    },
    async endTurn(success = true) {
      endFakeTurn(store, success)
    },
    async fail(error) {
      failFakeTurn(store, error)
    },
  }
}

/**
 * The state with the error reduced to what a component reads of it. While a
 * session starts, the fake has named it already and the real one not yet
 * (the documented difference): that is left out.
 */
function comparable(state: SessionState) {
  return {
    ...state,
    session: state.status === 'starting' ? 'named when the greeting arrives' : state.session,
    error: state.error && { kind: state.error.kind, message: state.error.message },
  }
}

/**
 * Runs `scenario` on both sides; `step` records the store after each call
 * and every action's result (awaited at the end: the real one settles when
 * its reply ends, the fake at once).
 */
async function compare(scenario: (driver: Driver, step: (label: string, result?: Promise<unknown> | void) => Promise<void>) => Promise<void>) {
  const run = async (driver: Driver) => {
    const snapshots: Array<{ label: string; state: ReturnType<typeof comparable> }> = []
    const results: Array<Promise<unknown>> = []
    await scenario(driver, async (label, result) => {
      if (result) results.push(result)
      await settle()
      snapshots.push({ label, state: comparable(driver.store.getState()) })
    })
    return { snapshots, results: await Promise.all(results), requests: driver.requests }
  }
  const real = await run(realDriver())
  const fake = await run(fakeDriver())
  for (const [index, snapshot] of real.snapshots.entries()) {
    expect(fake.snapshots[index], snapshot.label).toEqual(snapshot)
  }
  expect(fake.results).toEqual(real.results)
  expect(fake.requests).toEqual(real.requests)
  return real
}

describe('the fake session actions change the store as the real controller does', () => {
  it('send: refusals (no session, blank, busy, too long, submitted), trimming, the draft', async () => {
    const { results } = await compare(async (session, step) => {
      await step('no session yet', session.actions.send('hello'))
      await session.begin('session-1', text('Hi, your name?'))
      await step('greeting streaming', session.actions.send('too early'))
      await session.endTurn()
      session.actions.setDraft('  Ana  ')
      await step('blank', session.actions.send('   '))
      await step('empty values, blank', session.actions.send('', { currentValues: {} }))
      await step('too long', session.actions.send('x'.repeat(10_001)))
      await step('sent, trimmed, draft cleared', session.actions.send('  Ana  '))
      await session.receive(text('Thanks'), submission('sub-1'))
      await session.endTurn()
      await step('after submission', session.actions.send('more'))
      await step('answer after submission', session.actions.answer('name', 'Ana', 'Ana'))
    })
    expect(results).toEqual([false, false, false, false, false, true, false, false])
  })

  it('send: refused once the form is submitted, also when the reply that submitted it failed afterwards', async () => {
    const { results } = await compare(async (session, step) => {
      await session.begin('session-1', text('Confirm?'))
      await session.endTurn()
      await step('sent', session.actions.send('yes'))
      await session.receive(submission('sub-1'))
      await session.fail(new InteractiveFormError({ kind: 'interrupted', message: 'cut' }))
      await step('after the failed submitting reply', session.actions.send('hello?'))
    })
    expect(results).toEqual([true, false])
  })

  it('send: values alone go out with no text', async () => {
    await compare(async (session, step) => {
      await session.begin('session-1', text('Hi'))
      await session.endTurn()
      await step('values only', session.actions.send('', { currentValues: { guests: 3 } }))
      await session.endTurn()
    })
  })

  it('answer: tied to the open prompt of its field, sent untied otherwise, the draft kept', async () => {
    await compare(async (session, step) => {
      await session.begin('session-1', text('Size?'), singleSelect('size', [['S', 'Small'], ['L', 'Large']]))
      await session.endTurn()
      session.actions.setDraft('half typed')
      await step('another field than the prompt’s', session.actions.answer('colour', 'red', 'Red'))
      await session.endTurn()
      await step('the prompt’s field', session.actions.answer('size', 'L', 'Large'))
      await session.endTurn()
      await step('no prompt open', session.actions.answer('size', 'S', 'Small'))
      await session.endTurn()
    })
  })

  it('stop: a typed message with no reply goes back to the composer; one with a reply does not', async () => {
    await compare(async (session, step) => {
      await session.begin('session-1', text('Hi'))
      await session.endTurn()
      await step('sent', session.actions.send('first'))
      await step('stopped before any reply', session.actions.stop())
      await step('stop with nothing in flight', session.actions.stop())
      session.actions.setDraft('')
      await step('sent again', session.actions.send('second'))
      await session.receive(text('Thanks for'))
      await step('stopped mid-reply', session.actions.stop())
      await step('answer', session.actions.answer('name', 'Ana', 'Ana'))
      await step('answer stopped (never given back)', session.actions.stop())
    })
  })

  it('retry: re-sends the failed message, clears the draft only when it is that message, keeps text typed since', async () => {
    await compare(async (session, step) => {
      await session.begin('session-1', text('Hi'))
      await session.endTurn()
      await step('nothing to retry', session.actions.retry())
      await step('sent with values', session.actions.send('  Ana  ', { currentValues: { name: 'Ana' } }))
      await session.fail(new InteractiveFormError({ kind: 'network', message: 'Failed to fetch' }))
      await step('failed: text given back', undefined)
      await step('retry with the given-back draft', session.actions.retry())
      await step('busy: second retry refused', session.actions.retry())
      await session.fail(new InteractiveFormError({ kind: 'http', status: 503, message: 'Unavailable' }))
      session.actions.setDraft('something else')
      await step('retry keeps what was typed since', session.actions.retry())
      await session.receive(text('Got it'))
      await session.endTurn()
    })
  })

  it('retry after END_OF_RESPONSE success: false (interrupted, an error)', async () => {
    await compare(async (session, step) => {
      await session.begin('session-1', text('Hi'))
      await session.endTurn()
      await step('sent', session.actions.send('Ana'))
      await session.receive(text('Thanks, An'))
      await session.endTurn(false)
      await step('interrupted', undefined)
      await step('retry', session.actions.retry())
      await session.endTurn()
    })
  })

  it('retry of a greeting cut short starts over; reset starts a new session and keeps the draft', async () => {
    await compare(async (session, step) => {
      await session.begin('session-1', text('Hel'))
      await session.endTurn(false)
      await step('greeting cut short', undefined)
      await step('retry', session.actions.retry())
      await session.greeting('session-2', text('Hello again'))
      await session.endTurn()
      session.actions.setDraft('kept')
      await step('sent', session.actions.send('Ana'))
      await step('reset mid-reply', session.actions.reset())
      await session.greeting('session-3', text('Fresh start'))
      await session.endTurn()
      await step('greeted', undefined)
    })
  })
})
