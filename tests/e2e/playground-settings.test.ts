/** The playground's URL settings and value formatting, without a browser. */
import { describe, expect, it } from 'vitest'
import { formatValue } from '../../demo/format-value'
import { DEFAULT_SETTINGS, readSettings, writeSettings } from '../../demo/playground-settings'

describe('playground settings in the URL', () => {
  it('reads every control from the query string', () => {
    expect(readSettings('?formId=abc&streaming=off&dryRun=on&debug=1&theme=dark&dir=rtl')).toEqual({
      formId: 'abc',
      streaming: false,
      dryRun: true,
      debug: true,
      theme: 'dark',
      dir: 'rtl',
    })
  })

  it('falls back to the defaults for missing or unknown values', () => {
    expect(readSettings('?streaming=maybe&theme=sepia&dir=up')).toEqual(DEFAULT_SETTINGS)
  })

  it('writes only what differs from the defaults, keeping parameters it does not own', () => {
    const search = writeSettings({ ...DEFAULT_SETTINGS, formId: 'f 1', streaming: false }, '?utm_source=docs&debug=on')
    const params = new URLSearchParams(search)
    expect(Object.fromEntries(params)).toEqual({ utm_source: 'docs', formId: 'f 1', streaming: 'off' })
    expect(readSettings(search)).toEqual({ ...DEFAULT_SETTINGS, formId: 'f 1', streaming: false })
  })

  it('writes an empty query string when everything is default', () => {
    expect(writeSettings(DEFAULT_SETTINGS, '?theme=auto')).toBe('')
  })
})

describe('submitted values in words', () => {
  const ticketLabels = new Map([
    ['vip', 'VIP'],
    ['gluten-free', 'Gluten-free'],
  ])

  it('shows option labels instead of option values', () => {
    expect(formatValue('vip', ticketLabels)).toBe('VIP')
    expect(formatValue(['vip', 'gluten-free', 'own words'], ticketLabels)).toBe('VIP, Gluten-free, own words')
  })

  it('spells out booleans, empty values and objects', () => {
    expect(formatValue(true)).toBe('Yes')
    expect(formatValue(false)).toBe('No')
    expect(formatValue(null)).toBe('—')
    expect(formatValue([])).toBe('—')
    expect(formatValue(1234.5)).toBe('1,234.5')
    expect(formatValue({ city: 'Paris', zip: '75001' })).toBe('city: Paris; zip: 75001')
  })
})
