/**
 * Fault injection: make the next request fail the way real networks and
 * services do, per request (the `x-emulator-fault` header) or per emulator
 * (a queue or a function), so clients can be tested against every failure.
 */

/** Every fault the emulator can inject. */
export const FAULT_NAMES = [
  /** HTTP 500 with a Wix error body; the message is not processed. */
  'http-500',
  /** HTTP 503 with a Wix error body; the message is not processed. */
  'http-503',
  /** HTTP 429 with `Retry-After: 2`; the message is not processed. */
  'rate-limit',
  /** Waits `faultDelayMs` (default 20 s, past the client's timeout) before answering; aborting the request stops the wait. */
  'slow',
  /** Streamed: stops after 2 events without `END_OF_RESPONSE`. Standard: a truncated JSON body. */
  'cut-stream',
  /** Streamed: one `data:` line that is not JSON after the first event, then the reply as normal. Standard: a body that is not JSON. */
  'malformed-frame',
  /** Adds a chunk of type `FUTURE_WIDGET` after the first chunk. */
  'unknown-chunk',
  /** Ends the reply with `END_OF_RESPONSE {success: false}`. */
  'end-failure',
  /** Answers with an `ERROR` chunk instead of processing the message. */
  'error-chunk',
  /** The fetch handler rejects with a `TypeError` (as `fetch` does offline); the Node server destroys the socket. */
  'network',
] as const

/** One of `FAULT_NAMES`. */
export type FaultName = (typeof FAULT_NAMES)[number]

/** The request header that selects a fault for one request. */
export const FAULT_HEADER = 'x-emulator-fault'

/** The four session endpoints, as fault selectors see them. */
export type SessionEndpoint = 'create' | 'create-streamed' | 'send' | 'send-streamed'

/** What a fault selector is told about a request. */
export interface FaultRequestInfo {
  /** Which session endpoint was called. */
  endpoint: SessionEndpoint
  /** The HTTP method, upper case. */
  method: string
  /** The URL's path. */
  path: string
  /** The form of a create request. */
  formId?: string
  /** The session of a send request. */
  sessionId?: string
  /** The message of a send request, when it has one. */
  input?: string
}

/** One queued fault; `times` (default 1) is how many session requests in a row it hits. */
export interface FaultPlan {
  /** The fault to inject. Required. */
  fault: FaultName
  /** How many requests it hits (rounded down; below 1 queues nothing). Default: `1`. */
  times?: number
}

/** Picks a fault for a session request, or `undefined` for none. */
export type FaultSelector = (request: FaultRequestInfo) => FaultName | undefined

/** Whether `value` names a fault (one of `FAULT_NAMES`). */
export function isFaultName(value: unknown): value is FaultName {
  return typeof value === 'string' && (FAULT_NAMES as readonly string[]).includes(value)
}

/** The per-emulator faults: a queue consumed in order, or a function asked on every session request. */
export class FaultSchedule {
  private readonly queue: Array<{ fault: FaultName; remaining: number }> = []
  private readonly selector: FaultSelector | undefined

  constructor(option: readonly FaultPlan[] | FaultSelector | undefined) {
    if (typeof option === 'function') this.selector = option
    else for (const plan of option ?? []) this.push(plan.fault, plan.times)
  }

  push(fault: FaultName, times = 1): void {
    if (!isFaultName(fault)) throw new TypeError(`Unknown emulator fault "${String(fault)}"; use one of ${FAULT_NAMES.join(', ')}`)
    const remaining = Math.floor(times)
    if (remaining > 0) this.queue.push({ fault, remaining })
  }

  clear(): void {
    this.queue.length = 0
  }

  /** The fault for this request, consuming one use of the queue's head. */
  next(request: FaultRequestInfo): FaultName | undefined {
    const head = this.queue[0]
    if (head) {
      head.remaining -= 1
      if (head.remaining <= 0) this.queue.shift()
      return head.fault
    }
    if (!this.selector) return undefined
    const chosen = this.selector(request)
    return isFaultName(chosen) ? chosen : undefined
  }

  get pending(): Array<{ fault: FaultName; times: number }> {
    return this.queue.map((item) => ({ fault: item.fault, times: item.remaining }))
  }
}

/**
 * The rejection of the `network` fault. A `TypeError`, as `fetch` rejects
 * when the network fails; the Node server recognises it and destroys the
 * socket instead of answering.
 */
export class EmulatedNetworkError extends TypeError {
  /** Always `true`: marks the error as the emulator's (see `isEmulatedNetworkError`). */
  readonly emulatedNetworkFault = true

  constructor() {
    super('Failed to fetch (emulated network fault)')
  }
}

/** Whether `error` is the `network` fault's rejection (checked by marker, so it works across bundles). */
export function isEmulatedNetworkError(error: unknown): error is EmulatedNetworkError {
  return error instanceof TypeError && (error as Partial<EmulatedNetworkError>).emulatedNetworkFault === true
}
