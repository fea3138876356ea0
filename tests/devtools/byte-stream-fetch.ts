/**
 * A fetch whose response body arrives as the exact byte pieces given, each
 * after its own pause, so tests can control chunk boundaries and timing.
 */
export interface BytePiece {
  bytes: Uint8Array<ArrayBuffer>
  /** Milliseconds to wait before this piece. Default: 0. */
  afterMs?: number
}

export interface ByteStreamFetchOptions {
  status?: number
  headers?: Record<string, string>
  /** Error the body with this after the last piece instead of closing it. */
  failWith?: Error
  /** Told when the reader cancels the body. */
  onCancel?: (reason: unknown) => void
  /** Resolved before each piece is sent (lets a test hold the stream). */
  gate?: (index: number) => Promise<void>
}

export function byteStreamFetch(pieces: readonly BytePiece[], options: ByteStreamFetchOptions = {}) {
  const requests: Array<{ url: string; init: RequestInit | undefined }> = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    requests.push({ url: String(input instanceof Request ? input.url : input), init })
    let index = 0
    const body = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          const piece = pieces[index]
          if (!piece) {
            if (options.failWith) controller.error(options.failWith)
            else controller.close()
            return
          }
          await options.gate?.(index)
          index++
          if (piece.afterMs) await new Promise((resolve) => setTimeout(resolve, piece.afterMs))
          controller.enqueue(piece.bytes)
        },
        cancel(reason) {
          options.onCancel?.(reason)
        },
      },
      { highWaterMark: 0 },
    )
    return new Response(body, { status: options.status ?? 200, headers: options.headers ?? { 'content-type': 'text/event-stream' } })
  }
  return { fetch, requests }
}

/** Reads a body piece by piece, keeping the boundaries; each piece as a plain list of byte values. */
export async function readPieces(body: ReadableStream<Uint8Array> | null): Promise<number[][]> {
  const pieces: number[][] = []
  if (!body) return pieces
  const reader = body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return pieces
    pieces.push(Array.from(value))
  }
}

/** Pieces as plain lists of byte values (a runtime may hand out a Uint8Array subclass). */
export function asLists(pieces: readonly Uint8Array[]): number[][] {
  return pieces.map((piece) => Array.from(piece))
}

/** SSE frames of stream events, as bytes. */
export function sseBytes(events: readonly object[]): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join(''))
}

/** Cuts bytes at the given offsets. */
export function cut(bytes: Uint8Array<ArrayBuffer>, offsets: readonly number[]): Array<Uint8Array<ArrayBuffer>> {
  const pieces: Array<Uint8Array<ArrayBuffer>> = []
  let start = 0
  for (const offset of [...offsets, bytes.length]) {
    pieces.push(bytes.slice(start, offset))
    start = offset
  }
  return pieces
}
