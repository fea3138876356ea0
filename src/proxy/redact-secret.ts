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
  // From here on, text could be the start of a spelling still arriving: a stream waits there.
  const tail = final ? text.length : Math.max(0, text.length - (spellings[0]?.length ?? 0) + 1)
  let output = ''
  let index = 0
  while (index < text.length) {
    // The next place a spelling matches in full (native search, not a test at every character), and the
    // longest spelling there: the list is longest first, so a later one replaces it only by matching earlier.
    let at = -1
    let matched = 0
    for (const spelling of spellings) {
      const found = text.indexOf(spelling, index)
      if (found !== -1 && (at === -1 || found < at)) {
        at = found
        matched = spelling.length
      }
    }
    // Up to that place nothing matches, but in the tail a longer spelling may still begin (at `at` too).
    for (let wait = Math.max(index, tail); wait <= (at === -1 ? text.length - 1 : at); wait++) {
      if (couldStart(text.slice(wait), spellings)) return { output: output + text.slice(index, wait), consumed: wait }
    }
    if (at === -1) break
    output += text.slice(index, at) + REDACTED
    index = at + matched
  }
  return { output: output + text.slice(index), consumed: text.length }
}

/** Whether `rest` is the start of a spelling longer than itself. */
function couldStart(rest: string, spellings: readonly string[]): boolean {
  return spellings.some((spelling) => spelling.length > rest.length && spelling.startsWith(rest))
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
