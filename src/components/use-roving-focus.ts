import { useState } from 'react'
import type { FocusEvent, KeyboardEvent } from 'react'

/** What the option chips' container and each chip spread on themselves. */
export interface RovingFocus {
  /** For the element whose children are the chips (and nothing else). */
  groupProps: {
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
    onBlur: (event: FocusEvent<HTMLElement>) => void
  }
  /** For the chip of `value`. */
  itemProps: (value: string) => { tabIndex: number; onFocus: () => void }
}

type Move = 'previous' | 'next' | 'first' | 'last'

const MOVES: Record<string, Move> = {
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  ArrowRight: 'next',
  ArrowDown: 'next',
  Home: 'first',
  PageUp: 'first',
  End: 'last',
  PageDown: 'last',
}

/** Right to left, the left arrow points forward. */
const MIRRORED: Record<string, string> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' }

/**
 * One Tab stop for a row of option chips, arrows between them (wrapping,
 * mirrored right to left), Home/End; Space/Enter stay the buttons' own.
 * Entering the row lands on the first checked chip, else the one focused
 * last, else the first. Arrows only move focus, they never pick.
 *
 * Hand-written rather than Radix ToggleGroup for the bundle budget: its
 * RovingFocusGroup, Collection and direction context cost ~5.5 kB gzip and put
 * the widget over its 40 KiB. The direction is read from the DOM when a key is
 * pressed, so no direction context is needed.
 *
 * @param values the chips' values, in order
 * @param checked the values currently checked or pressed
 * @param disabled every chip is disabled: nothing is a Tab stop
 */
export function useRovingFocus(values: readonly string[], checked: readonly string[], disabled: boolean): RovingFocus {
  const [focused, setFocused] = useState<{ value: string; inside: boolean } | null>(null)
  const isOption = (value: string | undefined) => value !== undefined && values.includes(value)
  let tabStop: string | undefined
  if (!disabled) {
    // While focus is in the row, the focused chip is the stop, so Tab leaves the row from anywhere in it.
    if (focused?.inside && isOption(focused.value)) tabStop = focused.value
    else tabStop = checked.find(isOption) ?? (isOption(focused?.value) ? focused?.value : values[0])
  }

  return {
    groupProps: {
      onKeyDown: (event) => {
        if (!(event.key in MOVES) || event.metaKey || event.ctrlKey || event.altKey || event.shiftKey) return
        const group = event.currentTarget
        const chips = Array.from(group.children as HTMLCollectionOf<HTMLElement>).filter((chip) => !chip.matches(':disabled'))
        const current = chips.indexOf(event.target as HTMLElement)
        if (current === -1) return
        const key = getComputedStyle(group).direction === 'rtl' ? (MIRRORED[event.key] ?? event.key) : event.key
        const move = MOVES[key]
        const target =
          move === 'first' ? 0 : move === 'last' ? chips.length - 1 : (current + (move === 'next' ? 1 : -1) + chips.length) % chips.length
        event.preventDefault()
        chips[target]?.focus()
      },
      onBlur: (event) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return
        setFocused((previous) => (previous ? { value: previous.value, inside: false } : previous))
      },
    },
    itemProps: (value) => ({
      tabIndex: value === tabStop ? 0 : -1,
      onFocus: () => setFocused({ value, inside: true }),
    }),
  }
}
