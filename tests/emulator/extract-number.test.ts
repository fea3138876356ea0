import { describe, expect, it } from 'vitest'
import { findNumbers } from '../../src/emulator/extract/number'

const values = (text: string) => findNumbers(text).map((item) => item.value)

describe('findNumbers', () => {
  it.each([
    ['3', [3]],
    ['2.5 hours', [2.5]],
    ['1,200 people', [1200]],
    ['-4 degrees', [-4]],
    ['zero', [0]],
    ['three guests', [3]],
    ['Twelve', [12]],
    ['nineteen', [19]],
    ['twenty', [20]],
    ['twenty-one', [21]],
    ['twenty one', [21]],
    ['ninety-nine', [99]],
    ['a dozen', [12]],
    ['a couple of friends', [2]],
    ['one hundred and five', [105]],
    ['two thousand', [2000]],
    ['4/5', [4]],
    ['4 out of 5 stars', [4]],
  ])('reads %j as %j', (text, expected) => {
    expect(values(text)).toEqual(expected)
  })

  it('keeps every number of a message, in order, with ranges', () => {
    const text = 'two adults and 3 kids'
    const found = findNumbers(text)
    expect(found.map((item) => item.value)).toEqual([2, 3])
    expect(found.map((item) => text.slice(item.start, item.end))).toEqual(['two', '3'])
  })

  it('does not split "twenty, one" into 21', () => {
    expect(values('twenty, one')).toEqual([20, 1])
  })

  it('ignores digits glued to words', () => {
    expect(values('room A3 on the 2nd floor')).toEqual([])
  })
})
