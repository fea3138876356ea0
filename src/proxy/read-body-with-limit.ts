export type LimitedBody = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: 'too-large' }

/**
 * Reads a request body, counting bytes as they arrive and stopping as soon as
 * the count passes `maxBytes`: a `Content-Length` can lie (or be absent with
 * chunked encoding), so it only serves as an early refusal.
 */
export async function readBodyWithLimit(request: Request, maxBytes: number): Promise<LimitedBody> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: 'too-large' }
  if (request.body === null) return { ok: true, bytes: new Uint8Array(0) }

  const reader = request.body.getReader()
  const parts: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      // Stop the sender instead of draining an oversize body.
      await reader.cancel().catch(() => undefined)
      return { ok: false, reason: 'too-large' }
    }
    parts.push(value)
  }

  const bytes = new Uint8Array(total)
  let offset = 0
  for (const part of parts) {
    bytes.set(part, offset)
    offset += part.byteLength
  }
  return { ok: true, bytes }
}
