/**
 * The checkout handoff of a purchase: resolving the checkout URL of a
 * submission's `checkoutId` with the app's `getCheckoutUrl`, checking it,
 * and leaving for it once. Kept per session store, outside React, so a
 * remounted view (the launcher reopening, a re-render of the card) neither
 * resolves nor navigates twice.
 */
import { useSyncExternalStore } from 'react'
import type { SessionStore } from '../store/session-store'
import type { GetCheckoutUrl, Navigate } from './widget-config'

/**
 * - `resolving`: `getCheckoutUrl` is running;
 * - `ready`: `url` is an http(s) URL (shown as a link; followed once when the purchase happened on this page);
 * - `invalid`: the URL was not http(s) — nothing is followed;
 * - `failed`: `getCheckoutUrl` threw or rejected (Retry runs it again).
 */
export type CheckoutHandoffState =
  | { status: 'resolving' }
  | { status: 'ready'; url: string }
  | { status: 'invalid' }
  | { status: 'failed'; error: unknown }

export interface CheckoutHandoffRequest {
  getCheckoutUrl: GetCheckoutUrl
  navigate: Navigate
  /** Follow the URL as soon as it is known (a purchase made just now), rather than only showing the link. */
  redirect: boolean
}

/** Only http(s) checkout URLs are followed; relative ones resolve against the page. */
export function toCheckoutUrl(candidate: unknown): string | null {
  if (typeof candidate !== 'string' || candidate.trim() === '') return null
  try {
    const url = new URL(candidate, typeof location === 'undefined' ? undefined : location.href)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

class CheckoutHandoff {
  private readonly states = new Map<string, CheckoutHandoffState>()
  private readonly redirected = new Set<string>()
  /** Checkouts to follow as soon as their URL is known, with the navigate to use. */
  private readonly pendingRedirects = new Map<string, Navigate>()
  private readonly listeners = new Set<() => void>()

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  get(checkoutId: string): CheckoutHandoffState | undefined {
    return this.states.get(checkoutId)
  }

  /**
   * Resolves the URL of `checkoutId` unless that is done or under way (a
   * failed one is tried again). With `redirect`, the URL is followed once it
   * is known — at most once per checkout, however often this is called.
   */
  begin(checkoutId: string, request: CheckoutHandoffRequest): void {
    if (request.redirect && !this.redirected.has(checkoutId)) this.pendingRedirects.set(checkoutId, request.navigate)
    const current = this.states.get(checkoutId)
    if (current?.status === 'ready') {
      this.redirectIfPending(checkoutId, current.url)
      return
    }
    if (current && current.status !== 'failed') return
    this.set(checkoutId, { status: 'resolving' })
    let pending: string | Promise<string>
    try {
      pending = request.getCheckoutUrl(checkoutId)
    } catch (error) {
      this.set(checkoutId, { status: 'failed', error })
      return
    }
    Promise.resolve(pending).then(
      (candidate) => {
        const url = toCheckoutUrl(candidate)
        if (!url) {
          this.pendingRedirects.delete(checkoutId)
          this.set(checkoutId, { status: 'invalid' })
          return
        }
        this.set(checkoutId, { status: 'ready', url })
        this.redirectIfPending(checkoutId, url)
      },
      (error: unknown) => this.set(checkoutId, { status: 'failed', error }),
    )
  }

  /** The card's own link was used: no automatic redirect may follow it. */
  markFollowed(checkoutId: string): void {
    this.redirected.add(checkoutId)
    this.pendingRedirects.delete(checkoutId)
  }

  private redirectIfPending(checkoutId: string, url: string): void {
    const navigate = this.pendingRedirects.get(checkoutId)
    if (!navigate) return
    this.markFollowed(checkoutId)
    // A blocked or failing navigation is not fatal: the card keeps the link as the fallback.
    try {
      navigate(url)
    } catch {
      // The link stays visible.
    }
  }

  private set(checkoutId: string, state: CheckoutHandoffState): void {
    this.states.set(checkoutId, state)
    for (const listener of [...this.listeners]) listener()
  }
}

const handoffs = new WeakMap<SessionStore, CheckoutHandoff>()

/** The checkout handoff of one session store (created on first use). */
export function checkoutHandoffOf(store: SessionStore): CheckoutHandoff {
  let handoff = handoffs.get(store)
  if (!handoff) {
    handoff = new CheckoutHandoff()
    handoffs.set(store, handoff)
  }
  return handoff
}

export type { CheckoutHandoff }

/** The handoff state of `checkoutId` in `store` (undefined until something began it). */
export function useCheckoutHandoffState(store: SessionStore, checkoutId: string | undefined): CheckoutHandoffState | undefined {
  const handoff = checkoutHandoffOf(store)
  const get = () => (checkoutId === undefined ? undefined : handoff.get(checkoutId))
  return useSyncExternalStore(handoff.subscribe, get, get)
}
