/**
 * The errors and JSON shape checks the client, the stream reader and the
 * session controller share, so each message and check exists once in a
 * bundle. Internal: not re-exported from the package.
 */
import { InteractiveFormError } from './errors'
import { isRecord } from './is-record'
import { MAX_INPUT_LENGTH } from './wire-types'
import type { ResponseChunk } from './wire-types'

/** The message of a timeout, the same for the client's calls and the reader's idle wait. */
export function timeoutMessage(timeoutMs: number): string {
  return `no answer within ${timeoutMs} ms`
}

export function timeoutError(timeoutMs: number): InteractiveFormError {
  return new InteractiveFormError({ kind: 'timeout', message: timeoutMessage(timeoutMs) })
}

export function abortedError(signal: AbortSignal | undefined): InteractiveFormError {
  return new InteractiveFormError({ kind: 'aborted', message: 'The request was aborted', cause: signal?.reason })
}

export function protocolError(message: string, cause?: unknown): InteractiveFormError {
  return new InteractiveFormError({ kind: 'protocol', message, cause })
}

/** A request refused before it is sent, with the violation in the shape of a Wix `validationError`. */
export function validationError(message: string, field: string, description: string, violatedRule: string): InteractiveFormError {
  return new InteractiveFormError({ kind: 'validation', message, details: { validationError: { fieldViolations: [{ field, description, violatedRule }] } } })
}

/**
 * The refusal of an `input` over `MAX_INPUT_LENGTH`, or `undefined` when it
 * fits. Counts code points, not UTF-16 units, so an emoji is one character
 * as the user sees it.
 */
export function inputTooLongError(input: string): InteractiveFormError | undefined {
  if (input.length <= MAX_INPUT_LENGTH) return undefined
  let count = 0
  for (const _character of input) {
    if (++count > MAX_INPUT_LENGTH) {
      return validationError(`The message is longer than ${MAX_INPUT_LENGTH} characters`, 'input', `at most ${MAX_INPUT_LENGTH} characters`, 'MAX_LENGTH')
    }
  }
  return undefined
}

export function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause)
}


export function isChunk(value: unknown): value is ResponseChunk {
  return isRecord(value) && typeof value.chunkType === 'string'
}

/** For `.catch(ignore)` on a promise whose failure no longer matters (a body being cancelled). */
export function ignore(): void {}
