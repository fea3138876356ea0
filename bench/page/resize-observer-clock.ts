/**
 * Times the page's ResizeObserver callbacks (the thread's follow-to-bottom
 * auto-scroll is one) while installed: every observer created after
 * `install` runs its callback through a wrapper that adds the callback's
 * duration to `total`. Installed before the widget mounts, restored after.
 */
export interface ResizeObserverClock {
  /** ms spent inside ResizeObserver callbacks since install. */
  readonly total: number
  uninstall(): void
}

export function installResizeObserverClock(): ResizeObserverClock {
  const Original = window.ResizeObserver
  let total = 0
  window.ResizeObserver = class TimedResizeObserver extends Original {
    constructor(callback: ResizeObserverCallback) {
      super((entries, observer) => {
        const start = performance.now()
        try {
          callback(entries, observer)
        } finally {
          total += performance.now() - start
        }
      })
    }
  }
  return {
    get total() {
      return total
    },
    uninstall() {
      window.ResizeObserver = Original
    },
  }
}
