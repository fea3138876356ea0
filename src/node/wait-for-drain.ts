/** What of a Node response the wait needs (Node's, Express's or any `EventEmitter`-based one). */
export interface DrainableResponse {
  on(event: 'close' | 'drain', listener: () => void): unknown
  off(event: 'close' | 'drain', listener: () => void): unknown
}

/**
 * Resolves when a response that refused a write can take more (`drain`) or
 * is gone (`close`), removing both listeners either way: a slow client waited
 * on many times must not pile up listeners on one response.
 */
export function waitForDrain(response: DrainableResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done)
      response.off('close', done)
      resolve()
    }
    response.on('drain', done)
    response.on('close', done)
  })
}
