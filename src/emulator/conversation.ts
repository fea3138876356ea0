/**
 * One session's conversation: greet, take values from messages and
 * `currentValues`, validate them, ask for what is missing (required fields
 * first, in layout order, then optional ones), and submit. Pure apart from
 * mutating the session record; ids and time come in through `TurnContext`.
 */
import { isKnownChunk } from '../api/wire-types'
import type { ClientTime, CurrentValues, JsonValue, ResponseChunk, TextChunk, WixForm } from '../api/wire-types'
import { debugChunk, importantTextChunk, separatorChunk, submissionChunk, textChunk, textDataChunk } from './chunks'
import { calendarDateIn, isoDate, type CalendarDate } from './extract/date'
import { formFieldList, isFilled, type FieldSpec, type FormFieldList } from './form-fields'
import { interpretMessage, type Command, type Proposal } from './interpret'
import { askChunks } from './questions'
import { validateFieldValue } from './validate'

export interface StoredValue {
  value: JsonValue
  display: string
}

/** A stored submission, as `GET /_emulator/submissions` lists it. */
export interface EmulatorSubmission {
  /** The id the `SUBMISSION` chunk carried. */
  submissionId: string
  /** The form submitted. */
  formId: string
  /** The filled values (hidden fields included), by field target. */
  values: Record<string, JsonValue>
  /** Whether the session was a dry run (then not stored unless `includeDryRuns`). */
  dryRun: boolean
  /** The checkout id, when a `PAYMENT` field was filled. */
  checkoutId?: string
  /** When it was submitted (ISO 8601). */
  createdDate: string
}

export interface SessionRecord {
  id: string
  formId: string
  form: WixForm
  fieldList: FormFieldList
  dryRun: boolean
  /** The client's IANA zone, for relative dates. */
  timeZone: string | undefined
  /** Client clock minus emulator clock at create, so "tomorrow" follows the user's clock as the session goes on. */
  clientOffsetMs: number
  values: Map<string, StoredValue>
  /** The field the last reply asked for. */
  pending: string | undefined
  /** Optional fields the user chose to skip. */
  skipped: Set<string>
  status: 'open' | 'submitted'
  submission: EmulatorSubmission | undefined
  createdAt: Date
  lastActivityAt: Date
  turns: number
}

export interface TurnContext {
  now: Date
  newId: () => string
  debug: boolean
}

export interface TurnResult {
  /** The reply, without its closing `END_OF_RESPONSE` (the transport adds it). */
  chunks: ResponseChunk[]
  /** Set when this turn submitted the form. */
  submission?: EmulatorSubmission
}

export function newSessionRecord(input: {
  id: string
  form: WixForm
  dryRun: boolean
  clientTime: ClientTime | undefined
  now: Date
}): SessionRecord {
  const clientInstant = input.clientTime ? Date.parse(input.clientTime.currentTime) : Number.NaN
  return {
    id: input.id,
    formId: input.form.id,
    form: input.form,
    fieldList: formFieldList(input.form),
    dryRun: input.dryRun,
    timeZone: input.clientTime?.timeZone,
    clientOffsetMs: Number.isFinite(clientInstant) ? clientInstant - input.now.getTime() : 0,
    values: new Map(),
    pending: undefined,
    skipped: new Set(),
    status: 'open',
    submission: undefined,
    createdAt: input.now,
    lastActivityAt: input.now,
    turns: 0,
  }
}

/** The reply to create: a greeting, the pre-filled values acknowledged or flagged, and the first question. */
export function openingTurn(session: SessionRecord, currentValues: CurrentValues | undefined, context: TurnContext): TurnResult {
  const name = typeof session.form.name === 'string' && session.form.name.trim() !== '' ? session.form.name.trim() : 'this form'
  const chunks: ResponseChunk[] = [
    textChunk('Hi! I’ll help you fill in '),
    textChunk(name, 'BOLD'),
    textChunk('. I’ll ask one thing at a time, but feel free to tell me several things at once.'),
  ]
  const debug: DebugLog = { turn: 'create', extracted: [], rejected: [], ignored: [] }
  const given = currentValuesProposals(session, currentValues, debug)
  const applied = applyValues(session, given.proposals, undefined, debug)
  const acknowledged = [...given.notices, ...applied.chunks]
  if (acknowledged.length > 0) chunks.push(separatorChunk(), textChunk('Here’s what I already have:'), ...acknowledged)
  return finishTurn(session, chunks, { invalid: applied.invalid, again: false, command: undefined, context, debug, afterAcks: acknowledged.length > 0 })
}

/** The reply to a send: acknowledgements, problems, then the next question or the submission. */
export function messageTurn(session: SessionRecord, input: string | undefined, currentValues: CurrentValues | undefined, context: TurnContext): TurnResult {
  session.turns += 1
  if (session.status === 'submitted') {
    return {
      chunks: [textChunk('This form has already been submitted — thank you! If you need to change something, please start a new conversation.')],
    }
  }
  const debug: DebugLog = { turn: session.turns, pendingField: session.pending, extracted: [], rejected: [], ignored: [] }
  const pending = fieldByTarget(session, session.pending)
  const given = currentValuesProposals(session, currentValues, debug)
  const fromValues = given.proposals
  let command: Command | undefined
  let fromInput: Proposal[] = []
  if (input !== undefined && input.trim() !== '') {
    const interpretation = interpretMessage(input, {
      fields: session.fieldList.fields,
      pending,
      values: new Map([...session.values].map(([target, stored]) => [target, stored.value])),
      today: clientToday(session, context.now),
      answered: new Set(fromValues.map((proposal) => proposal.target)),
    })
    command = interpretation.command
    fromInput = interpretation.proposals
    debug.command = command
  }
  // Values the client sent are exact (a picked option); the message only tells which words they answer.
  const byTarget = new Map(fromInput.map((proposal) => [proposal.target, proposal]))
  const merged: Proposal[] = fromInput.filter((proposal) => !fromValues.some((other) => other.target === proposal.target))
  for (const proposal of fromValues) {
    const spoken = byTarget.get(proposal.target)
    merged.push(spoken?.start !== undefined && spoken.end !== undefined ? { ...proposal, start: spoken.start, end: spoken.end } : proposal)
  }
  merged.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity))

  const chunks: ResponseChunk[] = [...given.notices]
  let again = false
  if (command === 'skip') {
    if (pending && !pending.required) {
      session.skipped.add(pending.target)
      chunks.push(textChunk('No problem, I’ll skip that one.'))
    } else if (pending) {
      chunks.push(importantTextChunk(pending.target, `${pending.label} is required, so I can’t skip it.`))
      again = true
    }
  }
  const applied = applyValues(session, merged, input, debug)
  chunks.push(...applied.chunks)
  if (merged.length === 0 && command === undefined) {
    if (input !== undefined && input.trim() !== '') chunks.push(textChunk('Sorry, I didn’t quite catch that.'))
    again = true
  }
  return finishTurn(session, chunks, { invalid: applied.invalid, again, command, context, debug, afterAcks: chunks.length > 0 })
}

interface DebugLog {
  turn: number | 'create'
  pendingField?: string | undefined
  command?: Command | undefined
  extracted: Array<Record<string, unknown>>
  rejected: Array<Record<string, unknown>>
  ignored: Array<Record<string, unknown>>
  next?: string
}

function currentValuesProposals(
  session: SessionRecord,
  currentValues: CurrentValues | undefined,
  debug: DebugLog,
): { proposals: Proposal[]; notices: ResponseChunk[] } {
  const proposals: Proposal[] = []
  const notices: ResponseChunk[] = []
  if (!currentValues) return { proposals, notices }
  for (const [target, value] of Object.entries(currentValues)) {
    const field = fieldByTarget(session, target) ?? session.fieldList.hiddenFields.find((hidden) => hidden.target === target)
    if (field) {
      proposals.push({ target, value, how: 'currentValues' })
      continue
    }
    const unsupported = session.fieldList.unsupported.some((item) => item.target === target)
    debug.ignored.push({ fieldTarget: target, reason: unsupported ? 'field type not supported' : 'no such field' })
    const shown = target.length > 60 ? `${target.slice(0, 57)}…` : target
    // The contract gives every IMPORTANT_TEXT a fieldTarget: here, the key the client sent.
    notices.push(importantTextChunk(target, unsupported ? `I can’t fill “${shown}” in this chat, so I left it out.` : `This form has no field “${shown}”, so I ignored that value.`))
  }
  return { proposals, notices }
}

/** Validates and stores each proposal; returns the acknowledgement chunks and the first field whose value was refused. */
function applyValues(
  session: SessionRecord,
  proposals: Proposal[],
  input: string | undefined,
  debug: DebugLog,
): { chunks: ResponseChunk[]; invalid: FieldSpec | undefined } {
  const chunks: ResponseChunk[] = []
  let invalid: FieldSpec | undefined
  for (const proposal of proposals) {
    const field = fieldByTarget(session, proposal.target) ?? session.fieldList.hiddenFields.find((hidden) => hidden.target === proposal.target)
    if (!field) continue
    const range = proposal.start !== undefined && proposal.end !== undefined && input !== undefined ? { startOffset: proposal.start, length: proposal.end - proposal.start } : undefined
    const result = validateFieldValue(field, proposal.value)
    if (!result.ok) {
      debug.rejected.push({ fieldTarget: field.target, value: proposal.value, from: proposal.how, rule: result.rule, message: result.message })
      chunks.push(importantTextChunk(field.target, result.message, range))
      invalid ??= field
      continue
    }
    const previous = session.values.get(field.target)
    session.values.set(field.target, { value: result.value, display: result.display })
    session.skipped.delete(field.target)
    debug.extracted.push({
      fieldTarget: field.target,
      value: result.value,
      from: proposal.how,
      ...(range && input !== undefined ? { words: input.slice(range.startOffset, range.startOffset + range.length) } : {}),
    })
    if (field.hidden) continue
    if (previous && sameValue(previous.value, result.value)) continue
    const text = previous ? `${labelled(field, result.display)} (updated)` : labelled(field, result.display)
    chunks.push(textDataChunk(field.target, text, result.value, result.display, range))
  }
  return { chunks, invalid }
}

function finishTurn(
  session: SessionRecord,
  head: ResponseChunk[],
  options: { invalid: FieldSpec | undefined; again: boolean; command: Command | undefined; context: TurnContext; debug: DebugLog; afterAcks: boolean },
): TurnResult {
  const { context, debug } = options
  const chunks = [...head]
  const fields = session.fieldList.fields
  const missingRequired = fields.filter((field) => field.required && !session.values.has(field.target))
  const next =
    (options.invalid && !options.invalid.hidden && !session.values.has(options.invalid.target) ? options.invalid : undefined) ??
    missingRequired[0] ??
    (options.command === 'submit' ? undefined : fields.find((field) => !field.required && !session.values.has(field.target) && !session.skipped.has(field.target)))
  let submission: EmulatorSubmission | undefined
  if (next) {
    if (options.command === 'submit' && missingRequired.length > 0) {
      chunks.push(textChunk(`I can’t submit yet — I still need: ${missingRequired.map((field) => lowerLabel(field)).join(', ')}.`))
    }
    if (chunks.length > 0 && options.afterAcks) chunks.push(separatorChunk())
    const again = options.again && session.pending === next.target
    chunks.push(...askChunks(next, { optional: !next.required, again }))
    session.pending = next.target
    debug.next = next.target
  } else {
    if (chunks.length > 0 && options.afterAcks) chunks.push(separatorChunk())
    const submitted = submit(session, context)
    chunks.push(...submitted.chunks)
    submission = submitted.submission
    session.pending = undefined
    debug.next = 'SUBMISSION'
  }
  if (context.debug) chunks.push(debugChunk({ ...debug, today: isoDate(clientToday(session, context.now)) }))
  spaceAdjacentText(chunks)
  return submission ? { chunks, submission } : { chunks }
}

function isTextChunk(chunk: ResponseChunk): chunk is TextChunk {
  return isKnownChunk(chunk) && chunk.chunkType === 'TEXT'
}

/** Consecutive TEXT chunks read as one message, so sentences from different parts of a turn need a space between them. */
function spaceAdjacentText(chunks: ResponseChunk[]): void {
  for (let index = 1; index < chunks.length; index++) {
    const previous = chunks[index - 1]
    const current = chunks[index]
    if (!previous || !current || !isTextChunk(previous) || !isTextChunk(current)) continue
    const before = previous.textDetails.text
    const after = current.textDetails.text
    if (/[.!?:…]$/.test(before) && /^\S/.test(after)) chunks[index] = textChunk(` ${after}`, current.textDetails.style ?? 'NORMAL')
  }
}

function submit(session: SessionRecord, context: TurnContext): { chunks: ResponseChunk[]; submission: EmulatorSubmission } {
  const values: Record<string, JsonValue> = {}
  const lines: string[] = []
  for (const field of [...session.fieldList.fields, ...session.fieldList.hiddenFields]) {
    const stored = session.values.get(field.target)
    if (!stored || !isFilled(stored.value)) continue
    values[field.target] = stored.value
    if (!field.hidden) lines.push(`• ${labelled(field, stored.display)}`)
  }
  const submissionId = context.newId()
  const payment = session.fieldList.fields.find((field) => field.kind === 'payment' && isFilled(session.values.get(field.target)?.value))
  const checkoutId = payment ? context.newId() : undefined
  const submission: EmulatorSubmission = {
    submissionId,
    formId: session.formId,
    values,
    dryRun: session.dryRun,
    ...(checkoutId !== undefined ? { checkoutId } : {}),
    createdDate: context.now.toISOString(),
  }
  session.status = 'submitted'
  session.submission = submission
  const thanks = session.dryRun
    ? 'Done! This was a dry run, so nothing was actually submitted.'
    : checkoutId
      ? 'Thank you! Your order is in — you’ll go to checkout next to pay.'
      : 'Thank you! Your form has been submitted.'
  return {
    chunks: [textChunk(`That’s everything. Here’s a summary:\n${lines.join('\n')}`), submissionChunk(submissionId, checkoutId), textChunk(thanks)],
    submission,
  }
}

export function clientToday(session: SessionRecord, now: Date): CalendarDate {
  return calendarDateIn(new Date(now.getTime() + session.clientOffsetMs), session.timeZone)
}

function fieldByTarget(session: SessionRecord, target: string | undefined): FieldSpec | undefined {
  if (target === undefined) return undefined
  return session.fieldList.fields.find((field) => field.target === target)
}

function lowerLabel(field: FieldSpec): string {
  const label = field.label.replace(/[?:]+$/, '')
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label
}

/** "Email: a@b.co", or "How many guests are you bringing? 2" for a label that is a question. */
function labelled(field: FieldSpec, display: string): string {
  return field.label.trim().endsWith('?') ? `${field.label.trim()} ${display}` : `${field.label}: ${display}`
}

function sameValue(a: JsonValue, b: JsonValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
