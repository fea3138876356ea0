import { useEffect } from 'react'
import type { RefObject } from 'react'

/** Where focus goes when it is lost: the message box while it takes text, else the conversation. */
function focusHome(root: HTMLElement) {
  const home = root.querySelector<HTMLElement>('.formtalk-composer textarea:not(:disabled)') ?? root.querySelector<HTMLElement>('[role="log"]')
  home?.focus()
}

/**
 * Keeps keyboard focus in the widget when the control that had it is removed
 * or disabled under it: a chip or Confirm disabled while the answer goes out,
 * Send swapped for Stop and back, a Retry or a notice's button gone once used.
 * Focus would otherwise fall to the page's `<body>`, and a keyboard or
 * screen-reader user would have to find their way back from the top. It goes
 * to the message box, or to the conversation once the box is disabled
 * (submitted). Focus the user moved elsewhere, or that a part placed itself
 * (the Edit button after its editor), is left alone; so is focus lost after a
 * pointer press, since focusing the message box would open a phone's
 * on-screen keyboard after every tapped chip.
 */
export function useFocusRescue(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const node = root.current
    if (!node) return
    let pointer = false
    const onPointerDown = () => {
      pointer = true
    }
    const onKeyDown = () => {
      pointer = false
    }
    const onFocusOut = (event: FocusEvent) => {
      const lost = event.target
      if (pointer || event.relatedTarget !== null || !(lost instanceof HTMLElement)) return
      // Chromium blurs an element about to be removed during the removal, and a disabled one a task later:
      // decide once the current update is done.
      queueMicrotask(() => {
        const active = node.ownerDocument.activeElement
        if (!node.isConnected || (active !== null && active !== node.ownerDocument.body)) return
        if (lost.isConnected && !lost.matches(':disabled')) return
        focusHome(node)
      })
    }
    node.addEventListener('pointerdown', onPointerDown, true)
    node.addEventListener('keydown', onKeyDown, true)
    node.addEventListener('focusout', onFocusOut)
    return () => {
      node.removeEventListener('pointerdown', onPointerDown, true)
      node.removeEventListener('keydown', onKeyDown, true)
      node.removeEventListener('focusout', onFocusOut)
    }
  }, [root])
}
