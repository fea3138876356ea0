/**
 * formtalk/devtools: the protocol inspector and transcript record/replay, for
 * development and tests. The inspector's styles: `import 'formtalk/devtools.css'`.
 */
export { recordTranscript } from './record-transcript'
export type { TranscriptRecorder } from './record-transcript'
export { createReplayFetch, REPLAY_MISMATCH } from './create-replay-fetch'
export type { ReplayFetch, ReplayFetchOptions } from './create-replay-fetch'
export type {
  FetchLike,
  RecordedChunk,
  RecordedError,
  RecordedExchange,
  RecordedRequest,
  RecordedResponse,
  RecordedTranscript,
} from './transcript-types'
export { ProtocolInspector } from './protocol-inspector'
export type { ProtocolInspectorProps } from './protocol-inspector'
export { createStoreChunkLog } from './store-chunk-log'
export type { StoreChunkLog } from './store-chunk-log'
export { turnsFromTranscript } from './recorded-turns'
export type { InspectorEntry, InspectorTurn } from './inspector-turn'
