/**
 * Realistic response chunks for the benchmarks: field targets, values and
 * sentences of the size a form conversation produces, built as the service
 * sends them (REST JSON). Deterministic for a given random source.
 */
import type {
  EndOfResponseChunk,
  ImportantTextChunk,
  NumberInputChunk,
  SeparatorChunk,
  SingleSelectInputChunk,
  TextChunk,
  TextDataChunk,
} from '../../src/api/wire-types'
import type { SeededRandom } from './seeded-random'

const TARGETS = ['firstName', 'lastName', 'email', 'phone', 'company', 'guests', 'arrivalDate', 'dietaryNeeds', 'budget', 'message'] as const

const VALUES: Readonly<Record<(typeof TARGETS)[number], readonly string[]>> = {
  firstName: ['Jürgen', 'Amélie', 'Sam', 'Priya', 'Mateo'],
  lastName: ['Okafor', 'Lindqvist', 'García Márquez', 'Nguyen'],
  email: ['jurgen@example.com', 'amelie.durand@example.org', 'sam+forms@example.net'],
  phone: ['+49 30 1234567', '+1 (415) 555-0134', '+44 20 7946 0958'],
  company: ['Acme GmbH', 'Northwind Traders', 'Blue Harbour Studio'],
  guests: ['2', '4', '12'],
  arrivalDate: ['2026-12-24', '2027-01-03', '2027-03-15'],
  dietaryNeeds: ['vegetarian', 'no nuts', 'gluten-free, vegan'],
  budget: ['€2,500', '$10,000', '£800'],
  message: ['We would like a quiet table near the window, please.', 'Please call after 6 pm — thanks! 🙂'],
}

const SENTENCES = [
  'Thanks! I have noted that.',
  'Great, that is everything I need for this part of the form.',
  'Could you tell me how many guests will attend?',
  'Which date works best for your arrival?',
  'Got it — I will use that email address for the confirmation.',
  'Let me double-check the details you gave me before we continue.',
  'Perfect. Next, a few questions about your dietary requirements.',
  'Danke! Ich habe die Angaben übernommen.',
]

const REQUIREMENTS = [
  'The email address must be a valid address, e.g. name@example.com.',
  'The arrival date has to be in the future.',
  'Please give a phone number with its country code.',
  'The number of guests must be between 1 and 20.',
]

/** A word-sized piece of streamed text (what a token stream sends). */
const PIECES = ['Thanks', '! ', 'I ', 'have ', 'noted ', 'that', '. ', 'Next', ', ', 'which ', 'date ', 'works ', 'best', '? ', 'Grüße ', '— ', 'ok ', '🙂 ']

export function textChunk(text: string): TextChunk {
  return { chunkType: 'TEXT', textDetails: { text, style: 'NORMAL' } }
}

export function sentenceChunk(random: SeededRandom): TextChunk {
  return textChunk(random.pick(SENTENCES))
}

export function textPieceChunk(random: SeededRandom): TextChunk {
  return textChunk(random.pick(PIECES))
}

export function textDataChunk(random: SeededRandom): TextDataChunk {
  const fieldTarget = random.pick(TARGETS)
  const value = random.pick(VALUES[fieldTarget])
  return { chunkType: 'TEXT_DATA', textDataDetails: { fieldTarget, text: `${fieldTarget}: ${value}`, value, displayValue: value } }
}

export function importantTextChunk(random: SeededRandom): ImportantTextChunk {
  return { chunkType: 'IMPORTANT_TEXT', importantTextDetails: { fieldTarget: random.pick(TARGETS), text: random.pick(REQUIREMENTS) } }
}

export function separatorChunk(): SeparatorChunk {
  return { chunkType: 'SEPARATOR', separatorDetails: { type: 'PARAGRAPH' } }
}

export function singleSelectChunk(random: SeededRandom): SingleSelectInputChunk {
  const count = random.integer(2, 6)
  const options = Array.from({ length: count }, (_, index) => ({ value: `option-${index}`, label: `Option ${index + 1}` }))
  return { chunkType: 'SINGLE_SELECT_INPUT', singleSelectInputDetails: { fieldTarget: 'guests', options } }
}

export function numberInputChunk(): NumberInputChunk {
  return { chunkType: 'NUMBER_INPUT', numberInputDetails: { fieldTarget: 'guests', rangeLimit: { minInclusiveValue: 1, maxInclusiveValue: 20 } } }
}

export function endOfResponseChunk(): EndOfResponseChunk {
  return { chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: true } }
}

/** A user's message of realistic length. */
export function userText(random: SeededRandom): string {
  return random.pick([
    'Hi, I would like to book a table for four on the 24th.',
    'My email is jurgen@example.com and my phone +49 30 1234567.',
    'Option 2',
    'We are vegetarian, and one guest has a nut allergy.',
    'Sure — the company is Acme GmbH.',
  ])
}
