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

/** Replaces every spelling in `text`: left to right, the longest spelling that matches at each position. */
export function redactText(text: string, spellings: readonly string[]): string {
  return scan(text, spellings, true).output
}

/**
 * The one pass behind `redactText` and the stream. With `final` false it
 * stops at the first position where text still to come could change the
 * outcome (a spelling, or a longer one, could start there), so a stream cut
 * anywhere redacts exactly as the whole text would; `consumed` says how far
 * it got.
 */
function scan(text: string, spellings: readonly string[], final: boolean): { output: string; consumed: number } {
  // Sorted longest first, so the first spelling that matches is the longest.
  const longest = spellings[0]?.length ?? 0
  let output = ''
  let runStart = 0
  let index = 0
  positions: while (index < text.length) {
    const rest = final || text.length - index >= longest ? undefined : text.slice(index)
    for (const spelling of spellings) {
      if (!text.startsWith(spelling, index)) continue
      // A longer spelling that this text is the start of may still match once more arrives.
      if (rest !== undefined && spellings.some((other) => other.length > rest.length && other.startsWith(rest))) break positions
      output += text.slice(runStart, index) + REDACTED
      index += spelling.length
      runStart = index
      continue positions
    }
    if (rest !== undefined && spellings.some((spelling) => spelling.length > rest.length && spelling.startsWith(rest))) break
    index++
  }
  return { output: output + text.slice(runStart, index), consumed: index }
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
  // Text not yet decided on, as it came (unredacted): never more than the longest spelling.
  let pending = ''
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      const text = pending + decoder.decode(chunk, { stream: true })
      const { output, consumed } = scan(text, spellings, false)
      pending = text.slice(consumed)
      if (output.length > 0) controller.enqueue(encoder.encode(output))
    },
    flush(controller) {
      const rest = redactText(pending + decoder.decode(), spellings)
      if (rest.length > 0) controller.enqueue(encoder.encode(rest))
    },
  })
}
