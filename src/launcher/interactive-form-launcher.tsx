import { useId, useMemo, useState } from 'react'
import { Dialog } from 'radix-ui'
import { InteractiveFormView } from '../components/interactive-form-view'
import { useWidgetSession } from '../components/use-widget-session'
import type { InteractiveFormProps } from '../components/use-widget-session'
import { labelsForLocale, directionForLocale } from '../locales'
import { useUnreadCount } from './unread-count'

/** Props of `<InteractiveFormLauncher>`: every `<InteractiveForm>` prop (`formId` required) plus the corner button's. */
export interface InteractiveFormLauncherProps extends InteractiveFormProps {
  /** The corner the button (and the chat above it) sits in, in the writing direction. Default: `'bottom-end'`. */
  position?: 'bottom-end' | 'bottom-start' | undefined
  /** Whether the chat starts open (uncontrolled). Default: `false`. */
  defaultOpen?: boolean | undefined
  /** Whether the chat is open (controlled; pair with `onOpenChange`). Default: uncontrolled. */
  open?: boolean | undefined
  /** Called when the user opens or closes the chat. Default: none. */
  onOpenChange?: ((open: boolean) => void) | undefined
}

/** Focus the message box when the chat opens (else the first control, else the panel itself). */
function focusComposer(event: Event) {
  const panel = event.currentTarget instanceof HTMLElement ? event.currentTarget : null
  if (!panel) return
  event.preventDefault()
  const target =
    panel.querySelector<HTMLElement>('.formtalk-composer textarea:not(:disabled)') ??
    panel.querySelector<HTMLElement>('.formtalk-previous button, .formtalk-start') ??
    panel
  target.focus()
}

/** Escape inside an inline editor closes the editor, not the chat. */
function keepOpenForEditor(event: KeyboardEvent) {
  if (event.target instanceof Element && event.target.closest('[data-formtalk-editor]')) event.preventDefault()
}

/**
 * The classic corner chat button: `<InteractiveFormLauncher formId="…" />`
 * opens the widget in a modal dialog (focus moves into the message box and
 * is trapped there; Escape or the close button closes it and focus returns
 * to the button). The session lives in the launcher, so closing keeps the
 * conversation (and a reply keeps streaming); assistant messages that arrive
 * while it is closed show as an unread badge, also read out. Takes every
 * prop of `<InteractiveForm>`; styles come with `formtalk/styles.css`.
 */
export function InteractiveFormLauncher(props: InteractiveFormLauncherProps) {
  const { position = 'bottom-end', defaultOpen = false, open: controlledOpen, onOpenChange, ...formProps } = props
  const { session, view } = useWidgetSession(formProps)
  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen)
  const open = controlledOpen ?? uncontrolledOpen
  const setOpen = (next: boolean) => {
    if (controlledOpen === undefined) setUncontrolledOpen(next)
    onOpenChange?.(next)
  }
  const { locale, labels: overrides, theme = 'auto', dir } = formProps
  const labels = useMemo(() => ({ ...labelsForLocale(locale), ...overrides }), [locale, overrides])
  const direction = dir ?? directionForLocale(locale)
  const unread = useUnreadCount(session.store, open)
  const unreadId = useId()

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <div className="formtalk-launcher" data-position={position} data-theme={theme} dir={direction} lang={locale?.lang}>
        <Dialog.Trigger className="formtalk-launcher-button" aria-label={labels.openAssistant} aria-describedby={unreadId}>
          <svg className="formtalk-launcher-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-4.3 3.6A1 1 0 0 1 3 20.8V5a2 2 0 0 1 1-2Zm3 6.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Z"
            />
          </svg>
        </Dialog.Trigger>
        {/* Beside the button, not in it: the button's name stays its label alone. */}
        {unread > 0 ? (
          <span className="formtalk-launcher-badge" aria-hidden="true" data-count={unread}>
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
        {/* Read out as it changes while the chat is closed, and the button's description. */}
        <span id={unreadId} className="formtalk-launcher-unread" aria-live="polite">
          {unread > 0 ? labels.unread(unread) : ''}
        </span>
      </div>
      <Dialog.Portal>
        <Dialog.Content
          className="formtalk-launcher-panel"
          data-position={position}
          data-theme={theme}
          dir={direction}
          lang={locale?.lang}
          aria-describedby={undefined}
          onOpenAutoFocus={focusComposer}
          onEscapeKeyDown={keepOpenForEditor}
        >
          <Dialog.Title className="formtalk-launcher-title">{labels.widget}</Dialog.Title>
          <Dialog.Close className="formtalk-launcher-close" aria-label={labels.closeAssistant}>
            <span aria-hidden="true">×</span>
          </Dialog.Close>
          <InteractiveFormView session={session.handle} {...view} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
