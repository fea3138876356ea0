import type { SelectOption } from '../api/wire-types'
import type { PromptAnswer } from '../store/session-state'

/** The option values an answer picked (a custom value matches none). */
export function answeredOptionValues(answer: PromptAnswer, options: readonly SelectOption[]): string[] {
  const values = Array.isArray(answer.value) ? answer.value : [answer.value]
  return options.filter((option) => values.includes(option.value)).map((option) => option.value)
}
