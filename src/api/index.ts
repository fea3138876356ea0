/** The API layer: wire types, the error type, the client and the stream reader. No React. */
export * from './wire-types'
export * from './errors'
export * from './client'
export * from './client-time'
export { httpErrorFromResponse, parseRetryAfter } from './http-error'
export * from './stream-reader'
export { BatchIterator, type BatchSource } from './batch-iterator'
