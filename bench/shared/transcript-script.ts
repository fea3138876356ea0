/**
 * The sequence of store events a long conversation produces: a greeting, then
 * turns of (user message → assistant reply → END_OF_RESPONSE). Every
 * assistant chunk in the script makes a new bubble (mostly TEXT_DATA,
 * IMPORTANT_TEXT and SEPARATOR; a TEXT only where it cannot merge into the
 * previous item; now and then a select or number prompt, which the next user
 * message answers, as a real user does).
 */
import type { SessionEvent } from '../../src/store/session-events'
import {
  endOfResponseChunk,
  importantTextChunk,
  numberInputChunk,
  sentenceChunk,
  separatorChunk,
  singleSelectChunk,
  textDataChunk,
  textPieceChunk,
  userText,
} from './chunk-samples'
import { createSeededRandom } from './seeded-random'

/**
 * One dispatch. `bubble`: an assistant chunk that adds one bubble (what the
 * benchmark times); `text-piece`: a TEXT chunk that grows the last message;
 * `other`: user messages and END_OF_RESPONSE (dispatched the same way, not timed).
 */
export interface ScriptStep {
  kind: 'bubble' | 'text-piece' | 'other'
  event: SessionEvent
}

export const BENCH_FORM_ID = '00000000-0000-4000-8000-00000000b001'

/** The events that open a session before any chunk. */
export function sessionOpeningEvents(): SessionEvent[] {
  return [
    { type: 'session-starting', formId: BENCH_FORM_ID },
    { type: 'session-created', session: { id: 'bench-session', formId: BENCH_FORM_ID } },
  ]
}

/** Exactly `bubbleChunks` bubble-making chunks, with user turns and turn ends in between. */
export function createTranscriptScript(bubbleChunks: number, seed = 1): ScriptStep[] {
  const random = createSeededRandom(seed)
  const steps: ScriptStep[] = []
  let itemCount = 0
  let bubbles = 0
  let openPrompt: { itemIndex: number; value: string | number; label: string } | null = null
  let firstTurn = true
  while (bubbles < bubbleChunks) {
    if (!firstTurn) {
      const answer = openPrompt
      steps.push({
        kind: 'other',
        event: answer
          ? { type: 'user-message', text: answer.label, answer: { itemIndex: answer.itemIndex, value: answer.value, label: answer.label } }
          : { type: 'user-message', text: userText(random) },
      })
      openPrompt = null
      itemCount++
    }
    firstTurn = false
    const replyLength = random.integer(3, 10)
    let previousWasText = false
    for (let position = 0; position < replyLength && bubbles < bubbleChunks; position++) {
      const last = position === replyLength - 1
      const roll = random.next()
      let event: SessionEvent
      if (position === 0) {
        event = { type: 'chunk', chunk: sentenceChunk(random) }
        previousWasText = true
      } else if (last && roll < 0.3) {
        const select = roll < 0.24
        event = { type: 'chunk', chunk: select ? singleSelectChunk(random) : numberInputChunk() }
        openPrompt = select ? { itemIndex: itemCount, value: 'option-1', label: 'Option 2' } : { itemIndex: itemCount, value: 4, label: '4' }
        previousWasText = false
      } else if (roll < 0.15 && !previousWasText) {
        event = { type: 'chunk', chunk: sentenceChunk(random) }
        previousWasText = true
      } else {
        event = { type: 'chunk', chunk: roll < 0.55 ? textDataChunk(random) : roll < 0.75 ? importantTextChunk(random) : separatorChunk() }
        previousWasText = false
      }
      steps.push({ kind: 'bubble', event })
      itemCount++
      bubbles++
    }
    if (bubbles < bubbleChunks) steps.push({ kind: 'other', event: { type: 'chunk', chunk: endOfResponseChunk() } })
  }
  return steps
}

/**
 * `earlierBubbles` of history, then a user message whose reply streams
 * `pieces` word-sized TEXT chunks into one growing message.
 */
export function createStreamingScript(earlierBubbles: number, pieces: number, seed = 2): ScriptStep[] {
  const random = createSeededRandom(seed)
  const steps = createTranscriptScript(earlierBubbles, seed)
  steps.push({ kind: 'other', event: { type: 'chunk', chunk: endOfResponseChunk() } })
  steps.push({ kind: 'other', event: { type: 'user-message', text: userText(random) } })
  for (let piece = 0; piece < pieces; piece++) steps.push({ kind: 'text-piece', event: { type: 'chunk', chunk: textPieceChunk(random) } })
  return steps
}
