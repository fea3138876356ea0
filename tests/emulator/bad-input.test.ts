import { describe, expect, it } from 'vitest'
import { SAMPLE_FORM_IDS, createEmulator, seededRandom } from '../../src/emulator'
import type { WixErrorBody } from '../../src/api/wire-types'
import { BASE, NOW, create, post, send, testEmulator, textOf } from './emulator-driver'

const CONTACT = SAMPLE_FORM_IDS.contact

async function errorOf(response: Response): Promise<{ status: number; body: WixErrorBody }> {
  return { status: response.status, body: (await response.json()) as WixErrorBody }
}

describe('bad requests', () => {
  it('answers 400 with a Wix error body for a body that is not JSON', async () => {
    const { status, body } = await errorOf(await post(testEmulator(), BASE, '{"formId": '))
    expect(status).toBe(400)
    expect(body.details?.applicationError?.code).toBe('INVALID_JSON')
    expect(body.message).toBeTruthy()
  })

  it.each([
    ['a JSON array', '[]', 'body'],
    ['no formId', '{}', 'formId'],
    ['a numeric formId', '{"formId": 7}', 'formId'],
    ['currentValues as a list', `{"formId": "${CONTACT}", "currentValues": [1]}`, 'currentValues'],
    ['dryRun as text', `{"formId": "${CONTACT}", "dryRun": "yes"}`, 'dryRun'],
    ['an unknown time zone', `{"formId": "${CONTACT}", "clientTime": {"currentTime": "2027-06-09T10:00:00Z", "timeZone": "Mars/Olympus"}}`, 'clientTime.timeZone'],
    ['a bad client time', `{"formId": "${CONTACT}", "clientTime": {"currentTime": "noon", "timeZone": "UTC"}}`, 'clientTime.currentTime'],
  ])('refuses a create with %s as a validation error on %s', async (_case, body, field) => {
    const { status, body: error } = await errorOf(await post(testEmulator(), BASE, body))
    expect(status).toBe(400)
    expect(error.details?.validationError?.fieldViolations[0]?.field).toBe(field)
  })

  it('refuses an input over 10,000 characters, counting characters as a user does', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, CONTACT)
    const url = `${BASE}/${interactiveFormSession.id}/send-user-message`
    const tooLong = await errorOf(await post(emulator, url, { input: 'a'.repeat(10_001) }))
    expect(tooLong.status).toBe(400)
    expect(tooLong.body.details?.validationError?.fieldViolations[0]).toMatchObject({ field: 'input', violatedRule: 'MAX_LENGTH' })
    expect((await post(emulator, url, { input: 'a'.repeat(10_000) })).status).toBe(200)
    // 10,000 emoji are 20,000 UTF-16 units but 10,000 characters.
    expect((await post(emulator, url, { input: '😀'.repeat(10_000) })).status).toBe(200)
  })

  it.each([
    ['an empty body', {}],
    ['a blank input', { input: '   ' }],
    ['null input and empty currentValues', { input: null, currentValues: {} }],
  ])('refuses a send with %s as EMPTY_REQUEST', async (_case, body) => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, CONTACT)
    const { status, body: error } = await errorOf(await post(emulator, `${BASE}/${interactiveFormSession.id}/send-user-message`, body))
    expect(status).toBe(400)
    expect(error.details?.applicationError?.code).toBe('EMPTY_REQUEST')
  })

  it('refuses a body whose session id differs from the path', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, CONTACT)
    const response = await post(emulator, `${BASE}/${interactiveFormSession.id}/send-user-message`, { interactiveFormSessionId: 'other', input: 'hi' })
    expect(response.status).toBe(400)
  })

  it('accepts the SDK-style body that repeats the session id', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, CONTACT)
    const response = await post(emulator, `${BASE}/${interactiveFormSession.id}/send-user-message`, { interactiveFormSessionId: interactiveFormSession.id, input: 'Ann' })
    expect(response.status).toBe(200)
  })
})

describe('unknown things', () => {
  it('answers 404 for an unknown form, on create and on the schema endpoint', async () => {
    const emulator = testEmulator()
    const created = await errorOf(await post(emulator, BASE, { formId: 'no-such-form' }))
    expect(created.status).toBe(404)
    expect(created.body.details?.applicationError?.code).toBe('NOT_FOUND')
    expect((await emulator.fetch('http://emulator.test/form-schema-service/v4/forms/no-such-form')).status).toBe(404)
  })

  it('answers 404 for an unknown session and an unknown path', async () => {
    const emulator = testEmulator()
    expect((await post(emulator, `${BASE}/00000000-0000-4000-8000-000000000000/send-user-message`, { input: 'hi' })).status).toBe(404)
    expect((await post(emulator, `${BASE}/abc/delete`, { input: 'hi' })).status).toBe(404)
    expect((await emulator.fetch('http://emulator.test/somewhere-else')).status).toBe(404)
  })

  it('forgets a session after the idle expiry', async () => {
    let now = NOW.getTime()
    const emulator = createEmulator({ now: () => new Date(now), random: seededRandom(1), sessionIdleMs: 60_000 })
    const { interactiveFormSession } = await create(emulator, CONTACT)
    now += 59_000
    await send(emulator, interactiveFormSession.id, 'Ann')
    now += 59_000
    expect(emulator.getSession(interactiveFormSession.id)).toBeDefined()
    now += 2_000
    expect((await post(emulator, `${BASE}/${interactiveFormSession.id}/send-user-message`, { input: 'Lee' })).status).toBe(404)
    expect(emulator.sessions()).toEqual([])
  })

  it('caps the number of sessions, dropping the least recently used', async () => {
    const emulator = testEmulator({ maxSessions: 2 })
    const first = await create(emulator, CONTACT)
    const second = await create(emulator, CONTACT)
    await send(emulator, first.interactiveFormSession.id, 'Ann')
    await create(emulator, CONTACT)
    expect(emulator.getSession(second.interactiveFormSession.id)).toBeUndefined()
    expect(emulator.getSession(first.interactiveFormSession.id)).toBeDefined()
  })
})

describe('methods and CORS', () => {
  it.each([
    ['GET', BASE, 'POST, OPTIONS'],
    ['PUT', `${BASE}/create-streamed`, 'POST, OPTIONS'],
    ['DELETE', `${BASE}/abc/send-user-message`, 'POST, OPTIONS'],
    ['POST', `http://emulator.test/form-schema-service/v4/forms/${CONTACT}`, 'GET, OPTIONS'],
    ['POST', 'http://emulator.test/_emulator/submissions', 'GET, OPTIONS'],
  ])('answers 405 with Allow for %s %s', async (method, url, allow) => {
    const response = await testEmulator().fetch(url, { method })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe(allow)
    expect(((await response.json()) as WixErrorBody).details?.applicationError?.code).toBe('METHOD_NOT_ALLOWED')
  })

  it('answers a CORS preflight and sends CORS headers on every answer', async () => {
    const emulator = testEmulator()
    const preflight = await emulator.fetch(`${BASE}/create-streamed`, { method: 'OPTIONS' })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-emulator-fault')
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization')
    const created = await post(emulator, BASE, { formId: CONTACT })
    expect(created.headers.get('access-control-allow-origin')).toBe('*')
    const failed = await post(emulator, BASE, '{')
    expect(failed.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('accepts a Request object as well as fetch-style arguments', async () => {
    const emulator = testEmulator()
    const response = await emulator.fetch(new Request(BASE, { method: 'POST', body: JSON.stringify({ formId: CONTACT }) }))
    expect(response.status).toBe(200)
  })
})

describe('isolation', () => {
  it("never shows one session's values in another session", async () => {
    const emulator = testEmulator()
    const ann = await create(emulator, CONTACT)
    const bob = await create(emulator, CONTACT)
    expect(ann.interactiveFormSession.id).not.toBe(bob.interactiveFormSession.id)
    await send(emulator, ann.interactiveFormSession.id, "I'm Ann Secret, ann.secret@example.com")
    const bobReply = await send(emulator, bob.interactiveFormSession.id, "I'm Bob Public")
    expect(JSON.stringify(bobReply)).not.toContain('Secret')
    expect(emulator.getSession(bob.interactiveFormSession.id)?.values).toEqual({ firstName: 'Bob', lastName: 'Public' })
    expect(textOf(bobReply.responseChunks)).toContain('email')
  })

  it('returns copies: changing a snapshot or a submission changes nothing inside', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, CONTACT)
    await send(emulator, interactiveFormSession.id, 'Ann')
    const snapshot = emulator.getSession(interactiveFormSession.id)
    if (snapshot) snapshot.values.firstName = 'Mallory'
    expect(emulator.getSession(interactiveFormSession.id)?.values.firstName).toBe('Ann')
  })
})
