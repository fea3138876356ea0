/**
 * A scripted stand-in for the Interactive Form Sessions service behind a fake
 * `fetch`. Streamed methods answer real SSE bytes (`data: {...}\n\n` frames)
 * through a `ReadableStream`, cut into pieces that do not line up with frame
 * boundaries; standard methods answer the JSON body. Each create/send request
 * takes the next scripted reply, in order.
 */
import type { FetchFunction } from '../../src/api/client'
import type { InteractiveFormSession, ResponseChunk, WixForm } from '../../src/api/wire-types'

export const BASE_URL = 'https://formtalk.test/forms/ai/v1/interactive-form-sessions'
export const FORMS_URL = 'https://formtalk.test/form-schema-service/v4/forms'

export type Reply =
  /** A normal answer; `end: 'stall'` keeps a streamed body open after the chunks until the reader gives up. */
  | {
      chunks: ResponseChunk[]
      session?: InteractiveFormSession
      end?: 'close' | 'stall'
      /** Answer only once this settles (an abort still ends the wait), so a test can look at the request in flight as long as it needs. */
      heldUntil?: Promise<unknown>
      /** Streamed only: a frame that is not JSON, sent after the first chunk. */
      malformedFrame?: boolean
    }
  /** An HTTP error with a Wix error body. */
  | { status: number; message?: string }

export interface RecordedRequest {
  url: string
  method: string
  kind: 'create' | 'send' | 'form'
  streamed: boolean
  body: Record<string, unknown> | undefined
  signal: AbortSignal | undefined
  /** Whether the reader cancelled this request's body (e.g. after an abort). */
  bodyCancelled: () => boolean
}

export interface FakeService {
  fetch: FetchFunction
  requests: RecordedRequest[]
  /** Queues the replies of the next create/send requests, in order. */
  reply(...replies: Reply[]): void
  /** The schema `getForm` answers; `undefined` answers 404. Default: an empty form named "Fake". */
  form: WixForm | undefined
}

/** A promise a test settles by hand: pass `promise` as a reply's `heldUntil`, call `open()` to let the answer go. */
export function createGate(): { promise: Promise<void>; open: () => void } {
  let open = () => {}
  const promise = new Promise<void>((resolve) => {
    open = resolve
  })
  return { promise, open }
}

const encoder = new TextEncoder()

export function createFakeService(options: { session?: InteractiveFormSession } = {}): FakeService {
  const queue: Reply[] = []
  const requests: RecordedRequest[] = []
  const defaultSession = options.session ?? { id: 'session-1', formId: 'form-1' }
  const service: FakeService = {
    requests,
    form: { id: defaultSession.formId, name: 'Fake', formFields: [] },
    reply: (...replies) => {
      queue.push(...replies)
    },
    fetch: async (url, init) => {
      const signal = init.signal ?? undefined
      if (signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError')
      const method = init.method ?? 'GET'
      let cancelled = false
      const bodyCancelled = () => cancelled
      if (url.startsWith(FORMS_URL)) {
        requests.push({ url, method, kind: 'form', streamed: false, body: undefined, signal, bodyCancelled })
        return service.form
          ? json(200, { form: service.form })
          : json(404, { message: 'form not found', details: { applicationError: { code: 'NOT_FOUND' } } })
      }
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : undefined
      const streamed = url.endsWith('-streamed')
      const kind = url.includes('/send-user-message') ? 'send' : 'create'
      requests.push({ url, method, kind, streamed, body, signal, bodyCancelled })
      const reply = queue.shift()
      if (!reply) throw new Error(`fake service: no reply scripted for ${method} ${url}`)
      // Let the caller's code run between request and answer, as a network would.
      await new Promise((resolve) => setTimeout(resolve, 0))
      if ('heldUntil' in reply && reply.heldUntil) await unlessAborted(reply.heldUntil, signal)
      if (signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError')
      if ('status' in reply) {
        return json(reply.status, { message: reply.message ?? 'Service Unavailable', details: {} })
      }
      const session = reply.session ?? (kind === 'create' ? defaultSession : undefined)
      if (!streamed) {
        return json(200, { interactiveFormSession: session ?? defaultSession, responseChunks: reply.chunks })
      }
      const frames = reply.chunks.map((responseChunk, index) =>
        `data: ${JSON.stringify(index === 0 && session ? { responseChunk, interactiveFormSession: session } : { responseChunk })}\n\n`,
      )
      if (reply.malformedFrame) frames.splice(1, 0, 'data: {"responseChunk": oops\n\n')
      const pieces = splitAcrossFrames(frames.join(''))
      let next = 0
      const stream = new ReadableStream<Uint8Array>(
        {
          async pull(controller) {
            await new Promise((resolve) => setTimeout(resolve, 1))
            if (cancelled) return
            const piece = pieces[next++]
            if (piece !== undefined) controller.enqueue(encoder.encode(piece))
            else if (reply.end === 'stall') await new Promise<void>(() => {})
            else controller.close()
          },
          cancel() {
            cancelled = true
          },
        },
        { highWaterMark: 0 },
      )
      return new Response(stream, { status: 200, headers: { 'Content-Type': 'text/event-stream' } })
    },
  }
  return service
}

/** Waits for `promise`; an abort ends the wait at once, as it ends a real `fetch`. */
function unlessAborted(promise: Promise<unknown>, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      signal?.removeEventListener('abort', finish)
      resolve()
    }
    signal?.addEventListener('abort', finish)
    promise.then(finish, finish)
  })
}

/** Cuts SSE text into a few pieces, deliberately mid-frame, so frames are reassembled across reads. */
function splitAcrossFrames(text: string): string[] {
  if (text === '') return []
  const pieceLength = Math.max(7, Math.ceil(text.length / 5))
  const pieces: string[] = []
  for (let start = 0; start < text.length; start += pieceLength) pieces.push(text.slice(start, start + pieceLength))
  return pieces
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}
