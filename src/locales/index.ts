/**
 * Built-in label sets: English (the default), Spanish, German and Hebrew
 * (right to left). Import the one you want and pass it as the widget's
 * `locale`; a set you do not import is not in your bundle.
 */
import type { Labels } from '../components/labels'
import { en } from './en'

export { de } from './de'
export { en } from './en'
export { es } from './es'
export { he } from './he'

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'yi'])

/** The labels of a `locale` prop: the given set, or English when absent. */
export function labelsForLocale(locale: Labels | undefined): Labels {
  return locale ?? en
}

/** The text direction a `locale` implies: `rtl` for right-to-left languages, else none (inherited). */
export function directionForLocale(locale: Labels | undefined): 'rtl' | undefined {
  const language = locale?.lang.split('-', 1)[0]?.toLowerCase()
  return language !== undefined && RIGHT_TO_LEFT.has(language) ? 'rtl' : undefined
}
