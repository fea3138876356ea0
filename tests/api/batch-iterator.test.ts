import { describe, expect, it, vi } from 'vitest'
import { BatchIterator, type BatchSource } from '../../src/api/batch-iterator'

/** A source handing out the given batches, one per pull, each after a macrotask. */
function sourceOf(batches: Array<readonly number[] | Error>) {
  let index = 0
  const close = vi.fn()
  const pull = vi.fn(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0))
    const batch = batches[index++]
    if (batch instanceof Error) throw batch
    return batch ?? null
  })
  const source: BatchSource<number> = { pull, close }
  return { source, pull, close }
}

describe('BatchIterator', () => {
  it('yields every value of every batch in order, skipping empty batches, and closes the source at the end', async () => {
    const { source, close } = sourceOf([[1, 2], [], [3], [4, 5, 6]])
    const seen: number[] = []
    for await (const value of new BatchIterator(source)) seen.push(value)
    expect(seen).toEqual([1, 2, 3, 4, 5, 6])
    expect(close).toHaveBeenCalledTimes(1)
  })

  it('serves next() calls made before the previous one settled, in order', async () => {
    const { source } = sourceOf([[1], [2, 3]])
    const iterator = new BatchIterator(source)
    const results = await Promise.all([iterator.next(), iterator.next(), iterator.next(), iterator.next()])
    expect(results).toEqual([
      { done: false, value: 1 },
      { done: false, value: 2 },
      { done: false, value: 3 },
      { done: true, value: undefined },
    ])
  })

  it('throws the source error after the values before it, then reports done', async () => {
    const failure = new Error('cut')
    const { source, close } = sourceOf([[1, 2], failure, [3]])
    const iterator = new BatchIterator(source)
    expect(await iterator.next()).toEqual({ done: false, value: 1 })
    expect(await iterator.next()).toEqual({ done: false, value: 2 })
    await expect(iterator.next()).rejects.toBe(failure)
    expect(await iterator.next()).toEqual({ done: true, value: undefined })
    expect(close).toHaveBeenCalledTimes(1)
  })

  it('break closes the source once and drops the rest of the batch', async () => {
    const { source, close, pull } = sourceOf([[1, 2, 3], [4]])
    const iterator = new BatchIterator(source)
    for await (const value of iterator) {
      expect(value).toBe(1)
      break
    }
    expect(close).toHaveBeenCalledTimes(1)
    expect(await iterator.next()).toEqual({ done: true, value: undefined })
    expect(pull).toHaveBeenCalledTimes(1)
  })

  it('return() while a pull is pending settles that next() as done', async () => {
    const { source, close } = sourceOf([[1]])
    const iterator = new BatchIterator(source)
    const pending = iterator.next()
    expect(await iterator.return()).toEqual({ done: true, value: undefined })
    expect(await pending).toEqual({ done: true, value: undefined })
    expect(close).toHaveBeenCalledTimes(1)
  })

  it('throw() closes the source and rejects with the given error', async () => {
    const { source, close } = sourceOf([[1]])
    const iterator = new BatchIterator(source)
    const reason = new Error('stop')
    await expect(iterator.throw(reason)).rejects.toBe(reason)
    expect(close).toHaveBeenCalledTimes(1)
  })

  describe('batches()', () => {
    it('yields each non-empty batch as it arrived, then closes the source at the end', async () => {
      const { source, close } = sourceOf([[1, 2], [], [3], [4, 5, 6]])
      const seen: Array<readonly number[]> = []
      for await (const batch of new BatchIterator(source).batches()) seen.push(batch)
      expect(seen).toEqual([[1, 2], [3], [4, 5, 6]])
      expect(close).toHaveBeenCalledTimes(1)
    })

    it('shares one position with the value iterator: a batch holds only the values not yet taken', async () => {
      const { source } = sourceOf([[1, 2, 3], [4, 5]])
      const iterator = new BatchIterator(source)
      expect(await iterator.next()).toEqual({ done: false, value: 1 })
      const batches = iterator.batches()
      expect(await batches.next()).toEqual({ done: false, value: [2, 3] })
      expect(await iterator.next()).toEqual({ done: false, value: 4 })
      expect(await batches.next()).toEqual({ done: false, value: [5] })
      expect(await batches.next()).toEqual({ done: true, value: undefined })
      expect(await iterator.next()).toEqual({ done: true, value: undefined })
    })

    it('throws the source error after the batches before it, then reports done', async () => {
      const failure = new Error('cut')
      const { source, close } = sourceOf([[1, 2], failure, [3]])
      const batches = new BatchIterator(source).batches()
      expect(await batches.next()).toEqual({ done: false, value: [1, 2] })
      await expect(batches.next()).rejects.toBe(failure)
      expect(await batches.next()).toEqual({ done: true, value: undefined })
      expect(close).toHaveBeenCalledTimes(1)
    })

    it('serves next() calls made before the previous one settled, in order', async () => {
      const { source } = sourceOf([[1], [2, 3]])
      const batches = new BatchIterator(source).batches()
      const results = await Promise.all([batches.next(), batches.next(), batches.next()])
      expect(results).toEqual([
        { done: false, value: [1] },
        { done: false, value: [2, 3] },
        { done: true, value: undefined },
      ])
    })

    it('break closes the source once, for both views', async () => {
      const { source, close, pull } = sourceOf([[1, 2], [3]])
      const iterator = new BatchIterator(source)
      for await (const batch of iterator.batches()) {
        expect(batch).toEqual([1, 2])
        break
      }
      expect(close).toHaveBeenCalledTimes(1)
      expect(await iterator.next()).toEqual({ done: true, value: undefined })
      expect(pull).toHaveBeenCalledTimes(1)
    })
  })
})
