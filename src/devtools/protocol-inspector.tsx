import { memo, useMemo, useSyncExternalStore } from 'react'
import type { SessionStore } from '../store/session-store'
import type { InspectorEntry, InspectorTurn } from './inspector-turn'
import type { TranscriptRecorder } from './record-transcript'
import { turnsFromTranscript } from './recorded-turns'
import { createStoreChunkLog } from './store-chunk-log'
import type { RecordedTranscript } from './transcript-types'

/** Props of `<ProtocolInspector>`: `store` is required, the rest optional. */
export interface ProtocolInspectorProps {
  /** The session to follow, e.g. `useInteractiveFormSession(…).store`. Required. */
  store: SessionStore
  /**
   * The recorder whose `fetch` the client calls. When given, the inspector
   * lists the HTTP exchanges as they came over the wire (every chunk, the
   * session, status codes, timing per network piece) instead of what the
   * store keeps (where consecutive `TEXT` chunks are merged and rebuilt
   * here). Default: none (the store is followed).
   */
  recorder?: TranscriptRecorder | undefined
  /** Shows a "Dry run" badge: pass the `dryRun` you created the session with. Default: `false`. */
  dryRun?: boolean | undefined
  /** Whether the panel starts expanded. Default: `false`. */
  defaultOpen?: boolean | undefined
  /** The panel's title. Default: `"Protocol inspector"`. */
  title?: string | undefined
  /** Extra class names on the panel. Default: none. */
  className?: string | undefined
}

const EMPTY_TRANSCRIPT: RecordedTranscript = { version: 1, exchanges: [] }
const NO_TURNS: readonly InspectorTurn[] = []
const noSubscription = () => () => {}
const noTranscript = () => EMPTY_TRANSCRIPT
const noTurns = () => NO_TURNS

/**
 * A developer panel listing each turn's raw chunks with their timing and
 * `DEBUG` data, in `<details>` elements (keyboard operable, collapsed by
 * default). For development only: the widget never mounts it, so it is in a
 * production bundle only if you mount it — guard it with `import.meta.env.DEV`
 * (or `process.env.NODE_ENV !== 'production'`) and import it lazily. Its
 * styles are a separate stylesheet, `formtalk/devtools.css` (on top of
 * `formtalk/styles.css`); it works unstyled.
 */
export function ProtocolInspector({ store, recorder, dryRun = false, defaultOpen = false, title = 'Protocol inspector', className }: ProtocolInspectorProps) {
  const log = useMemo(() => (recorder ? null : createStoreChunkLog(store)), [recorder, store])
  const storeTurns = useSyncExternalStore(log ? log.subscribe : noSubscription, log ? log.getSnapshot : noTurns, log ? log.getSnapshot : noTurns)
  const transcript = useSyncExternalStore(recorder ? recorder.subscribe : noSubscription, recorder ? recorder.transcript : noTranscript, recorder ? recorder.transcript : noTranscript)
  const turns = useMemo(() => (recorder ? turnsFromTranscript(transcript) : storeTurns), [recorder, transcript, storeTurns])
  const chunkCount = turns.reduce((sum, turn) => sum + chunkCountOf(turn), 0)

  return (
    <details className={className ? `formtalk-inspector ${className}` : 'formtalk-inspector'} open={defaultOpen} data-source={recorder ? 'recorder' : 'store'}>
      <summary className="formtalk-inspector-summary">
        <span className="formtalk-inspector-title">{title}</span>
        {dryRun ? <span className="formtalk-inspector-badge">Dry run</span> : null}
        <span className="formtalk-inspector-count">
          {plural(turns.length, 'turn')}, {plural(chunkCount, 'chunk')}
        </span>
      </summary>
      <p className="formtalk-inspector-source">
        {recorder
          ? 'Recorded HTTP traffic: chunks exactly as received; times are from the start of each request.'
          : 'From the session store: consecutive TEXT chunks are rebuilt from the merged text; times are from the start of each turn.'}
      </p>
      {turns.length === 0 ? (
        <p className="formtalk-inspector-empty">Nothing yet.</p>
      ) : (
        <ol className="formtalk-inspector-turns">
          {turns.map((turn) => (
            <TurnView key={turn.key} turn={turn} />
          ))}
        </ol>
      )}
    </details>
  )
}

// Turn objects keep their identity while unchanged, so only the turn in flight re-renders.
const TurnView = memo(function TurnView({ turn }: { turn: InspectorTurn }) {
  const chunks = chunkCountOf(turn)
  const lastAt = turn.entries.reduce<number | null>((latest, entry) => (entry.atMs === null ? latest : Math.max(latest ?? 0, entry.atMs)), null)
  return (
    <li className="formtalk-inspector-turn" data-status={turn.status}>
      <details>
        <summary>
          <span className="formtalk-inspector-turn-title">{turn.title}</span>
          {turn.status ? <span className="formtalk-inspector-status"> · {turn.status}</span> : null}
          <span className="formtalk-inspector-count">
            {' '}
            · {plural(chunks, 'chunk')}
            {lastAt !== null ? ` · ${lastAt} ms` : ''}
          </span>
        </summary>
        {turn.request !== undefined ? (
          <div className="formtalk-inspector-request">
            <p className="formtalk-inspector-label">Request</p>
            <pre>{format(turn.request)}</pre>
          </div>
        ) : null}
        <ol className="formtalk-inspector-entries">
          {blockStarts(turn.entries.length).map((start) => (
            <EntryBlock key={start} entries={turn.entries} start={start} />
          ))}
        </ol>
      </details>
    </li>
  )
})

// A long reply is re-rendered per piece: in blocks, React compares a few blocks instead of every
// entry (a block's DOM is its entries, no wrapper); entries keep their identity once listed.
const BLOCK = 64

function blockStarts(count: number): number[] {
  const starts: number[] = []
  for (let start = 0; start < count; start += BLOCK) starts.push(start)
  return starts
}

interface EntryBlockProps {
  entries: readonly InspectorEntry[]
  start: number
}

const EntryBlock = memo(
  function EntryBlock({ entries, start }: EntryBlockProps) {
    return entries.slice(start, start + BLOCK).map((entry) => <EntryView key={entry.key} entry={entry} />)
  },
  (before, after) => before.start === after.start && sameBlock(before.entries, after.entries, before.start),
)

function sameBlock(before: readonly InspectorEntry[], after: readonly InspectorEntry[], start: number): boolean {
  const end = Math.min(before.length, start + BLOCK)
  if (end !== Math.min(after.length, start + BLOCK)) return false
  for (let index = start; index < end; index++) if (before[index] !== after[index]) return false
  return true
}

const EntryView = memo(function EntryView({ entry }: { entry: InspectorEntry }) {
  const debugData = entry.kind === 'chunk' && entry.label === 'DEBUG' ? debugDataOf(entry.value) : undefined
  return (
    <li className="formtalk-inspector-entry" data-kind={entry.kind} data-chunk-type={entry.kind === 'chunk' ? entry.label : undefined}>
      <p className="formtalk-inspector-entry-head">
        <code className="formtalk-inspector-type">{entry.label}</code>{' '}
        <span className="formtalk-inspector-time">{entry.atMs === null ? '(before the inspector opened)' : `+${entry.atMs} ms`}</span>
      </p>
      {debugData !== undefined ? (
        <>
          <p className="formtalk-inspector-label">DEBUG data</p>
          <pre className="formtalk-inspector-debug">{format(debugData)}</pre>
        </>
      ) : (
        <pre>{format(entry.value)}</pre>
      )}
    </li>
  )
})

// Turns are immutable snapshots: counted once each, not on every piece of another turn.
const chunkCounts = new WeakMap<InspectorTurn, number>()

function chunkCountOf(turn: InspectorTurn): number {
  let count = chunkCounts.get(turn)
  if (count === undefined) {
    count = turn.entries.filter((entry) => entry.kind === 'chunk').length
    chunkCounts.set(turn, count)
  }
  return count
}

function debugDataOf(chunk: unknown): unknown {
  const details = (chunk as { debugDetails?: { data?: unknown } } | null)?.debugDetails
  return details?.data
}

function format(value: unknown): string {
  if (typeof value === 'string') return value
  try {
    return JSON.stringify(value, null, 2) ?? String(value)
  } catch {
    return String(value)
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
