import { describe, expect, it } from 'vitest'
import { defaultLabels } from '../../src/components/labels'
import { describeError } from '../../src/components/describe-error'
import { InteractiveFormError } from '../../src/api/errors'

describe('default labels', () => {
  it('join chosen options in words', () => {
    expect(defaultLabels.joinList(['Cheese'])).toBe('Cheese')
    expect(defaultLabels.joinList(['Cheese', 'Ham'])).toBe('Cheese and Ham')
    expect(defaultLabels.joinList(['Cheese', 'Ham', 'Basil'])).toBe('Cheese, Ham and Basil')
  })

  it('describe number ranges', () => {
    expect(defaultLabels.numberRange({ min: 1, max: 10, maxExclusive: false, step: undefined })).toBe('Between 1 and 10.')
    expect(defaultLabels.numberRange({ min: 0, max: 10, maxExclusive: true, step: 2.5 })).toBe('From 0 to less than 10, in steps of 2.5.')
    expect(defaultLabels.numberRange({ min: 18, max: undefined, maxExclusive: false, step: undefined })).toBe('18 or more.')
    expect(defaultLabels.numberRange({ min: undefined, max: undefined, maxExclusive: false, step: 5 })).toBe('A multiple of 5.')
    expect(defaultLabels.numberRange({ min: undefined, max: undefined, maxExclusive: false, step: undefined })).toBe('')
  })

  it('put transport errors in words', () => {
    const error = (options: ConstructorParameters<typeof InteractiveFormError>[0]) => describeError(new InteractiveFormError(options), defaultLabels)
    expect(error({ kind: 'http', status: 429, message: 'x' })).toBe('Too many requests, try again in a moment.')
    expect(error({ kind: 'http', status: 429, retryAfterSeconds: 5, message: 'x' })).toBe('Too many requests, try again in 5 s.')
    expect(error({ kind: 'http', status: 502, message: 'x' })).toMatch(/having trouble/)
    expect(error({ kind: 'http', status: 404, message: 'x' })).toMatch(/could not be found/)
    expect(error({ kind: 'protocol', message: 'bad frame' })).toBe('Something went wrong: bad frame')
  })
})
