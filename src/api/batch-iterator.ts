/**
 * An async iterator over values that arrive in batches (one network read
 * gives many events). Hand-written rather than an `async function*` because an
 * async generator pays several promise ticks per `yield`, and `yield*` adds
 * more per level; here a value already in the batch costs one resolved
 * promise. That is most of the gap between the stream reader and bare
 * `JSON.parse` once a body holds tens of thousands of events.
 */

/** Where the values come from. */
export interface BatchSource<T> {
  /** The next batch (may be empty), `null` at the end, or a rejection that ends iteration. */
  pull(): Promise<readonly T[] | null>
  /** Stops the source early (or after the end): cancel the body, abort the request. Called once. */
  close(): void
}

const DONE: IteratorReturnResult<void> = Object.freeze({ done: true, value: undefined })

/**
 * Behaves like an async generator object: `for await`, `break` (calls
 * `return`, which closes the source), calls to `next` while one is pending
 * are served in order, and after an error or the end it only reports done.
 */
export class BatchIterator<T> implements AsyncGenerator<T, void, undefined> {
  #batch: readonly T[] = []
  #index = 0
  #finished = false
  #pending: Promise<IteratorResult<T, void>> | undefined

  readonly #source: BatchSource<T>

  constructor(source: BatchSource<T>) {
    this.#source = source
  }

  next(): Promise<IteratorResult<T, void>> {
    if (this.#index < this.#batch.length) return Promise.resolve({ done: false, value: this.#batch[this.#index++] as T })
    if (this.#finished) return Promise.resolve(DONE)
    if (this.#pending) return this.#pending.then(() => this.next(), () => this.next())
    const pending = this.#pullNext()
    this.#pending = pending
    const clear = () => {
      if (this.#pending === pending) this.#pending = undefined
    }
    pending.then(clear, clear)
    return pending
  }

  return(): Promise<IteratorResult<T, void>> {
    this.#finish()
    return Promise.resolve(DONE)
  }

  throw(error: unknown): Promise<IteratorResult<T, void>> {
    this.#finish()
    return Promise.reject(error)
  }

  [Symbol.asyncIterator](): this {
    return this
  }

  async #pullNext(): Promise<IteratorResult<T, void>> {
    try {
      for (;;) {
        const batch = await this.#source.pull()
        if (this.#finished) return DONE
        if (batch === null) {
          this.#finish()
          return DONE
        }
        if (batch.length > 0) {
          this.#batch = batch
          this.#index = 1
          return { done: false, value: batch[0] as T }
        }
      }
    } catch (error) {
      this.#finish()
      throw error
    }
  }

  #finish(): void {
    if (this.#finished) return
    this.#finished = true
    this.#batch = []
    this.#index = 0
    this.#source.close()
  }
}
