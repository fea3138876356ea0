import { useMemo } from 'react'
import type { ReactNode } from 'react'
import { Direction } from 'radix-ui'
import { SessionProvider, useStoreSelector } from '../hooks/session-context'
import type { SessionHandle } from '../hooks/session-context'
import type { SessionState } from '../store/session-state'
import { defaultComponents } from './default-components'
import type { Labels } from './labels'
import type { ChunkComponents } from './part-props'
import { Thread } from './thread'
import { WidgetConfigProvider, useLabels } from './widget-config'

/** The presentation options of the widget (everything but the session itself). */
export interface InteractiveFormViewOptions {
  /** Replaces any chunk renderer (`TEXT`, `TEXT_DATA`, …), `UNKNOWN`, `UserMessage` or `Composer`. Default: `defaultComponents`. */
  components?: Partial<ChunkComponents> | undefined
  /** Replaces any visible or announced string (i18n). Default: `defaultLabels` (English). */
  labels?: Partial<Labels> | undefined
  /** Extra class on the root (which always has `formtalk`). Default: none. */
  className?: string | undefined
  /** Shows `DEBUG` chunks as a collapsed developer panel. Default: `false`. */
  debug?: boolean | undefined
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`); sets `data-theme` on the root. Default: `'auto'`. */
  theme?: 'light' | 'dark' | 'auto' | undefined
  /** Text direction of the widget (`rtl` mirrors the layout and the arrow keys). Default: inherited from the page. */
  dir?: 'ltr' | 'rtl' | undefined
  /** Called with the `checkoutId` when the buyer presses the submission card's checkout button. Default: none (no button). */
  onCheckout?: ((checkoutId: string) => void) | undefined
  /** Shows a Start button while no session exists; `<InteractiveForm autoStart={false}>` turns it on. Default: `false`. */
  startButton?: boolean | undefined
}

export interface InteractiveFormViewProps extends InteractiveFormViewOptions {
  /** The session to show: `useInteractiveFormSession(…).handle`, or any `{store, ...actions}`. Required. */
  session: SessionHandle
}

const selectStatus = (state: SessionState) => state.status

/**
 * The widget's UI for a session you already hold (from
 * `useInteractiveFormSession`): thread plus composer, themed and labelled.
 * `<InteractiveForm>` is this plus the hook.
 */
export function InteractiveFormView({
  session,
  components,
  labels,
  className,
  debug,
  theme = 'auto',
  dir,
  onCheckout,
  startButton,
}: InteractiveFormViewProps) {
  const status = useStoreSelector(session.store, selectStatus)
  const ComposerComponent = components?.Composer ?? defaultComponents.Composer
  // The root re-renders on status changes; the thread and composer keep their own subscriptions.
  const body = useMemo(
    () => (
      <>
        <Thread />
        <ComposerComponent />
      </>
    ),
    [ComposerComponent],
  )
  const tree: ReactNode = (
    <SessionProvider session={session}>
      <WidgetConfigProvider labels={labels} components={components} debug={debug} onCheckout={onCheckout} startButton={startButton}>
        <Root className={className} theme={theme} dir={dir} status={status}>
          {body}
        </Root>
      </WidgetConfigProvider>
    </SessionProvider>
  )
  return dir ? <Direction.Provider dir={dir}>{tree}</Direction.Provider> : tree
}

function Root({
  className,
  theme,
  dir,
  status,
  children,
}: {
  className: string | undefined
  theme: 'light' | 'dark' | 'auto'
  dir: 'ltr' | 'rtl' | undefined
  status: SessionState['status']
  children: ReactNode
}) {
  const labels = useLabels()
  return (
    <section className={className ? `formtalk ${className}` : 'formtalk'} aria-label={labels.widget} data-theme={theme} data-status={status} dir={dir}>
      {children}
    </section>
  )
}
