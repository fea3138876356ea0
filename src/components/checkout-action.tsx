import { useEffect, useLayoutEffect, useRef } from 'react'
import type { MouseEvent } from 'react'
import { useSessionHandle } from '../hooks/session-context'
import { checkoutHandoffOf, useCheckoutHandoffState } from './checkout-handoff'
import { useWidgetConfig } from './widget-config'

/**
 * "Continue to checkout" for a purchase, when the widget has a
 * `getCheckoutUrl`: the URL resolves in the background (a note says so), then
 * shows as a link, which stays visible even after an automatic redirect (in
 * case the browser blocked it). A URL that is not http(s) or a failing
 * `getCheckoutUrl` shows a message instead, and nothing is followed.
 * Without `getCheckoutUrl` it renders nothing: the app handles the checkout
 * in `onCheckout`.
 */
export function CheckoutAction({ checkoutId }: { checkoutId: string }) {
  const { labels, getCheckoutUrl, navigate } = useWidgetConfig()
  const { store } = useSessionHandle()
  const state = useCheckoutHandoffState(store, checkoutId)
  const action = useRef<HTMLAnchorElement & HTMLButtonElement>(null)
  const retried = useRef(false)

  // A card shown without a live purchase (a view of a stored session, a previous visit): resolve the link, never redirect.
  useEffect(() => {
    if (getCheckoutUrl && state === undefined) checkoutHandoffOf(store).begin(checkoutId, { getCheckoutUrl, navigate, redirect: false })
  }, [getCheckoutUrl, navigate, state, store, checkoutId])

  // After Retry, focus goes on to what took its place (the link, or Retry again), unless the user moved it
  // meanwhile: while the URL resolved, it had only the conversation around this card to go to.
  useLayoutEffect(() => {
    if (!retried.current || state === undefined || state.status === 'resolving') return
    retried.current = false
    const element = action.current
    const active = element?.ownerDocument.activeElement
    if (element && (!active || active === element.ownerDocument.body || active.contains(element))) element.focus()
  }, [state])

  if (!getCheckoutUrl) return null
  if (state === undefined || state.status === 'resolving') {
    return <p className="formtalk-note formtalk-checkout-status">{labels.checkoutPreparing}</p>
  }
  if (state.status === 'ready') {
    const follow = (event: MouseEvent<HTMLAnchorElement>) => {
      // Let the browser handle new-tab and download gestures on the link itself.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      checkoutHandoffOf(store).markFollowed(checkoutId)
      try {
        navigate(state.url)
        event.preventDefault()
      } catch {
        // The injected navigation failed: the browser follows the link itself.
      }
    }
    return (
      <a ref={action} className="formtalk-button formtalk-primary formtalk-checkout" href={state.url} onClick={follow}>
        {labels.checkout}
      </a>
    )
  }
  // An alert: it comes after the turn was announced ("submitted"), and is the only word that the checkout failed.
  return (
    <p className="formtalk-field-error formtalk-checkout-status" role="alert" data-checkout-state={state.status}>
      {labels.checkoutUnavailable}
      {state.status === 'failed' && (
        <>
          {' '}
          <button
            ref={action}
            type="button"
            className="formtalk-button formtalk-retry"
            onClick={() => {
              retried.current = true
              checkoutHandoffOf(store).begin(checkoutId, { getCheckoutUrl, navigate, redirect: false })
            }}
          >
            {labels.retry}
          </button>
        </>
      )}
    </p>
  )
}
