import { useCallback, useEffect, useId, useState } from 'react'
import { InteractiveForm } from '../src/components/interactive-form'
import { fetchForms, type EmulatorFormSummary } from './emulator-api'
import {
  DIRECTIONS,
  readSettings,
  THEMES,
  writeSettings,
  type PlaygroundDirection,
  type PlaygroundSettings,
  type PlaygroundTheme,
} from './playground-settings'
import { SubmissionsPanel } from './submissions-panel'
import { useSubmissions } from './use-submissions'

const THEME_NAMES: Record<PlaygroundTheme, string> = { auto: 'System', light: 'Light', dark: 'Dark' }

/** The emulator serves the Wix API paths on the page's own origin. */
const API_PATH = '/forms/ai/v1/interactive-form-sessions'

function useForms() {
  const [forms, setForms] = useState<EmulatorFormSummary[] | undefined>(undefined)
  const [error, setError] = useState<string | undefined>(undefined)
  useEffect(() => {
    const controller = new AbortController()
    fetchForms(controller.signal).then(setForms, (reason: unknown) => {
      if (!controller.signal.aborted) setError(reason instanceof Error ? reason.message : String(reason))
    })
    return () => controller.abort()
  }, [])
  return { forms, error }
}

/** Settings in React state and in the URL, both ways (back/forward included). */
function useUrlSettings() {
  const [settings, setSettings] = useState<PlaygroundSettings>(() => readSettings(window.location.search))
  useEffect(() => {
    const search = writeSettings(settings, window.location.search)
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`)
    }
  }, [settings])
  useEffect(() => {
    const onPopState = () => setSettings(readSettings(window.location.search))
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])
  const update = useCallback((patch: Partial<PlaygroundSettings>) => setSettings((previous) => ({ ...previous, ...patch })), [])
  return [settings, update] as const
}

interface ToggleProps {
  label: string
  hint: string
  checked: boolean
  onChange: (checked: boolean) => void
}

function Toggle({ label, hint, checked, onChange }: ToggleProps) {
  const inputId = useId()
  const hintId = useId()
  return (
    <div className="pg-toggle">
      <input id={inputId} type="checkbox" checked={checked} aria-describedby={hintId} onChange={(event) => onChange(event.target.checked)} />
      <span className="pg-toggle-text">
        <label htmlFor={inputId} className="pg-toggle-label">
          {label}
        </label>
        <span id={hintId} className="pg-hint">
          {hint}
        </span>
      </span>
    </div>
  )
}

export function Playground() {
  const [settings, update] = useUrlSettings()
  const { forms, error: formsError } = useForms()
  const submissions = useSubmissions()
  const [conversation, setConversation] = useState(0)
  const formSelectId = useId()
  const themeSelectId = useId()
  const directionSelectId = useId()

  // No form in the URL: start with the first one the emulator has.
  const firstFormId = forms?.[0]?.id
  useEffect(() => {
    if (settings.formId === undefined && firstFormId !== undefined) update({ formId: firstFormId })
  }, [settings.formId, firstFormId, update])

  // The page follows the widget's theme, so the demo reads as one surface.
  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme
  }, [settings.theme])

  const { refresh } = submissions
  const onSubmitted = useCallback(() => refresh(), [refresh])

  const formId = settings.formId
  const selectedForm = forms?.find((form) => form.id === formId)
  const baseUrl = `${window.location.origin}${API_PATH}`

  return (
    <>
      <header className="pg-header">
        <div className="pg-header-inner">
          <h1>formtalk playground</h1>
          <p className="pg-tagline">
            Chat your way through a Wix form. Everything here talks to the built-in emulator of the Interactive Form Sessions API on
            this origin.
          </p>
        </div>
      </header>
      <main className="pg-main">
        <form className="pg-settings" aria-label="Playground settings" onSubmit={(event) => event.preventDefault()}>
          <div className="pg-field">
            <label htmlFor={formSelectId}>Form</label>
            <select
              id={formSelectId}
              value={formId ?? ''}
              disabled={!forms}
              onChange={(event) => update({ formId: event.target.value })}
            >
              {!forms ? <option value="">Loading forms…</option> : null}
              {formId !== undefined && forms && !selectedForm ? <option value={formId}>Unknown form ({formId})</option> : null}
              {forms?.map((form) => (
                <option key={form.id} value={form.id}>
                  {form.name}
                </option>
              ))}
            </select>
          </div>
          <Toggle
            label="Streaming"
            hint="Use the -streamed methods"
            checked={settings.streaming}
            onChange={(streaming) => update({ streaming })}
          />
          <Toggle label="Dry run" hint="Extract, but do not submit for real" checked={settings.dryRun} onChange={(dryRun) => update({ dryRun })} />
          <Toggle label="Debug" hint="Show DEBUG chunks" checked={settings.debug} onChange={(debug) => update({ debug })} />
          <div className="pg-field">
            <label htmlFor={themeSelectId}>Theme</label>
            <select id={themeSelectId} value={settings.theme} onChange={(event) => update({ theme: event.target.value as PlaygroundTheme })}>
              {THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {THEME_NAMES[theme]}
                </option>
              ))}
            </select>
          </div>
          <div className="pg-field">
            <label htmlFor={directionSelectId}>Direction</label>
            <select id={directionSelectId} value={settings.dir} onChange={(event) => update({ dir: event.target.value as PlaygroundDirection })}>
              {DIRECTIONS.map((dir) => (
                <option key={dir} value={dir}>
                  {dir === 'ltr' ? 'Left to right' : 'Right to left'}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="pg-button" onClick={() => setConversation((count) => count + 1)} disabled={formId === undefined}>
            New conversation
          </button>
        </form>
        {formsError ? (
          <p role="alert" className="pg-error">
            Could not load the emulator&rsquo;s forms: {formsError}
          </p>
        ) : null}
        <div className="pg-columns">
          <section className="pg-panel pg-chat" aria-labelledby="chat-heading">
            <h2 id="chat-heading">{selectedForm?.name ?? 'Chat'}</h2>
            <p className="pg-muted pg-chat-note">
              {settings.streaming ? 'Streaming' : 'Standard methods'}
              {settings.dryRun ? ' · dry run' : ''} · changing the form, streaming or dry run starts a new conversation.
            </p>
            {formId !== undefined ? (
              <InteractiveForm
                // dryRun is fixed at create, and a new transport is a new session: remount.
                key={`${formId}|${settings.streaming}|${settings.dryRun}|${conversation}`}
                formId={formId}
                baseUrl={baseUrl}
                streaming={settings.streaming}
                dryRun={settings.dryRun}
                debug={settings.debug}
                theme={settings.theme}
                dir={settings.dir}
                onSubmitted={onSubmitted}
              />
            ) : null}
          </section>
          <SubmissionsPanel submissions={submissions.submissions} forms={forms ?? []} loaded={submissions.loaded} error={submissions.error} />
        </div>
      </main>
    </>
  )
}
