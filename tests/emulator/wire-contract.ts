/**
 * The wire contract (`/work/shared/wire-format.md`) as checks: what a reply,
 * a streamed event and each response chunk must look like. Each function
 * returns the broken rules in words (empty when the value keeps the contract),
 * so a failing test says which rule and which chunk.
 */
import { KNOWN_CHUNK_TYPES, type KnownChunkType } from '../../src/api/wire-types'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The contract's chunk table: which details field each chunk type carries. */
const DETAILS_FIELD: Record<KnownChunkType, string> = {
  TEXT: 'textDetails',
  TEXT_DATA: 'textDataDetails',
  MULTI_SELECT_INPUT: 'multiSelectInputDetails',
  SINGLE_SELECT_INPUT: 'singleSelectInputDetails',
  NUMBER_INPUT: 'numberInputDetails',
  SEPARATOR: 'separatorDetails',
  ERROR: 'errorDetails',
  SUBMISSION: 'submissionDetails',
  IMPORTANT_TEXT: 'importantTextDetails',
  DEBUG: 'debugDetails',
  END_OF_RESPONSE: 'endOfResponseDetails',
  FILE_UPLOAD: 'fileUploadDetails',
  SIGNATURE: 'signatureDetails',
}

type Details = Record<string, unknown>

const isObject = (value: unknown): value is Details => typeof value === 'object' && value !== null && !Array.isArray(value)
/** Characters as a user counts them (code points), as the contract's limits do. */
const characters = (text: string) => [...text].length
const textWithin = (value: unknown, max: number) => typeof value === 'string' && characters(value) >= 1 && characters(value) <= max
const target = (value: unknown) => typeof value === 'string' && value !== ''

/**
 * The rules one chunk breaks. `input` is the user's message the reply answers
 * (none for create or a values-only send): `meaningfulInput` must point inside it.
 */
export function chunkViolations(chunk: unknown, input?: string): string[] {
  if (!isObject(chunk) || typeof chunk.chunkType !== 'string') return ['a chunk is an object with a string chunkType']
  const type = chunk.chunkType
  const problems: string[] = []
  const detailKeys = Object.keys(chunk).filter((key) => key !== 'chunkType' && key !== 'meaningfulInput')
  if (detailKeys.length !== 1) problems.push(`exactly one details object, got ${JSON.stringify(detailKeys)}`)
  problems.push(...meaningfulInputViolations(chunk.meaningfulInput, input))
  if (!(KNOWN_CHUNK_TYPES as readonly string[]).includes(type)) return problems
  const field = DETAILS_FIELD[type as KnownChunkType]
  const details = chunk[field]
  if (!isObject(details)) return [...problems, `${type} carries ${field}`]
  problems.push(...detailsViolations(type as KnownChunkType, details))
  return problems.map((problem) => `${type}: ${problem}`)
}

function meaningfulInputViolations(range: unknown, input: string | undefined): string[] {
  if (range === undefined) return []
  if (!isObject(range) || !Number.isInteger(range.startOffset) || !Number.isInteger(range.length)) return ['meaningfulInput is {startOffset, length} in whole numbers']
  const start = range.startOffset as number
  const length = range.length as number
  if (input === undefined) return ['meaningfulInput only when the reply answers a message']
  if (start < 0 || length < 1 || start + length > input.length) return [`meaningfulInput ${start}+${length} lies inside the ${input.length}-character message`]
  return []
}

function detailsViolations(type: KnownChunkType, details: Details): string[] {
  const problems: string[] = []
  const need = (ok: boolean, rule: string) => {
    if (!ok) problems.push(rule)
  }
  switch (type) {
    case 'TEXT':
      need(textWithin(details.text, 10_000), 'text of 1–10,000 characters')
      need(details.style === 'NORMAL' || details.style === 'BOLD', 'style NORMAL or BOLD')
      break
    case 'TEXT_DATA':
      need(target(details.fieldTarget), 'fieldTarget')
      need(typeof details.text === 'string' && details.text !== '', 'a human-readable text')
      need('value' in details && details.value !== undefined, 'the value to submit')
      need(typeof details.displayValue === 'string', 'a displayValue')
      break
    case 'MULTI_SELECT_INPUT':
    case 'SINGLE_SELECT_INPUT': {
      need(target(details.fieldTarget), 'fieldTarget')
      const options = details.options
      need(Array.isArray(options) && options.length >= 1 && options.length <= 100, '1–100 options')
      if (Array.isArray(options)) need(options.every((option) => isObject(option) && typeof option.value === 'string' && typeof option.label === 'string'), 'options of {value, label}')
      const custom = details.allowedCustomValue
      need(custom === undefined || (isObject(custom) && typeof custom.description === 'string'), 'allowedCustomValue is {description}')
      break
    }
    case 'NUMBER_INPUT': {
      need(target(details.fieldTarget), 'fieldTarget')
      const range = details.rangeLimit
      if (range !== undefined) {
        const keys = isObject(range) ? Object.keys(range) : []
        need(isObject(range) && keys.every((key) => ['minInclusiveValue', 'maxInclusiveValue', 'maxExclusiveValue'].includes(key) && typeof range[key] === 'number'), 'rangeLimit of numeric bounds')
        need(!(keys.includes('maxInclusiveValue') && keys.includes('maxExclusiveValue')), 'one of the two maxima')
      }
      need(details.multipleOf === undefined || (typeof details.multipleOf === 'number' && details.multipleOf > 0), 'multipleOf is a positive number')
      break
    }
    case 'SEPARATOR':
      need(details.type === 'PARAGRAPH', 'type PARAGRAPH')
      break
    case 'ERROR':
      need(textWithin(details.messageText, 1_000), 'messageText of 1–1,000 characters')
      break
    case 'SUBMISSION':
      need(typeof details.submissionId === 'string' && GUID.test(details.submissionId), 'submissionId is a GUID')
      need(details.checkoutId === undefined || (typeof details.checkoutId === 'string' && GUID.test(details.checkoutId)), 'checkoutId is a GUID when present')
      break
    case 'IMPORTANT_TEXT':
      need(target(details.fieldTarget), 'fieldTarget')
      need(typeof details.text === 'string' && details.text !== '', 'text')
      break
    case 'DEBUG':
      need(isObject(details.data), 'data is an object')
      break
    case 'END_OF_RESPONSE':
      need(typeof details.success === 'boolean', 'success is a boolean')
      break
    case 'FILE_UPLOAD':
    case 'SIGNATURE':
      need(target(details.fieldTarget), 'fieldTarget')
      break
    default:
      return type satisfies never
  }
  return problems
}

/** The rules an `interactiveFormSession` breaks: `{id, formId}` (REST `id`, not the SDK's `_id`), plus the form schema as `form` when present. */
export function sessionViolations(session: unknown): string[] {
  if (!isObject(session)) return ['interactiveFormSession is an object']
  const problems: string[] = []
  if (typeof session.id !== 'string' || !GUID.test(session.id)) problems.push('session id is a GUID under `id`')
  if (typeof session.formId !== 'string' || session.formId === '') problems.push('session carries formId')
  if (session.form !== undefined && (!isObject(session.form) || session.form.id !== session.formId)) problems.push('session form is the schema of formId')
  const extra = Object.keys(session).filter((key) => !['id', 'formId', 'form'].includes(key))
  if (extra.length > 0) problems.push(`session has only id, formId and form; got ${extra.join(', ')}`)
  return problems
}

/** The rules a standard reply `{interactiveFormSession, responseChunks[]}` breaks, chunk by chunk, ending with `END_OF_RESPONSE`. */
export function replyViolations(reply: unknown, input?: string): string[] {
  if (!isObject(reply)) return ['the reply is a JSON object']
  const problems = sessionViolations(reply.interactiveFormSession)
  const chunks = reply.responseChunks
  if (!Array.isArray(chunks)) return [...problems, 'responseChunks is a list']
  chunks.forEach((chunk, index) => problems.push(...chunkViolations(chunk, input).map((problem) => `chunk ${index}: ${problem}`)))
  const ends = chunks.filter((chunk) => isObject(chunk) && chunk.chunkType === 'END_OF_RESPONSE')
  if (ends.length !== 1 || ends[0] !== chunks.at(-1)) problems.push('one END_OF_RESPONSE, last')
  return problems
}

/**
 * The rules a `text/event-stream` body breaks: events separated by a blank
 * line, each one `data:` line holding one JSON object
 * `{responseChunk, interactiveFormSession?}`, the session in the first event
 * only, the chunks keeping the table and ending with `END_OF_RESPONSE`.
 */
export function eventStreamViolations(body: string, input?: string): { chunks: unknown[]; problems: string[] } {
  const problems: string[] = []
  const chunks: unknown[] = []
  if (!body.endsWith('\n\n')) problems.push('the last event ends with a blank line')
  const frames = body.split('\n\n').filter((frame) => frame !== '')
  frames.forEach((frame, index) => {
    const lines = frame.split('\n')
    const [line] = lines
    if (lines.length !== 1 || line === undefined || !line.startsWith('data: ')) {
      problems.push(`event ${index}: one data: line`)
      return
    }
    let event: unknown
    try {
      event = JSON.parse(line.slice('data: '.length))
    } catch {
      problems.push(`event ${index}: data is JSON`)
      return
    }
    if (!isObject(event)) {
      problems.push(`event ${index}: data is a JSON object`)
      return
    }
    const extra = Object.keys(event).filter((key) => key !== 'responseChunk' && key !== 'interactiveFormSession')
    if (extra.length > 0) problems.push(`event ${index}: only responseChunk and interactiveFormSession; got ${extra.join(', ')}`)
    if (index === 0) problems.push(...sessionViolations(event.interactiveFormSession).map((problem) => `event 0: ${problem}`))
    else if (event.interactiveFormSession !== undefined) problems.push(`event ${index}: the session rides on the first event only`)
    chunks.push(event.responseChunk)
    problems.push(...chunkViolations(event.responseChunk, input).map((problem) => `event ${index}: ${problem}`))
  })
  const last = chunks.at(-1)
  if (!isObject(last) || last.chunkType !== 'END_OF_RESPONSE' || chunks.filter((chunk) => isObject(chunk) && chunk.chunkType === 'END_OF_RESPONSE').length !== 1) {
    problems.push('one END_OF_RESPONSE, last')
  }
  return { chunks, problems }
}
