// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createInteractiveFormProxy } from '../../src/proxy'
import {
  API_KEY,
  FORM_ID,
  SESSION_ID,
  SITE_ID,
  browserRequest,
  controlledStream,
  endEvent,
  fakeUpstream,
  readUntil,
  sseFrame,
  textEvent,
} from './proxy-fake-upstream'

function streamingProxy() {
  const upstreamBody = controlledStream()
  const upstream = fakeUpstream(() => new Response(upstreamBody.stream, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } }))
  const handler = createInteractiveFormProxy({ apiKey: API_KEY, siteId: SITE_ID, fetch: upstream.fetch })
  return { handler, upstreamBody, requests: upstream.requests }
}

const streamedCreate = (init: RequestInit = {}) =>
  browserRequest('/api/formtalk/create-streamed', { json: { formId: FORM_ID }, headers: { accept: 'text/event-stream' }, ...init })

describe('streamed replies', () => {
  it('delivers the first event to the client while the upstream is still streaming', async () => {
    const { handler, upstreamBody } = streamingProxy()
    const first = sseFrame({ ...textEvent('Hi! What is your name?'), interactiveFormSession: { id: SESSION_ID, formId: FORM_ID } })
    upstreamBody.push(first)

    const response = await handler(streamedCreate())
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    expect(response.headers.get('x-accel-buffering')).toBe('no')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const reader = response.body!.getReader()
    // The upstream has not finished (nor even sent a second event): the first must already be readable.
    expect(await readUntil(reader, '\n\n')).toBe(first)

    const second = sseFrame(textEvent('And your email?'))
    upstreamBody.push(second)
    expect(await readUntil(reader, '\n\n')).toBe(second)

    upstreamBody.push(sseFrame(endEvent))
    upstreamBody.close()
    expect(await readUntil(reader, 'END_OF_RESPONSE')).toContain('"success":true')
    expect((await reader.read()).done).toBe(true)
  })

  it('passes an upstream stream failure on as a broken body, not a clean end', async () => {
    const { handler, upstreamBody } = streamingProxy()
    upstreamBody.push(sseFrame(textEvent('Hello')))
    const response = await handler(streamedCreate())
    const reader = response.body!.getReader()
    await readUntil(reader, '\n\n')
    upstreamBody.fail(new Error('socket hang up'))
    await expect(reader.read()).rejects.toThrow()
  })

  it('aborts the upstream request when the client goes away before the reply', async () => {
    let upstreamAborted = false
    const upstream = fakeUpstream(
      (request) =>
        new Promise<Response>((_resolve, reject) => {
          request.signal?.addEventListener('abort', () => {
            upstreamAborted = true
            reject(new DOMException('aborted', 'AbortError'))
          })
        }),
    )
    const handler = createInteractiveFormProxy({ apiKey: API_KEY, siteId: SITE_ID, fetch: upstream.fetch })
    const client = new AbortController()
    const responsePromise = handler(streamedCreate({ signal: client.signal }))
    await expect.poll(() => upstream.requests.length).toBe(1)
    expect(upstreamAborted).toBe(false)
    client.abort()
    expect((await responsePromise).status).toBe(499)
    expect(upstreamAborted).toBe(true)
  })

  it('cancels the upstream stream when the client stops reading mid-stream', async () => {
    const { handler, upstreamBody } = streamingProxy()
    upstreamBody.push(sseFrame(textEvent('Hello')))
    const response = await handler(browserRequest(`/api/formtalk/${SESSION_ID}/send-user-message-streamed`, { json: { input: 'hi' } }))
    const reader = response.body!.getReader()
    await readUntil(reader, '\n\n')
    expect(upstreamBody.cancelled).toBe(false)
    await reader.cancel()
    await expect.poll(() => upstreamBody.cancelled).toBe(true)
  })

  it('hands the client request signal to the upstream fetch, so an abort mid-stream reaches it', async () => {
    const { handler, upstreamBody, requests } = streamingProxy()
    upstreamBody.push(sseFrame(textEvent('Hello')))
    const client = new AbortController()
    await handler(browserRequest(`/api/formtalk/${SESSION_ID}/send-user-message-streamed`, { json: { input: 'hi' }, signal: client.signal }))
    expect(requests[0]?.signal?.aborted).toBe(false)
    client.abort()
    expect(requests[0]?.signal?.aborted).toBe(true)
  })
})
