import { InteractiveFormError } from './errors'
import { abortedError, describe, ignore, timeoutError } from './request-errors'

/**
 * One request's cancellation: the caller's signal and the timeout both abort
 * one internal controller, whose signal goes to `fetch`. `race` also stops
 * waiting on promises that ignore the signal (a custom fetch, a body read).
 */
export class RequestScope {
  readonly #controller = new AbortController()
  #outcome: InteractiveFormError | undefined
  readonly #timer: ReturnType<typeof setTimeout> | undefined
  readonly #callerSignal: AbortSignal | undefined
  readonly #onCallerAbort = () => this.#stop(abortedError(this.#callerSignal))

  constructor(callerSignal: AbortSignal | undefined, timeoutMs: number | undefined) {
    this.#callerSignal = callerSignal
    if (callerSignal?.aborted) {
      this.#stop(abortedError(callerSignal))
      return
    }
    callerSignal?.addEventListener('abort', this.#onCallerAbort)
    if (timeoutMs !== undefined) this.#timer = setTimeout(() => this.#stop(timeoutError(timeoutMs)), timeoutMs)
  }

  get signal(): AbortSignal {
    return this.#controller.signal
  }

  /**
   * Settles with `promise`, or rejects as soon as the scope stops. Any other
   * rejection becomes `failure(cause)`, or with a string a `network` error:
   * "`failure`: <cause>" (an `InteractiveFormError` passes as it is).
   */
  race<T>(promise: Promise<T>, failure: string | ((cause: unknown) => InteractiveFormError)): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onStop = () => reject(this.#outcome)
      if (this.#outcome) {
        promise.catch(ignore)
        onStop()
        return
      }
      this.signal.addEventListener('abort', onStop)
      promise.then(
        (value) => {
          this.signal.removeEventListener('abort', onStop)
          resolve(value)
        },
        (cause: unknown) => {
          this.signal.removeEventListener('abort', onStop)
          reject(
            this.#outcome ??
              (cause instanceof InteractiveFormError
                ? cause
                : typeof failure === 'string'
                  ? new InteractiveFormError({ kind: 'network', message: `${failure}: ${describe(cause)}`, cause })
                  : failure(cause)),
          )
        },
      )
    })
  }

  /** The caller gave up on the result (closed the stream): abort quietly. */
  cancel(): void {
    this.#stop(abortedError(undefined))
  }

  dispose(): void {
    clearTimeout(this.#timer)
    this.#callerSignal?.removeEventListener('abort', this.#onCallerAbort)
  }

  #stop(error: InteractiveFormError): void {
    if (this.#outcome) return
    this.#outcome = error
    this.dispose()
    this.#controller.abort(error)
  }
}
