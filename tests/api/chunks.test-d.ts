import { describe, expectTypeOf, it } from 'vitest'
import {
  createInteractiveFormClient,
  readInteractiveFormStream,
  type InteractiveFormEventStream,
  isKnownChunk,
  type EndOfResponseChunk,
  type InteractiveFormClient,
  type InteractiveFormResponse,
  type InteractiveFormStreamEvent,
  type KnownChunk,
  type KnownChunkType,
  type ResponseChunk,
  type SelectInputDetails,
  type UnknownChunk,
  type WixForm,
} from '../../src/api'

/** What a renderer does with each chunk; exhaustive thanks to `satisfies never`. */
function describeChunk(chunk: ResponseChunk): string {
  if (!isKnownChunk(chunk)) {
    expectTypeOf(chunk).toEqualTypeOf<UnknownChunk>()
    return `unknown ${chunk.chunkType}`
  }
  expectTypeOf(chunk).toEqualTypeOf<KnownChunk>()
  switch (chunk.chunkType) {
    case 'TEXT':
      expectTypeOf(chunk.textDetails).toEqualTypeOf<{ text: string; style?: 'NORMAL' | 'BOLD' }>()
      return chunk.textDetails.text
    case 'TEXT_DATA':
      expectTypeOf(chunk.textDataDetails.fieldTarget).toBeString()
      return chunk.textDataDetails.displayValue ?? chunk.textDataDetails.text
    case 'MULTI_SELECT_INPUT':
      expectTypeOf(chunk.multiSelectInputDetails).toEqualTypeOf<SelectInputDetails>()
      return chunk.multiSelectInputDetails.options.map((option) => option.label).join(', ')
    case 'SINGLE_SELECT_INPUT':
      expectTypeOf(chunk.singleSelectInputDetails).toEqualTypeOf<SelectInputDetails>()
      return chunk.singleSelectInputDetails.fieldTarget
    case 'NUMBER_INPUT':
      expectTypeOf(chunk.numberInputDetails.multipleOf).toEqualTypeOf<number | undefined>()
      return chunk.numberInputDetails.fieldTarget
    case 'SEPARATOR':
      expectTypeOf(chunk.separatorDetails.type).toEqualTypeOf<'PARAGRAPH'>()
      return '\n'
    case 'ERROR':
      expectTypeOf(chunk.errorDetails.messageText).toBeString()
      return chunk.errorDetails.messageText
    case 'SUBMISSION':
      expectTypeOf(chunk.submissionDetails.checkoutId).toEqualTypeOf<string | undefined>()
      return chunk.submissionDetails.submissionId
    case 'IMPORTANT_TEXT':
      return chunk.importantTextDetails.text
    case 'DEBUG':
      expectTypeOf(chunk.debugDetails.data).toEqualTypeOf<Record<string, unknown>>()
      return ''
    case 'END_OF_RESPONSE':
      expectTypeOf(chunk).toEqualTypeOf<EndOfResponseChunk>()
      expectTypeOf(chunk.endOfResponseDetails.success).toBeBoolean()
      return ''
    case 'FILE_UPLOAD':
      return chunk.fileUploadDetails.fieldTarget
    case 'SIGNATURE':
      return chunk.signatureDetails.fieldTarget
    default:
      return chunk satisfies never
  }
}

describe('response chunk types', () => {
  it('narrows with isKnownChunk, then per chunkType', () => {
    expectTypeOf(describeChunk).parameter(0).toEqualTypeOf<ResponseChunk>()
    expectTypeOf<KnownChunkType>().toEqualTypeOf<KnownChunk['chunkType']>()
  })

  it('a switch missing a case does not compile', () => {
    function incomplete(chunk: KnownChunk): string {
      switch (chunk.chunkType) {
        case 'TEXT':
          return chunk.textDetails.text
        default:
          // @ts-expect-error - every other member is left over, so this is not `never`
          return chunk satisfies never
      }
    }
    expectTypeOf(incomplete).returns.toBeString()
  })

  it('accepts chunks of types added after this release', () => {
    const future: UnknownChunk = { chunkType: 'VIDEO_INPUT', videoInputDetails: { fieldTarget: 'clip' } }
    expectTypeOf(future).toExtend<ResponseChunk>()
    expectTypeOf<UnknownChunk>().toExtend<ResponseChunk>()
    // A known type name must carry its details object.
    // @ts-expect-error - textDetails is missing
    const broken: KnownChunk = { chunkType: 'TEXT' }
    void broken
  })
})

describe('client method types', () => {
  it('returns the REST bodies, typed', () => {
    const client = createInteractiveFormClient()
    expectTypeOf(client).toEqualTypeOf<InteractiveFormClient>()
    expectTypeOf(client.createInteractiveFormSession).returns.toEqualTypeOf<Promise<InteractiveFormResponse>>()
    expectTypeOf(client.sendUserMessage).returns.toEqualTypeOf<Promise<InteractiveFormResponse>>()
    expectTypeOf(client.createInteractiveFormSessionStreamed).returns.toEqualTypeOf<InteractiveFormEventStream>()
    expectTypeOf(client.sendUserMessageStreamed).returns.toEqualTypeOf<InteractiveFormEventStream>()
    // A client of your own may return any async iterable of events (`batches` is optional).
    expectTypeOf<AsyncGenerator<InteractiveFormStreamEvent, void>>().toExtend<InteractiveFormEventStream>()
    expectTypeOf(readInteractiveFormStream(new ReadableStream()).batches()).toEqualTypeOf<AsyncGenerator<readonly InteractiveFormStreamEvent[], void, undefined>>()
    expectTypeOf(client.getForm).returns.toEqualTypeOf<Promise<WixForm>>()
    expectTypeOf<InteractiveFormStreamEvent['responseChunk']>().toEqualTypeOf<ResponseChunk>()
  })

  it('accepts the documented options and refuses unknown ones', () => {
    const client = createInteractiveFormClient({ baseUrl: '/api', timeoutMs: 5000, headers: async () => ({ Authorization: 'token' }) })
    expectTypeOf(client.sendUserMessage).parameter(1).toHaveProperty('input').toEqualTypeOf<string | null | undefined>()
    // @ts-expect-error - not an option
    createInteractiveFormClient({ baseURL: '/api' })
  })
})
