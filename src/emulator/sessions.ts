/** In-memory sessions with an idle expiry and a cap, evicting the least recently used. No timers: expiry is checked on access. */
import type { SessionRecord } from './conversation'

export interface SessionStoreOptions {
  idleMs: number
  maxSessions: number
}

export class SessionStore {
  // A Map keeps insertion order; re-inserting on every touch makes its head the least recently used.
  private readonly records = new Map<string, SessionRecord>()

  constructor(private readonly options: SessionStoreOptions) {}

  add(record: SessionRecord, now: Date): void {
    this.sweep(now)
    this.records.set(record.id, record)
    while (this.records.size > this.options.maxSessions) {
      const oldest = this.records.keys().next()
      if (oldest.done) break
      this.records.delete(oldest.value)
    }
  }

  /** The live session with this id, marked as active now; `undefined` when unknown or expired. */
  touch(id: string, now: Date): SessionRecord | undefined {
    this.sweep(now)
    const record = this.records.get(id)
    if (!record) return undefined
    record.lastActivityAt = now
    this.records.delete(id)
    this.records.set(id, record)
    return record
  }

  /** Reads without touching (for inspection). */
  peek(id: string, now: Date): SessionRecord | undefined {
    this.sweep(now)
    return this.records.get(id)
  }

  all(now: Date): SessionRecord[] {
    this.sweep(now)
    return [...this.records.values()]
  }

  clear(): void {
    this.records.clear()
  }

  /** Drops sessions idle for longer than `idleMs`, oldest first, stopping at the first live one. */
  sweep(now: Date): void {
    const limit = now.getTime() - this.options.idleMs
    for (const [id, record] of this.records) {
      if (record.lastActivityAt.getTime() > limit) break
      this.records.delete(id)
    }
  }
}
