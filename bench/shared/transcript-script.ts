/**
 * The sequence of store events a long conversation produces: a greeting, then
 * turns of (user message → assistant reply → END_OF_RESPONSE). Every
 * assistant chunk in the script makes a new bubble (mostly TEXT_DATA,
 * IMPORTANT_TEXT and SEPARATOR; a TEXT only where it cannot merge into the
 * previous item; now and then a select or number prompt, which the next user
 * message answers, as a real user does).
 *
 * The kinds of chunk come in cycles of `CYCLE_BUBBLES` bubbles with the same
 * mix each (`CYCLE`); only the order of the replies, the order of the chunks
 * inside them and the words change from cycle to cycle. Chunk kinds differ in
 * cost by up to 8× (a prompt mounts a form control), so a mix drawn at random
 * per chunk gave the measured windows different mixes: the last 10% of 500
 * chunks held 1 prompt in 50, that of 5,000 held 30 in 500, which alone made
 * the larger transcript look 1.2× as expensive per chunk. Every window that
 * starts and ends on a cycle boundary (the last 10% of any multiple of 500
 * chunks does) now holds exactly the same mix.
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
import type { SeededRandom } from './seeded-random'

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

/** Bubbles per cycle of chunk kinds (see the file comment). */
export const CYCLE_BUBBLES = 50

type MiddleKind = 'sentence' | 'text-data' | 'important-text' | 'separator'
type PromptKind = 'select' | 'number'

/**
 * One cycle: 8 replies (3–10 bubbles, 6.25 on average), each opening with a
 * sentence of TEXT; 3 of them end in a prompt (2 selects, 1 number); the 39
 * chunks in between are 19 TEXT_DATA, 8 IMPORTANT_TEXT, 9 SEPARATOR and 3
 * more sentences. Per 50 bubbles: 22% TEXT, 38% TEXT_DATA, 16%
 * IMPORTANT_TEXT, 18% SEPARATOR, 6% prompts — the mix the random script had
 * over long runs.
 */
const CYCLE = {
  replyLengths: [3, 4, 5, 6, 7, 8, 8, 9],
  prompts: ['select', 'select', 'number'] as PromptKind[],
  middle: { sentence: 3, 'text-data': 19, 'important-text': 8, separator: 9 } satisfies Record<MiddleKind, number>,
}

interface ReplyPlan {
  middle: MiddleKind[]
  prompt: PromptKind | null
}

function shuffle<T>(items: T[], random: SeededRandom): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = random.integer(0, index)
    ;[items[index], items[other]] = [items[other] as T, items[index] as T]
  }
  return items
}

/** One cycle's replies in a random order, with the cycle's fixed mix of chunk kinds. */
function planCycle(random: SeededRandom): ReplyPlan[] {
  const lengths = shuffle([...CYCLE.replyLengths], random)
  const prompts: (PromptKind | null)[] = shuffle([...CYCLE.prompts, ...Array<null>(lengths.length - CYCLE.prompts.length).fill(null)], random)
  const bag = shuffle(
    (Object.entries(CYCLE.middle) as [MiddleKind, number][]).flatMap(([kind, count]) => Array<MiddleKind>(count).fill(kind)),
    random,
  )
  const plans = lengths.map((length, reply) => {
    const prompt = prompts[reply] ?? null
    return { middle: bag.splice(0, length - 1 - (prompt ? 1 : 0)), prompt }
  })
  // A sentence right after another TEXT would grow that message instead of making a bubble:
  // swap each such sentence with a chunk of another kind from a place where a sentence may stand.
  const slots = plans.flatMap((plan, reply) => plan.middle.map((_, position) => ({ reply, position })))
  const kindAt = (slot: { reply: number; position: number }) => plans[slot.reply]?.middle[slot.position] as MiddleKind
  const afterText = (slot: { reply: number; position: number }) => slot.position === 0 || kindAt({ ...slot, position: slot.position - 1 }) === 'sentence'
  for (const slot of slots) {
    if (kindAt(slot) !== 'sentence' || !afterText(slot)) continue
    const target = slots.find(
      (other) => kindAt(other) !== 'sentence' && !afterText(other) && kindAt({ ...other, position: other.position + 1 }) !== 'sentence',
    )
    if (!target) throw new Error('no place for a sentence in the cycle')
    const middle = plans[slot.reply]?.middle as MiddleKind[]
    const otherMiddle = plans[target.reply]?.middle as MiddleKind[]
    middle[slot.position] = kindAt(target)
    otherMiddle[target.position] = 'sentence'
  }
  return plans
}

function middleChunk(kind: MiddleKind, random: SeededRandom): SessionEvent {
  switch (kind) {
    case 'sentence':
      return { type: 'chunk', chunk: sentenceChunk(random) }
    case 'text-data':
      return { type: 'chunk', chunk: textDataChunk(random) }
    case 'important-text':
      return { type: 'chunk', chunk: importantTextChunk(random) }
    case 'separator':
      return { type: 'chunk', chunk: separatorChunk() }
  }
}

/** Exactly `bubbleChunks` bubble-making chunks, with user turns and turn ends in between. */
export function createTranscriptScript(bubbleChunks: number, seed = 1): ScriptStep[] {
  const random = createSeededRandom(seed)
  const steps: ScriptStep[] = []
  let itemCount = 0
  let bubbles = 0
  let openPrompt: { itemIndex: number; value: string | number; label: string } | null = null
  let firstTurn = true
  let replies: ReplyPlan[] = []
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
    if (replies.length === 0) replies = planCycle(random)
    const reply = replies.shift() as ReplyPlan
    const events: SessionEvent[] = [{ type: 'chunk', chunk: sentenceChunk(random) }, ...reply.middle.map((kind) => middleChunk(kind, random))]
    if (reply.prompt === 'select') events.push({ type: 'chunk', chunk: singleSelectChunk(random) })
    if (reply.prompt === 'number') events.push({ type: 'chunk', chunk: numberInputChunk() })
    for (const [position, event] of events.entries()) {
      if (bubbles >= bubbleChunks) break
      if (reply.prompt && position === events.length - 1) {
        openPrompt = reply.prompt === 'select' ? { itemIndex: itemCount, value: 'option-1', label: 'Option 2' } : { itemIndex: itemCount, value: 4, label: '4' }
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
