/**
 * Built-in label sets: English (the default), Spanish, German and Hebrew
 * (right to left). Pick one with the widget's `locale` prop, or import one
 * and spread your own strings over it.
 */
import type { Labels } from '../components/labels'
import { de } from './de'
import { en } from './en'
import { es } from './es'
import { he } from './he'

export { de, en, es, he }

/** Every built-in locale by name. */
export const locales = { en, es, de, he } as const satisfies Record<string, Labels>

/** The name of a built-in locale. */
export type LocaleName = keyof typeof locales

/** Locales written right to left. */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set<LocaleName>(['he'])

/** The labels of a `locale` prop: a built-in name, your own complete `Labels`, or English when absent. */
export function labelsForLocale(locale: LocaleName | Labels | undefined): Labels {
  if (locale === undefined) return en
  return typeof locale === 'string' ? (locales[locale] ?? en) : locale
}

/** The text direction a `locale` prop implies: `rtl` for Hebrew, else none (inherited). */
export function directionForLocale(locale: LocaleName | Labels | undefined): 'rtl' | undefined {
  return typeof locale === 'string' && RIGHT_TO_LEFT.has(locale) ? 'rtl' : undefined
}
