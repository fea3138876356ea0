import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useSessionStore } from '../hooks/session-context'
import { isBusy } from '../store/session-state'
import { StartButton } from './start-button'
import { createGroupCache, transcriptGroups } from './transcript-group'
import { TransportError } from './transport-error'
import { TurnAnnouncer } from './turn-announcer'
import { TypingIndicator } from './typing-indicator'
import { FormSchemaProvider, useLabels } from './widget-config'

/** How close to the bottom (px) still counts as "at the bottom". */
const BOTTOM_SLACK = 32

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

/**
 * The conversation: a `role="log"` of memoised blocks, a typing indicator,
 * transport errors, a polite announcer of finished turns, and auto-scroll
 * that follows new content until the reader scrolls up.
 */
export function Thread() {
  const labels = useLabels()
  const blocks = useSessionStore((state) => state.blocks)
  const form = useSessionStore((state) => state.form)
  const busy = useSessionStore(isBusy)
  const logRef = useRef<HTMLDivElement>(null)
  const contentRef = useRef<HTMLDivElement>(null)
  const following = useRef(true)
  const jumping = useRef(false)
  const lastScrollTop = useRef(0)
  /** The auto-scroll moved the log and its scroll event has not arrived yet. */
  const ownScroll = useRef(false)
  const [scrolledUp, setScrolledUp] = useState(false)

  // Blocks in a fixed tree of groups, each block keyed `b<index>` for life (the
  // reducer seals the tail as that block), so sealing remounts nothing and a
  // tail update walks a few groups rather than every block.
  const [groupCache] = useState(createGroupCache)
  const blocksAndTail = useMemo(() => transcriptGroups(blocks, groupCache), [blocks, groupCache])

  useLayoutEffect(() => {
    const log = logRef.current
    const content = contentRef.current
    if (!log || !content || typeof ResizeObserver === 'undefined') return
    // Content grows without scroll events (streaming text, new bubbles): follow it if the reader is at the bottom.
    // Layout is clean here, so this is also where the reader scrolling up is noticed while content streams in:
    // their scroll event may arrive merged with ours, which `onScroll` skips.
    const observer = new ResizeObserver(() => {
      if (!following.current) return
      const top = log.scrollTop
      if (!jumping.current && top < lastScrollTop.current - 1 && log.scrollHeight - top - log.clientHeight > BOTTOM_SLACK) {
        following.current = false
        ownScroll.current = false
        setScrolledUp(true)
        return
      }
      log.scrollTop = log.scrollHeight
      const landed = log.scrollTop
      if (landed !== top) ownScroll.current = true
      lastScrollTop.current = landed
    })
    observer.observe(content)
    return () => observer.disconnect()
  }, [])

  const onScroll = useCallback(() => {
    const log = logRef.current
    if (!log) return
    // The event of our own auto-scroll: nothing to learn from it, and reading the scroll position here would
    // force a layout the scroll left dirty (~0.13 ms per streamed chunk).
    if (ownScroll.current) {
      ownScroll.current = false
      return
    }
    const top = log.scrollTop
    const movedUp = top < lastScrollTop.current - 1
    lastScrollTop.current = top
    const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight <= BOTTOM_SLACK
    if (jumping.current && !atBottom) return
    jumping.current = false
    // Our own scroll-to-bottom can land short of a bottom that streaming content
    // has already pushed further down; only the reader scrolling up stops following.
    if (atBottom) following.current = true
    else if (movedUp) following.current = false
    setScrolledUp(!following.current)
  }, [])

  const jumpToLatest = () => {
    const log = logRef.current
    if (!log) return
    following.current = true
    jumping.current = true
    setScrolledUp(false)
    log.scrollTo({ top: log.scrollHeight, behavior: prefersReducedMotion() ? 'auto' : 'smooth' })
    log.focus({ preventScroll: true })
  }

  return (
    <FormSchemaProvider form={form}>
      <div className="formtalk-thread">
        <div
          ref={logRef}
          className="formtalk-log"
          role="log"
          aria-label={labels.conversation}
          // The log's own live region would read every chunk; TurnAnnouncer reads each finished turn instead.
          aria-live="off"
          aria-busy={busy}
          tabIndex={0}
          onScroll={onScroll}
        >
          <div ref={contentRef} className="formtalk-log-content">
            {blocksAndTail}
            <StartButton />
            {busy && <TypingIndicator />}
            <TransportError />
          </div>
        </div>
        {scrolledUp && (
          <button type="button" className="formtalk-button formtalk-jump" onClick={jumpToLatest}>
            {labels.jumpToLatest}
          </button>
        )}
        <TurnAnnouncer />
      </div>
    </FormSchemaProvider>
  )
}
