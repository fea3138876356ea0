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

/**
 * An async generator of values that can also be read a batch at a time.
 * `batches()` and the value iterator share one position: a batch holds the
 * values not yet taken one by one, and breaking out of either stops both.
 */
export interface BatchedAsyncGenerator<T> extends AsyncGenerator<T, void, undefined> {
  /**
   * The same values, grouped as they arrived (for a stream: the events of one
   * network read, never empty). Cheaper than one `await` per value, and lets
   * a consumer apply a read's values in one update.
   */
  batches(): AsyncGenerator<readonly T[], void, undefined>
}

const DONE: IteratorReturnResult<void> = Object.freeze({ done: true, value: undefined })
const EMPTY: readonly never[] = Object.freeze([])

/**
 * Behaves like an async generator object: `for await`, `break` (calls
 * `return`, which closes the source), calls to `next` while one is pending
 * are served in order, and after an error or the end it only reports done.
 */
export class BatchIterator<T> implements BatchedAsyncGenerator<T> {
  #batch: readonly T[] = EMPTY
  #index = 0
  #finished = false
  #pending: Promise<void> | undefined

  readonly #source: BatchSource<T>

  constructor(source: BatchSource<T>) {
    this.#source = source
  }

  next(): Promise<IteratorResult<T, void>> {
    // Kept inline: a helper call per value measurably slows a busy stream.
    if (this.#index < this.#batch.length) return Promise.resolve({ done: false, value: this.#batch[this.#index++] as T })
    if (this.#finished) return Promise.resolve(DONE)
    if (this.#pending) return this.#pending.then(() => this.next(), () => this.next())
    return this.#refill().then(() => this.next())
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

  /** An async generator (its per-step promise ticks are paid once per batch, not per value); leaving it early closes the source. */
  async *batches(): AsyncGenerator<readonly T[], void, undefined> {
    try {
      for (;;) {
        if (this.#index < this.#batch.length) {
          const rest = this.#batch.slice(this.#index)
          this.#batch = EMPTY
          this.#index = 0
          yield rest
        } else if (this.#finished) {
          return
        } else {
          await (this.#pending ?? this.#refill())
        }
      }
    } finally {
      // Also on `break`: stops the source (a no-op after the end or a failure, which already did).
      this.#finish()
    }
  }

  /** Pulls until a non-empty batch (or the end); the caller that started it gets its rejection, later ones find it done. */
  #refill(): Promise<void> {
    const pending = this.#pull()
    this.#pending = pending
    const clear = () => {
      if (this.#pending === pending) this.#pending = undefined
    }
    pending.then(clear, clear)
    return pending
  }

  async #pull(): Promise<void> {
    try {
      for (;;) {
        const batch = await this.#source.pull()
        if (this.#finished) return
        if (batch === null) {
          this.#finish()
          return
        }
        if (batch.length > 0) {
          this.#batch = batch
          this.#index = 0
          return
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
    this.#batch = EMPTY
    this.#index = 0
    this.#source.close()
  }
}
