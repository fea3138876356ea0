import type { PromptState } from './use-prompt-state'

/**
 * Whether a prompt in this state keeps its form: only while it can still be
 * answered (`open`, or `waiting` for the reply to end).
 *
 * Chromium's autofill re-reads every form on the page about 100 ms after any
 * field appears, and the fields of every answered prompt's `<form>` made that
 * task grow with the conversation (~90 ms at 5,000 bubbles with one per
 * answered number prompt). A prompt that cannot be answered any more is
 * therefore no `<form>` and shows its answer in words, not in disabled fields.
 */
export function keepsForm(state: PromptState): boolean {
  return state === 'open' || state === 'waiting'
}
