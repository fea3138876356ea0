import { createContext, useContext, useLayoutEffect, useMemo, useRef } from 'react'
import type { ReactNode } from 'react'
import type { WixForm } from '../api/wire-types'
import { labelsForLocale } from '../locales'
import { defaultLabels } from './labels'
import type { Labels } from './labels'
import type { ChunkComponents } from './part-props'
import { useShallowStable } from './use-shallow-stable'

/** Turns a purchase's `checkoutId` into the URL of its checkout page (the eCommerce API's checkout URL). */
export type GetCheckoutUrl = (checkoutId: string) => string | Promise<string>

/** Leaves the page for `url`. */
export type Navigate = (url: string) => void

/** What the widget's parts read besides the session: presentation choices that rarely change. */
export interface WidgetConfig {
  /** The strings to show: `locale` (default `en`) with the `labels` overrides on top. Default outside a provider: `en`. */
  labels: Labels
  /** Overrides only; the defaults fill the rest. Default: `{}`. */
  components: Partial<ChunkComponents>
  /** Whether `DEBUG` chunks render as the developer panel. Default: `false`. */
  debug: boolean
  /** Whether the Start button shows while no session exists. Default: `false`. */
  startButton: boolean
  /** Stable wrapper around the latest `getCheckoutUrl`. Default: `undefined` (none given: no checkout action). */
  getCheckoutUrl: GetCheckoutUrl | undefined
  /** Stable wrapper around the latest `navigate` (default `window.location.assign`). */
  navigate: Navigate
}

/** The default `navigate`: a plain same-tab navigation. */
export const assignLocation: Navigate = (url) => window.location.assign(url)

const defaultConfig: WidgetConfig = {
  labels: defaultLabels,
  components: {},
  debug: false,
  startButton: false,
  getCheckoutUrl: undefined,
  navigate: assignLocation,
}

const WidgetConfigContext = createContext<WidgetConfig>(defaultConfig)

// The form schema travels by context, not a store subscription per bubble:
// it changes about once per session, while chunks arrive by the thousand.
const FormSchemaContext = createContext<WixForm | null>(null)

/** Props of `WidgetConfigProvider`; all optional. */
export interface WidgetConfigProviderProps {
  /** The label set to start from: a built-in one (`en`, `es`, `de`, `he`, imported from `formtalk`) or a complete `Labels` of your own. Default: `en`. */
  locale?: Labels | undefined
  /** Replaces any of the visible strings, on top of `locale`. Default: none. */
  labels?: Partial<Labels> | undefined
  /** Replaces any chunk renderer, `UserMessage` or `Composer`. Default: `defaultComponents`. */
  components?: Partial<ChunkComponents> | undefined
  /** Renders `DEBUG` chunks as a collapsed developer panel. Default: `false`. */
  debug?: boolean | undefined
  /** Shows a Start button while no session exists (for `autoStart: false`). Default: `false`. */
  startButton?: boolean | undefined
  /** Resolves a purchase's checkout URL; the submission card then links to it. Default: none (no checkout action). */
  getCheckoutUrl?: GetCheckoutUrl | undefined
  /** How the checkout action leaves the page. Default: `window.location.assign`. */
  navigate?: Navigate | undefined
  /** The widget parts that read this config. Default: none. */
  children?: ReactNode
}

/** Labels, renderer overrides and callbacks for the parts below; `InteractiveForm` sets it up for you. */
export function WidgetConfigProvider({
  locale,
  labels,
  components,
  debug = false,
  startButton = false,
  getCheckoutUrl,
  navigate,
  children,
}: WidgetConfigProviderProps) {
  const stableLabels = useShallowStable(labels)
  const stableComponents = useShallowStable(components)
  const latest = useRef({ getCheckoutUrl, navigate })
  useLayoutEffect(() => {
    latest.current = { getCheckoutUrl, navigate }
  })
  // Stable wrappers: a new inline callback each render must not re-render every bubble.
  const hasCheckoutUrl = getCheckoutUrl !== undefined
  const value = useMemo<WidgetConfig>(() => {
    const base = labelsForLocale(locale)
    return {
      labels: stableLabels ? { ...base, ...stableLabels } : base,
      components: stableComponents ?? {},
      debug,
      startButton,
      getCheckoutUrl: hasCheckoutUrl
        ? (checkoutId: string) => {
            const current = latest.current.getCheckoutUrl
            if (!current) throw new Error('getCheckoutUrl was removed')
            return current(checkoutId)
          }
        : undefined,
      navigate: (url: string) => (latest.current.navigate ?? assignLocation)(url),
    }
  }, [locale, stableLabels, stableComponents, debug, startButton, hasCheckoutUrl])
  return <WidgetConfigContext.Provider value={value}>{children}</WidgetConfigContext.Provider>
}

/** The nearest `WidgetConfigProvider`'s config; outside one, the defaults (English labels, no overrides, `debug` and `startButton` off). */
export function useWidgetConfig(): WidgetConfig {
  return useContext(WidgetConfigContext)
}

/** The labels in use: `useWidgetConfig().labels` (English outside a provider). */
export function useLabels(): Labels {
  return useContext(WidgetConfigContext).labels
}

/**
 * Gives the parts below the form schema that `useFormSchema` reads (field labels, options).
 * Props: `form` (required; `null` while the schema is not known), `children`.
 */
export function FormSchemaProvider({ form, children }: { form: WixForm | null; children?: ReactNode }) {
  return <FormSchemaContext.Provider value={form}>{children}</FormSchemaContext.Provider>
}

/** The form schema, when the widget knows it; `null` outside a `FormSchemaProvider` or before it loads. */
export function useFormSchema(): WixForm | null {
  return useContext(FormSchemaContext)
}
