import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode, RefObject } from 'react'
import { inputFieldsOf } from '../form-schema/list-input-fields'
import { SessionProvider, useSessionStore, useStoreSelector } from '../hooks/session-context'
import type { SessionHandle } from '../hooks/session-context'
import type { SessionSubmission } from '../hooks/session-controller'
import { directionForLocale } from '../locales'
import type { SessionState } from '../store/session-state'
import { defaultComponents } from './default-components'
import type { Labels } from './labels'
import type { ChunkComponents } from './part-props'
import { PreviousSubmission } from './previous-submission'
import { ResumeNotice } from './resume-notice'
import { Thread } from './thread'
import { useFocusRescue } from './use-focus-rescue'
import { FormSchemaProvider, WidgetConfigProvider, useLabels } from './widget-config'
import type { GetCheckoutUrl, Navigate } from './widget-config'
import { WidgetProgress } from './widget-progress'

/** From this container width (px) on, progress is a side panel; below, a compact bar above the chat. */
export const WIDE_LAYOUT_MIN_WIDTH = 720

/** The presentation options of the widget (everything but the session itself). */
export interface InteractiveFormViewOptions {
  /** Replaces any chunk renderer (`TEXT`, `TEXT_DATA`, …), `UNKNOWN`, `UserMessage` or `Composer`. Default: `defaultComponents`. */
  components?: Partial<ChunkComponents> | undefined
  /**
   * A complete label set: a built-in one (`import { es } from 'formtalk'`;
   * also `de`, `he`, `en`) or your own. A right-to-left language (`he`) also
   * sets `dir="rtl"` unless `dir` is given, and the set's `lang` goes on the
   * root. Default: English (`en`).
   */
  locale?: Labels | undefined
  /** Replaces any visible or announced string, one by one, on top of `locale`. Default: none. */
  labels?: Partial<Labels> | undefined
  /** Extra class on the root (which always has `formtalk`). Default: none. */
  className?: string | undefined
  /** Shows `DEBUG` chunks as a collapsed developer panel. Default: `false`. */
  debug?: boolean | undefined
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`); sets `data-theme` on the root. Default: `'auto'`. */
  theme?: 'light' | 'dark' | 'auto' | undefined
  /** Text direction of the widget (`rtl` mirrors the layout and the arrow keys). Default: `rtl` when `locale.lang` is right to left (`he`, `ar`, `fa`, `ur`, `yi`), else inherited from the page. */
  dir?: 'ltr' | 'rtl' | undefined
  /**
   * Form progress: `true` always, `false` never, `'auto'` once the form
   * schema is known (and has fields). A side panel from 720 px of widget
   * width, a compact bar above the chat below that. Default: `'auto'`.
   */
  progress?: boolean | 'auto' | undefined
  /**
   * Resolves a purchase's checkout URL from its `checkoutId` (e.g. through
   * your server and the eCommerce API). With it, the submission card shows
   * **Continue to checkout** (a link; only http(s) URLs). The view does not
   * redirect by itself: `<InteractiveForm>` does, and with your own hook
   * session you redirect from its `onCheckout`. Default: none (no checkout
   * action).
   */
  getCheckoutUrl?: GetCheckoutUrl | undefined
  /** How the checkout redirect leaves the page (inject one in tests). Default: `window.location.assign`. */
  navigate?: Navigate | undefined
  /**
   * A developer panel rendered after the thread, e.g. a lazily imported
   * `<ProtocolInspector>`; a function gets the session (for its `store`).
   * The widget itself never imports devtools code. Default: none.
   */
  devtools?: ReactNode | ((session: SessionHandle) => ReactNode)
  /** Shows a Start button while no session exists; `<InteractiveForm autoStart={false}>` turns it on. Default: `false`. */
  startButton?: boolean | undefined
  /**
   * Shows the completed state of an earlier visit's submission instead of the
   * chat (`<InteractiveForm persist>` sets it). Default: none.
   */
  previousSubmission?: SessionSubmission | null | undefined
  /** Called by the completed state's **Start a new form** button (and the resume notice's). Default: none (the button starts nothing). */
  onStartNew?: (() => void) | undefined
  /**
   * The conversation was restored by `persist`: show a notice offering to
   * continue or start over (`<InteractiveForm persist>` sets it). Default: `false`.
   */
  resumed?: boolean | undefined
}

/** Props of `InteractiveFormView`: the presentation options plus the session. */
export interface InteractiveFormViewProps extends InteractiveFormViewOptions {
  /** The session to show: `useInteractiveFormSession(…).handle`, or any `{store, ...actions}`. Required. */
  session: SessionHandle
}

const selectStatus = (state: SessionState) => state.status
const selectForm = (state: SessionState) => state.form
const selectHasFields = (state: SessionState) => state.form !== null && inputFieldsOf(state.form).length > 0

/**
 * The widget's UI for a session you already hold (from
 * `useInteractiveFormSession`): thread, composer and form progress, themed
 * and labelled. `<InteractiveForm>` is this plus the hook.
 */
export function InteractiveFormView({
  session,
  components,
  locale,
  labels,
  className,
  debug,
  theme = 'auto',
  dir,
  progress = 'auto',
  getCheckoutUrl,
  navigate,
  devtools,
  startButton,
  previousSubmission,
  onStartNew,
  resumed = false,
}: InteractiveFormViewProps) {
  const status = useStoreSelector(session.store, selectStatus)
  const direction = dir ?? directionForLocale(locale)
  const ComposerComponent = components?.Composer ?? defaultComponents.Composer
  const devtoolsNode = typeof devtools === 'function' ? devtools(session) : devtools
  // The root re-renders on status changes; the thread and composer keep their own subscriptions.
  const chat = useMemo(
    () => (
      <div className="formtalk-chat">
        <Thread />
        {devtoolsNode !== undefined && devtoolsNode !== null && devtoolsNode !== false ? <div className="formtalk-devtools">{devtoolsNode}</div> : null}
        <ComposerComponent />
      </div>
    ),
    [ComposerComponent, devtoolsNode],
  )
  return (
    <SessionProvider session={session}>
      <WidgetConfigProvider
        locale={locale}
        labels={labels}
        components={components}
        debug={debug}
        startButton={startButton}
        getCheckoutUrl={getCheckoutUrl}
        navigate={navigate}
      >
        <SchemaScope>
          <Root className={className} theme={theme} dir={direction} lang={locale?.lang} status={status} progress={progress}>
            {previousSubmission ? (
              <PreviousSubmission submission={previousSubmission} onStartNew={() => onStartNew?.()} />
            ) : (
              <>
                {resumed ? <ResumeNotice onStartOver={() => onStartNew?.()} /> : null}
                {chat}
              </>
            )}
          </Root>
        </SchemaScope>
      </WidgetConfigProvider>
    </SessionProvider>
  )
}

/** The schema for every part (chips, editor, progress); it changes about once per session. */
function SchemaScope({ children }: { children: ReactNode }) {
  const form = useSessionStore(selectForm)
  return <FormSchemaProvider form={form}>{children}</FormSchemaProvider>
}

function Root({
  className,
  theme,
  dir,
  lang,
  status,
  progress,
  children,
}: {
  className: string | undefined
  theme: 'light' | 'dark' | 'auto'
  dir: 'ltr' | 'rtl' | undefined
  /** Only when a locale is given: the page's own `lang` applies otherwise. */
  lang: string | undefined
  status: SessionState['status']
  progress: boolean | 'auto'
  children: ReactNode
}) {
  const labels = useLabels()
  const root = useRef<HTMLElement>(null)
  const wide = useIsWide(root)
  useFocusRescue(root)
  const hasFields = useSessionStore(selectHasFields)
  const showProgress = progress === true || (progress === 'auto' && hasFields)
  const layout = showProgress ? (wide ? 'panel' : 'bar') : 'none'
  return (
    <section
      ref={root}
      className={className ? `formtalk ${className}` : 'formtalk'}
      aria-label={labels.widget}
      lang={lang}
      data-theme={theme}
      data-status={status}
      data-progress={layout}
      dir={dir}
    >
      {layout === 'bar' ? <WidgetProgress variant="bar" /> : null}
      <div className="formtalk-main">
        {children}
        {layout === 'panel' ? (
          <div className="formtalk-side">
            <WidgetProgress variant="panel" />
          </div>
        ) : null}
      </div>
    </section>
  )
}

/**
 * Whether the widget is at least `WIDE_LAYOUT_MIN_WIDTH` wide. Measured (not
 * a CSS container query) because the two layouts are different markup — a
 * list beside the chat, or a bar with a disclosure above it — and rendering
 * both for CSS to pick from would put every field in the accessibility tree twice.
 */
function useIsWide(element: RefObject<HTMLElement | null>): boolean {
  const [wide, setWide] = useState(false)
  useLayoutEffect(() => {
    const node = element.current
    if (!node) return
    const measure = () => setWide(node.getBoundingClientRect().width >= WIDE_LAYOUT_MIN_WIDTH)
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(node)
    return () => observer.disconnect()
  }, [element])
  return wide
}
