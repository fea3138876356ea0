import { describe, expect, it } from 'vitest'
import { splitList } from '../../src/emulator/extract/list'

const items = (text: string) => splitList(text).map((item) => item.value)

describe('splitList', () => {
  it.each([
    ['vegan and gluten-free', ['vegan', 'gluten-free']],
    ['vegan, halal, and kosher', ['vegan', 'halal', 'kosher']],
    ["I'm vegan & also no shellfish", ['vegan', 'no shellfish']],
    ['red; green / blue', ['red', 'green', 'blue']],
    ['just vegan', ['vegan']],
  ])('splits %j', (text, expected) => {
    expect(items(text)).toEqual(expected)
  })

  it('keeps offsets into the original text', () => {
    const text = 'vegan, no shellfish'
    for (const item of splitList(text)) expect(text.slice(item.start, item.end)).toBe(item.value)
  })

  it('drops empty items', () => {
    expect(items(', and ,')).toEqual([])
  })
})
