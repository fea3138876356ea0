import { describe, expect, it } from 'vitest'
import { highlightRanges } from '../../src/components/highlight-ranges'

describe('highlightRanges', () => {
  it('splits text into plain and marked runs', () => {
    expect(highlightRanges('I am Ana, 30', [{ startOffset: 5, length: 3 }, { startOffset: 10, length: 2 }])).toEqual([
      { text: 'I am ', marked: false },
      { text: 'Ana', marked: true },
      { text: ', ', marked: false },
      { text: '30', marked: true },
    ])
  })

  it('merges overlapping ranges, clamps to the text and ignores empty ones', () => {
    expect(highlightRanges('abcdef', [{ startOffset: 3, length: 10 }, { startOffset: 1, length: 3 }, { startOffset: 2, length: 0 }])).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdef', marked: true },
    ])
    expect(highlightRanges('abc', [])).toEqual([{ text: 'abc', marked: false }])
  })
})
