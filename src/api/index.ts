/** The API layer: wire types, the error type, the client and the stream reader. No React. */
export * from './wire-types'
export * from './errors'
export * from './client'
export * from './client-time'
export { httpErrorFromResponse, parseRetryAfter } from './http-error'
export { readInteractiveFormStream, streamFormatFromContentType, timeoutMessage, type ReadInteractiveFormStreamOptions, type StreamFormat } from './stream-reader'
export type { BatchedAsyncGenerator } from './batch-iterator'
