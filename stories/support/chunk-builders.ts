/**
 * Story-specific chunks: the sample forms' prompts and a `TEXT_DATA`
 * shorthand. Every other chunk comes from the emulator's own builders
 * (`src/emulator/chunks.ts`), so stories and emulator send the same shapes.
 */
import type { JsonValue, MeaningfulInput, TextDataChunk } from '../../src/api/wire-types'
import { multiSelectChunk, numberInputChunk, singleSelectChunk, textDataChunk } from '../../src/emulator/chunks'

/** A captured value whose human-readable `text` is "target: display value" (the stories never show that text). */
export const textData = (fieldTarget: string, value: JsonValue, displayValue: string, meaningfulInput?: MeaningfulInput): TextDataChunk =>
  textDataChunk(fieldTarget, `${fieldTarget}: ${displayValue}`, value, displayValue, meaningfulInput)

/** The ticket question of the event registration sample form. */
export const ticketPrompt = singleSelectChunk({
  fieldTarget: 'ticket',
  options: [
    { value: 'general', label: 'General admission' },
    { value: 'vip', label: 'VIP' },
    { value: 'student', label: 'Student' },
  ],
})

/** The dietary question of the event registration sample form, with its free-text "Other". */
export const dietaryPrompt = multiSelectChunk({
  fieldTarget: 'dietary',
  options: [
    { value: 'vegetarian', label: 'Vegetarian' },
    { value: 'vegan', label: 'Vegan' },
    { value: 'gluten-free', label: 'Gluten-free' },
    { value: 'halal', label: 'Halal' },
    { value: 'kosher', label: 'Kosher' },
  ],
  allowedCustomValue: { description: 'Tell us about any other dietary needs' },
})

/** "How many guests are you bringing?" — 0 to 4. */
export const guestsPrompt = numberInputChunk('guests', { minInclusiveValue: 0, maxInclusiveValue: 4 }, 1)

/** The tip question of the purchase sample form: 0 to 50 in steps of 5. */
export const tipPrompt = numberInputChunk('tip', { minInclusiveValue: 0, maxInclusiveValue: 50 }, 5)
