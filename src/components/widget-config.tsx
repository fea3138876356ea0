import { createContext, useContext, useLayoutEffect, useMemo, useRef } from 'react'
import type { ReactNode } from 'react'
import type { WixForm } from '../api/wire-types'
import { defaultLabels } from './labels'
import type { Labels } from './labels'
import type { ChunkComponents } from './part-props'
import { useShallowStable } from './use-shallow-stable'

/** What the widget's parts read besides the session: presentation choices that rarely change. */
export interface WidgetConfig {
  labels: Labels
  /** Overrides only; the defaults fill the rest. */
  components: Partial<ChunkComponents>
  debug: boolean
  onCheckout: ((checkoutId: string) => void) | undefined
  startButton: boolean
}

const defaultConfig: WidgetConfig = { labels: defaultLabels, components: {}, debug: false, onCheckout: undefined, startButton: false }

const WidgetConfigContext = createContext<WidgetConfig>(defaultConfig)

// The form schema travels by context, not a store subscription per bubble:
// it changes about once per session, while chunks arrive by the thousand.
const FormSchemaContext = createContext<WixForm | null>(null)

export interface WidgetConfigProviderProps {
  /** Replaces any of the visible strings. Default: `defaultLabels`. */
  labels?: Partial<Labels> | undefined
  /** Replaces any chunk renderer, `UserMessage` or `Composer`. Default: `defaultComponents`. */
  components?: Partial<ChunkComponents> | undefined
  /** Renders `DEBUG` chunks as a collapsed developer panel. Default: `false`. */
  debug?: boolean | undefined
  /** Called with the `checkoutId` when the buyer presses the submission card's checkout button. Default: none (no button). */
  onCheckout?: ((checkoutId: string) => void) | undefined
  /** Shows a Start button while no session exists (for `autoStart: false`). Default: `false`. */
  startButton?: boolean | undefined
  children?: ReactNode
}

/** Labels, renderer overrides and callbacks for the parts below; `InteractiveForm` sets it up for you. */
export function WidgetConfigProvider({ labels, components, debug = false, onCheckout, startButton = false, children }: WidgetConfigProviderProps) {
  const stableLabels = useShallowStable(labels)
  const stableComponents = useShallowStable(components)
  const latestCheckout = useRef(onCheckout)
  useLayoutEffect(() => {
    latestCheckout.current = onCheckout
  })
  // A stable wrapper: a new inline `onCheckout` each render must not re-render every bubble.
  const hasCheckout = onCheckout !== undefined
  const value = useMemo<WidgetConfig>(
    () => ({
      labels: stableLabels ? { ...defaultLabels, ...stableLabels } : defaultLabels,
      components: stableComponents ?? {},
      debug,
      onCheckout: hasCheckout ? (checkoutId: string) => latestCheckout.current?.(checkoutId) : undefined,
      startButton,
    }),
    [stableLabels, stableComponents, debug, hasCheckout, startButton],
  )
  return <WidgetConfigContext.Provider value={value}>{children}</WidgetConfigContext.Provider>
}

export function useWidgetConfig(): WidgetConfig {
  return useContext(WidgetConfigContext)
}

export function useLabels(): Labels {
  return useContext(WidgetConfigContext).labels
}

export function FormSchemaProvider({ form, children }: { form: WixForm | null; children?: ReactNode }) {
  return <FormSchemaContext.Provider value={form}>{children}</FormSchemaContext.Provider>
}

/** The form schema, when the thread knows it. */
export function useFormSchema(): WixForm | null {
  return useContext(FormSchemaContext)
}
