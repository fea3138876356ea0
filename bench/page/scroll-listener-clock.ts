/**
 * Times the page's `scroll` event listeners (the thread's follow-to-bottom
 * bookkeeping is one; React attaches it to the log element) while installed:
 * a listener added after `install` runs through a wrapper that adds its
 * duration to `total`. A scroll event caused by a chunk's auto-scroll is
 * dispatched at the start of the *next* frame, before its animation-frame
 * callbacks, so the run attributes it to the chunk before.
 */
export interface ScrollListenerClock {
  /** ms spent inside `scroll` listeners since install. */
  readonly total: number
  uninstall(): void
}

export function installScrollListenerClock(): ScrollListenerClock {
  const original = EventTarget.prototype.addEventListener
  const removeOriginal = EventTarget.prototype.removeEventListener
  const wrappers = new WeakMap<object, EventListener>()
  let total = 0
  EventTarget.prototype.addEventListener = function addEventListener(this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (type !== 'scroll' || listener === null) return original.call(this, type, listener, options)
    let wrapper = wrappers.get(listener)
    if (!wrapper) {
      wrapper = function timedScrollListener(this: unknown, event: Event) {
        const start = performance.now()
        try {
          if (typeof listener === 'function') listener.call(this, event)
          else listener.handleEvent(event)
        } finally {
          total += performance.now() - start
        }
      }
      wrappers.set(listener, wrapper)
    }
    return original.call(this, type, wrapper, options)
  }
  EventTarget.prototype.removeEventListener = function removeEventListener(this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    const wrapper = listener === null ? undefined : wrappers.get(listener)
    return removeOriginal.call(this, type, type === 'scroll' && wrapper ? wrapper : listener, options)
  }
  return {
    get total() {
      return total
    },
    uninstall() {
      EventTarget.prototype.addEventListener = original
      EventTarget.prototype.removeEventListener = removeOriginal
    },
  }
}
