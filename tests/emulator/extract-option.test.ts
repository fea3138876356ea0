import { describe, expect, it } from 'vitest'
import { findOptions, type MatchableOption } from '../../src/emulator/extract/option'

const dietary: MatchableOption[] = [
  { value: 'vegetarian', label: 'Vegetarian' },
  { value: 'vegan', label: 'Vegan' },
  { value: 'gluten-free', label: 'Gluten-free' },
  { value: 'halal', label: 'Halal' },
]
const tickets: MatchableOption[] = [
  { value: 'general', label: 'General admission' },
  { value: 'vip', label: 'VIP' },
  { value: 'student', label: 'Student' },
]
const products: MatchableOption[] = [
  { value: 'p1', label: 'Formtalk T-shirt (25.00 USD)', aliases: ['Formtalk T-shirt'] },
  { value: 'p2', label: 'Hoodie (49.00 USD)', aliases: ['Hoodie'] },
  { value: 'p3', label: 'Mug (12.00 USD)', aliases: ['Mug'] },
]
const tags: MatchableOption[] = [
  { value: 'fast', label: 'Fast' },
  { value: 'easy', label: 'Easy to use' },
]

const values = (text: string, options: MatchableOption[]) => findOptions(text, options).map((item) => item.value)

describe('findOptions', () => {
  it.each([
    ['vip', ['vip']],
    ['VIP please', ['vip']],
    ['I am a STUDENT', ['student']],
    ['students', ['student']],
    ['general admission', ['general']],
    ['just general', ['general']],
  ])('matches tickets in %j regardless of case and plural', (text, expected) => {
    expect(values(text, tickets)).toEqual(expected)
  })

  it('reads a list of several options, in the order written', () => {
    expect(values('vegan and gluten-free', dietary)).toEqual(['vegan', 'gluten-free'])
    expect(values('Halal, vegetarian', dietary)).toEqual(['halal', 'vegetarian'])
  })

  it('tolerates hyphen variants and small typos', () => {
    expect(values('gluten free', dietary)).toEqual(['gluten-free'])
    expect(values('glutenfree', dietary)).toEqual(['gluten-free'])
    expect(values('vegeterian', dietary)).toEqual(['vegetarian'])
  })

  it('does not confuse words that only look alike', () => {
    expect(values('at last', tags)).toEqual([])
    expect(values('veg', dietary)).toEqual([])
  })

  it('matches product names without their price, and plurals like "hoodies"', () => {
    expect(values('2 hoodies and a mug', products)).toEqual(['p2', 'p3'])
    expect(values('the t-shirt', products)).toEqual(['p1'])
  })

  it('prefers the longest phrase and reports its range', () => {
    const text = 'Easy to use and fast'
    const found = findOptions(text, tags)
    expect(found.map((item) => text.slice(item.start, item.end))).toEqual(['Easy to use', 'fast'])
    expect(found.every((item) => !item.partial)).toBe(true)
  })

  it('marks a single distinctive word of a longer label as partial', () => {
    const [found] = findOptions('general', [{ value: 'general-admission', label: 'General admission' }, { value: 'vip', label: 'VIP' }])
    expect(found).toMatchObject({ value: 'general-admission', partial: true })
  })
})
