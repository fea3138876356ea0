/** Values introduced by their field's name: "my company is Acme Corp", "company: Acme", "the topic would be billing". */
import { tighten, type Found } from './text-tools'

const CONNECTOR = String.raw`\s*(?:is|was|will be|would be|should be|=|:|-)\s*`
const END = String.raw`(?=[.;!?\n]|,\s|\s+and\s+(?:my|the|i|it|we|our)\b|\s+but\b|$)`

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The text after one of `phrases` and a connector ("is", ":", "="), up to the
 * end of the clause. Phrases are matched case-insensitively as whole words,
 * optionally preceded by "my", "our" or "the".
 */
export function findLabelledText(text: string, phrases: readonly string[]): Found<string> | undefined {
  for (const phrase of phrases) {
    const words = phrase.trim().split(/\s+/).filter(Boolean).map(escape)
    if (words.length === 0) continue
    const regex = new RegExp(String.raw`\b(?:(?:my|our|the)\s+)?${words.join(String.raw`\s+`)}${CONNECTOR}(.+?)${END}`, 'i')
    const match = regex.exec(text)
    const captured = match?.[1]
    if (!match || captured === undefined) continue
    const valueStart = match.index + match[0].length - captured.length
    const range = tighten(text, valueStart, valueStart + captured.length)
    if (range.end <= range.start) continue
    return { value: text.slice(range.start, range.end), start: range.start, end: range.end }
  }
  return undefined
}
