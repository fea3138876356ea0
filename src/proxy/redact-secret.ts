/** What replaces a secret found in a body or header coming back from the upstream. */
export const REDACTED = '[redacted]'

/**
 * The spellings a secret can take in a response: as is, and as a JSON string
 * body would escape it (`"` `\` control characters, and `/` as `\/`, which
 * some serialisers emit).
 */
export function secretSpellings(secret: string): string[] {
  const jsonEscaped = JSON.stringify(secret).slice(1, -1)
  const spellings = new Set([secret, jsonEscaped, jsonEscaped.replaceAll('/', '\\/')])
  // Longest first, so a longer spelling is replaced before a shorter one inside it.
  return [...spellings].filter((spelling) => spelling.length > 0).sort((a, b) => b.length - a.length)
}

export function redactText(text: string, spellings: readonly string[]): string {
  let result = text
  for (const spelling of spellings) result = result.replaceAll(spelling, REDACTED)
  return result
}

/** Length of the longest end of `text` that is the start of a spelling (a secret split across reads). */
function pendingPrefixLength(text: string, spellings: readonly string[]): number {
  let longest = 0
  for (const spelling of spellings) {
    const max = Math.min(spelling.length - 1, text.length)
    for (let length = max; length > longest; length--) {
      if (spelling.startsWith(text.slice(text.length - length))) {
        longest = length
        break
      }
    }
  }
  return longest
}

/**
 * A byte stream transform that replaces every spelling of a secret, also when
 * one is split across reads. It holds back only the few trailing characters
 * that could start a secret, so a server-sent event (which ends in a blank
 * line) passes through at once: streaming is not buffered.
 */
export function createRedactingStream(spellings: readonly string[]): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder()
  const encoder = new TextEncoder()
  let pending = ''
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      const text = redactText(pending + decoder.decode(chunk, { stream: true }), spellings)
      const hold = pendingPrefixLength(text, spellings)
      pending = text.slice(text.length - hold)
      const ready = text.slice(0, text.length - hold)
      if (ready.length > 0) controller.enqueue(encoder.encode(ready))
    },
    flush(controller) {
      const rest = redactText(pending + decoder.decode(), spellings)
      if (rest.length > 0) controller.enqueue(encoder.encode(rest))
    },
  })
}
