import { InteractiveFormView } from './interactive-form-view'
import { useWidgetSession } from './use-widget-session'
import type { InteractiveFormProps } from './use-widget-session'

export type { InteractiveFormProps } from './use-widget-session'

/**
 * The drop-in: `<InteractiveForm formId="…" />` turns a Wix form into a chat,
 * with form progress, editable answers and the checkout handoff. Inside an
 * `InteractiveFormProvider` it uses the provider's client; outside, it builds
 * its own from `baseUrl` / `headers` / `fetch` (and the hook keeps a private
 * QueryClient).
 */
export function InteractiveForm(props: InteractiveFormProps) {
  const { session, view } = useWidgetSession(props)
  return <InteractiveFormView session={session.handle} {...view} />
}
