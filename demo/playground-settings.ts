/**
 * The playground's controls, mirrored in the page URL so a setup can be
 * bookmarked or shared: `?formId=…&streaming=off&dryRun=on&debug=on&theme=dark&dir=rtl`.
 * Defaults stay out of the URL.
 */

export const THEMES = ['auto', 'light', 'dark'] as const
export type PlaygroundTheme = (typeof THEMES)[number]

export const DIRECTIONS = ['ltr', 'rtl'] as const
export type PlaygroundDirection = (typeof DIRECTIONS)[number]

export interface PlaygroundSettings {
  /** The form to chat with; `undefined` until the form list arrives. */
  formId: string | undefined
  /** Use the `-streamed` methods. Default: `true`. */
  streaming: boolean
  /** Create sessions with `dryRun: true`. Default: `false`. */
  dryRun: boolean
  /** Show `DEBUG` chunks. Default: `false`. */
  debug: boolean
  /** `auto` follows the system's colour scheme. Default: `'auto'`. */
  theme: PlaygroundTheme
  /** Text direction of the widget. Default: `'ltr'`. */
  dir: PlaygroundDirection
}

export const DEFAULT_SETTINGS: PlaygroundSettings = {
  formId: undefined,
  streaming: true,
  dryRun: false,
  debug: false,
  theme: 'auto',
  dir: 'ltr',
}

function readFlag(params: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = params.get(name)?.toLowerCase()
  if (value === 'on' || value === 'true' || value === '1') return true
  if (value === 'off' || value === 'false' || value === '0') return false
  return fallback
}

export function readSettings(search: string): PlaygroundSettings {
  const params = new URLSearchParams(search)
  const theme = params.get('theme')
  const dir = params.get('dir')
  return {
    formId: params.get('formId') || undefined,
    streaming: readFlag(params, 'streaming', DEFAULT_SETTINGS.streaming),
    dryRun: readFlag(params, 'dryRun', DEFAULT_SETTINGS.dryRun),
    debug: readFlag(params, 'debug', DEFAULT_SETTINGS.debug),
    theme: (THEMES as readonly (string | null)[]).includes(theme) ? (theme as PlaygroundTheme) : DEFAULT_SETTINGS.theme,
    dir: (DIRECTIONS as readonly (string | null)[]).includes(dir) ? (dir as PlaygroundDirection) : DEFAULT_SETTINGS.dir,
  }
}

/** The query string for `settings`, keeping any parameters the playground does not own. */
export function writeSettings(settings: PlaygroundSettings, search: string): string {
  const params = new URLSearchParams(search)
  const set = (name: string, value: string | undefined) => (value === undefined ? params.delete(name) : params.set(name, value))
  set('formId', settings.formId)
  set('streaming', settings.streaming === DEFAULT_SETTINGS.streaming ? undefined : settings.streaming ? 'on' : 'off')
  set('dryRun', settings.dryRun === DEFAULT_SETTINGS.dryRun ? undefined : settings.dryRun ? 'on' : 'off')
  set('debug', settings.debug === DEFAULT_SETTINGS.debug ? undefined : settings.debug ? 'on' : 'off')
  set('theme', settings.theme === DEFAULT_SETTINGS.theme ? undefined : settings.theme)
  set('dir', settings.dir === DEFAULT_SETTINGS.dir ? undefined : settings.dir)
  const query = params.toString()
  return query ? `?${query}` : ''
}
