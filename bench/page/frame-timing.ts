/** Resolves inside the next animation frame, before the browser's style, layout and paint of that frame. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()))
}

/**
 * Resolves with `performance.now()` in the first task after the current one:
 * called inside an animation frame, that is after the frame's style, layout,
 * ResizeObserver callbacks (the thread's auto-scroll) and paint.
 */
export function afterFrameWork(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve(performance.now())
    }
    channel.port2.postMessage(null)
  })
}

/** Whether a scroll container shows its last pixel (within the thread's own 32 px slack). */
export function isScrolledToBottom(element: Element): boolean {
  return element.scrollHeight - element.scrollTop - element.clientHeight <= 32
}
