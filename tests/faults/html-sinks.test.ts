// @vitest-environment node
/**
 * The security corpus (tests/browser/security) proves hostile chunks render
 * as text; this keeps it that way for code paths the corpus does not reach:
 * no source file may hand strings to the HTML parser or to eval.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SOURCE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src')

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : []
  })
}

const SINKS: ReadonlyArray<[name: string, pattern: RegExp]> = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*[+]?=/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write(ln)?\(/],
  ['createContextualFragment', /createContextualFragment/],
  ['eval', /(^|[^.\w])eval\(/],
  ['new Function', /new Function\(/],
  ['string setTimeout', /setTimeout\(\s*['"`]/],
]

describe('HTML and code sinks in src/', () => {
  const files = sourceFiles(SOURCE_ROOT)

  it('finds the sources', () => {
    expect(files.some((file) => file.endsWith(path.join('components', 'text-part.tsx')))).toBe(true)
  })

  it.each(SINKS)('no file uses %s', (_name, pattern) => {
    const offenders = files.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => path.relative(SOURCE_ROOT, file))
    expect(offenders).toEqual([])
  })
})
