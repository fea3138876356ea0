import { describe, expectTypeOf, it } from 'vitest'
import type { NumberInputChunk, TextDataChunk } from '../../src/api/wire-types'
import type { InteractiveFormProps } from '../../src/components/interactive-form'
import type { Labels } from '../../src/components/labels'
import type { ChunkComponents, ChunkPartProps } from '../../src/components/part-props'

describe('components map', () => {
  it('types each renderer by its chunk type', () => {
    const TextData = (props: ChunkPartProps<TextDataChunk>) => <p>{props.chunk.textDataDetails.displayValue}</p>
    const NumberInput = (props: ChunkPartProps<NumberInputChunk>) => <p>{props.chunk.numberInputDetails.multipleOf}</p>
    const ok: InteractiveFormProps['components'] = { TEXT_DATA: TextData, NUMBER_INPUT: NumberInput }
    expectTypeOf(ok).toExtend<Partial<ChunkComponents> | undefined>()
    // @ts-expect-error a NUMBER_INPUT renderer cannot render TEXT_DATA chunks
    const wrong: InteractiveFormProps['components'] = { TEXT_DATA: NumberInput }
    expectTypeOf(wrong).not.toBeNever()
  })

  it('takes functions for labels with numbers', () => {
    expectTypeOf<Labels['characterCount']>().toEqualTypeOf<(count: number, max: number) => string>()
    expectTypeOf<Labels['message']>().toEqualTypeOf<string>()
    // @ts-expect-error a label is a string, not a number
    const labels: InteractiveFormProps['labels'] = { message: 42 }
    expectTypeOf(labels).not.toBeNever()
  })
})
