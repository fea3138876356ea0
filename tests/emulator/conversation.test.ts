import { describe, expect, it } from 'vitest'
import { SAMPLE_FORM_IDS, contactForm } from '../../src/emulator'
import { formFieldList } from '../../src/emulator/form-fields'
import { BASE, CLIENT_TIME, confirmed, create, highlighted, importantTargets, ofType, post, readEvents, send, testEmulator, textOf } from './emulator-driver'

const EVENT = SAMPLE_FORM_IDS.eventRegistration

describe('greeting and questions', () => {
  it('greets with the form name in bold and asks the first required field', async () => {
    const reply = await create(testEmulator(), SAMPLE_FORM_IDS.contact)
    const bold = ofType(reply.responseChunks, 'TEXT').filter((chunk) => chunk.textDetails.style === 'BOLD')
    expect(bold.map((chunk) => chunk.textDetails.text)).toEqual(['Contact us'])
    expect(textOf(reply.responseChunks)).toContain("What's your first name?")
    // Consecutive TEXT chunks are one message to the reader: sentences must not run together.
    expect(textOf(reply.responseChunks)).toMatch(/several things at once\. What's your first name\?/)
    expect(reply.responseChunks.at(-1)).toEqual({ chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: true } })
    expect(reply.interactiveFormSession).toMatchObject({ formId: SAMPLE_FORM_IDS.contact, form: { id: SAMPLE_FORM_IDS.contact } })
  })

  it('asks required fields in layout order first, then offers the optional ones', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, EVENT)
    const asked: string[] = []
    const answers: Record<string, string> = {
      fullName: 'Jane Doe',
      email: 'jane@example.com',
      ticket: 'VIP',
      guests: '1',
      arrivalDate: 'June 15',
      codeOfConduct: 'yes',
      dietary: 'skip',
      company: 'skip',
    }
    for (let turn = 0; turn < 10; turn += 1) {
      const pending = emulator.getSession(interactiveFormSession.id)?.pendingFieldTarget
      if (!pending) break
      asked.push(pending)
      await send(emulator, interactiveFormSession.id, answers[pending] ?? 'skip')
    }
    expect(asked).toEqual(['fullName', 'email', 'ticket', 'guests', 'arrivalDate', 'codeOfConduct', 'dietary', 'company'])
    expect(emulator.getSession(interactiveFormSession.id)?.status).toBe('submitted')
  })

  it('uses the right input chunk and states requirements for each kind of field in the question', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, EVENT)
    const id = interactiveFormSession.id
    const afterName = await send(emulator, id, 'Jane Doe')
    expect(textOf(afterName.responseChunks)).toContain("What's your email? Please use a valid email address, like name@example.com.")
    // Asking is not refusing: an IMPORTANT_TEXT naming the field would flag it before the user typed anything.
    expect(ofType(afterName.responseChunks, 'IMPORTANT_TEXT')).toEqual([])
    const afterEmail = await send(emulator, id, 'jane@example.com')
    expect(ofType(afterEmail.responseChunks, 'SINGLE_SELECT_INPUT')[0]?.singleSelectInputDetails).toEqual({
      fieldTarget: 'ticket',
      options: [
        { value: 'general', label: 'General admission' },
        { value: 'vip', label: 'VIP' },
        { value: 'student', label: 'Student' },
      ],
    })
    const afterTicket = await send(emulator, id, 'student')
    expect(ofType(afterTicket.responseChunks, 'NUMBER_INPUT')[0]?.numberInputDetails).toEqual({
      fieldTarget: 'guests',
      rangeLimit: { minInclusiveValue: 0, maxInclusiveValue: 4 },
      multipleOf: 1,
    })
    expect(textOf(afterTicket.responseChunks)).toContain('A number between 0 and 4, a whole number.')
    expect(ofType(afterTicket.responseChunks, 'IMPORTANT_TEXT')).toEqual([])
    const afterGuests = await send(emulator, id, 'none')
    expect(confirmed(afterGuests.responseChunks)).toEqual({ guests: 0 })
    expect(textOf(afterGuests.responseChunks)).toContain('Pick a date between Monday, June 14, 2027 and Friday, June 18, 2027.')
    const afterDate = await send(emulator, id, '2027-06-16')
    expect(ofType(afterDate.responseChunks, 'SINGLE_SELECT_INPUT')[0]?.singleSelectInputDetails.options.map((option) => option.label)).toEqual(['Yes', 'No'])
    const afterConsent = await send(emulator, id, 'I agree')
    const dietary = ofType(afterConsent.responseChunks, 'MULTI_SELECT_INPUT')[0]?.multiSelectInputDetails
    expect(dietary?.fieldTarget).toBe('dietary')
    expect(dietary?.allowedCustomValue?.description).toBe('Tell us about any other dietary needs')
    expect(textOf(afterConsent.responseChunks)).toContain('Optionally')
  })

  it('puts a SEPARATOR between the acknowledgement and the next question', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, SAMPLE_FORM_IDS.contact)
    const reply = await send(emulator, interactiveFormSession.id, 'Ann')
    expect(reply.responseChunks.map((chunk) => chunk.chunkType)).toEqual(['TEXT_DATA', 'SEPARATOR', 'TEXT', 'END_OF_RESPONSE'])
  })

  it('offers tags and payment products as multi-select inputs', async () => {
    const emulator = testEmulator()
    const survey = await create(emulator, SAMPLE_FORM_IDS.feedbackSurvey)
    await send(emulator, survey.interactiveFormSession.id, '5 stars')
    const tags = await send(emulator, survey.interactiveFormSession.id, '10')
    expect(ofType(tags.responseChunks, 'MULTI_SELECT_INPUT')[0]?.multiSelectInputDetails.fieldTarget).toBe('highlights')
    expect(textOf(tags.responseChunks)).toContain('Pick between 1 and 3.')
    expect(ofType(tags.responseChunks, 'IMPORTANT_TEXT')).toEqual([])

    const shop = await create(emulator, SAMPLE_FORM_IDS.purchase)
    const products = await send(emulator, shop.interactiveFormSession.id, 'Sam Lee, sam@example.com')
    expect(ofType(products.responseChunks, 'MULTI_SELECT_INPUT')[0]?.multiSelectInputDetails.options.map((option) => option.label)).toEqual([
      'Formtalk T-shirt (25.00 USD)',
      'Hoodie (49.00 USD)',
      'Mug (12.00 USD)',
      'Sticker pack (5.00 USD)',
    ])
  })
})

describe('extraction from free text', () => {
  it('takes several fields from one message, in any order, with the words used', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, EVENT)
    const input = "I'm bringing two guests, my email is jane.doe@example.com, VIP ticket please — oh and I'm Jane Doe"
    const reply = await send(emulator, interactiveFormSession.id, input)
    expect(confirmed(reply.responseChunks)).toEqual({ guests: 2, email: 'jane.doe@example.com', ticket: 'vip', fullName: 'Jane Doe' })
    const byTarget = new Map(ofType(reply.responseChunks, 'TEXT_DATA').map((chunk) => [chunk.textDataDetails.fieldTarget, chunk]))
    expect(highlighted(input, byTarget.get('guests')!)).toBe('two')
    expect(highlighted(input, byTarget.get('email')!)).toBe('jane.doe@example.com')
    expect(highlighted(input, byTarget.get('ticket')!)).toBe('VIP')
    expect(highlighted(input, byTarget.get('fullName')!)).toBe('Jane Doe')
    expect(byTarget.get('guests')?.textDataDetails.displayValue).toBe('2')
    expect(emulator.getSession(interactiveFormSession.id)?.pendingFieldTarget).toBe('arrivalDate')
  })

  it('splits a full name into first and last name fields', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, SAMPLE_FORM_IDS.contact)
    const reply = await send(emulator, interactiveFormSession.id, 'my name is ada lovelace')
    expect(confirmed(reply.responseChunks)).toEqual({ firstName: 'Ada', lastName: 'Lovelace' })
  })

  it('resolves relative dates with the client clock and time zone', async () => {
    const emulator = testEmulator()
    // 23:30 UTC on Sunday June 13 is already Monday June 14 in Tokyo.
    const clientTime = { currentTime: '2027-06-13T23:30:00.000Z', timeZone: 'Asia/Tokyo' }
    const tokyo = await create(emulator, EVENT, { clientTime })
    await send(emulator, tokyo.interactiveFormSession.id, 'Jane Doe, jane@example.com, VIP, 1 guest')
    expect(confirmed((await send(emulator, tokyo.interactiveFormSession.id, 'tomorrow')).responseChunks)).toEqual({ arrivalDate: '2027-06-15' })
    // …and still 19:30 on Sunday in New York.
    const newYork = await create(emulator, EVENT, { clientTime: { ...clientTime, timeZone: 'America/New_York' } })
    await send(emulator, newYork.interactiveFormSession.id, 'Jane Doe, jane@example.com, VIP, 1 guest')
    expect(confirmed((await send(emulator, newYork.interactiveFormSession.id, 'tomorrow')).responseChunks)).toEqual({ arrivalDate: '2027-06-14' })
  })

  it('reads "next Friday" against the client day', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, EVENT, { clientTime: { currentTime: '2027-06-14T09:00:00.000Z', timeZone: 'UTC' } })
    const reply = await send(emulator, interactiveFormSession.id, 'Jane Doe, jane@example.com, student, no guests, arriving next Friday')
    expect(confirmed(reply.responseChunks)).toMatchObject({ arrivalDate: '2027-06-18', guests: 0, ticket: 'student' })
  })

  it('lets a correction override a value already given', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, SAMPLE_FORM_IDS.contact)
    await send(emulator, interactiveFormSession.id, 'I am Jane Doe, jane@example.com')
    const reply = await send(emulator, interactiveFormSession.id, 'actually my email is jane@work.example.org')
    const [ack] = ofType(reply.responseChunks, 'TEXT_DATA')
    expect(ack?.textDataDetails).toMatchObject({ fieldTarget: 'email', value: 'jane@work.example.org' })
    expect(ack?.textDataDetails.text).toContain('updated')
    expect(emulator.getSession(interactiveFormSession.id)?.values.email).toBe('jane@work.example.org')
  })

  it('takes a custom "Other" answer for a multi-select that allows one', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, EVENT)
    await send(emulator, interactiveFormSession.id, 'Jane Doe, jane@example.com, VIP, 1 guest, June 15, I agree to the code of conduct')
    expect(emulator.getSession(interactiveFormSession.id)?.pendingFieldTarget).toBe('dietary')
    const input = 'vegan and no shellfish'
    const reply = await send(emulator, interactiveFormSession.id, input)
    const [ack] = ofType(reply.responseChunks, 'TEXT_DATA')
    expect(ack?.textDataDetails).toMatchObject({ fieldTarget: 'dietary', value: ['vegan', 'no shellfish'], displayValue: 'Vegan, no shellfish' })
    expect(highlighted(input, ack!)).toBe(input)
  })

  it('answers "Sorry" and asks again when it understands nothing', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, SAMPLE_FORM_IDS.contact)
    const reply = await send(emulator, interactiveFormSession.id, 'hello')
    expect(ofType(reply.responseChunks, 'TEXT_DATA')).toEqual([])
    expect(textOf(reply.responseChunks)).toMatch(/didn’t quite catch that[\s\S]*first name/)
  })

  it('takes an email address as the answer to a plain text field that asks for one', async () => {
    const form = {
      id: 'plain-email',
      name: 'Waitlist',
      formFields: [
        {
          id: 'f',
          fieldType: 'INPUT',
          inputOptions: { target: 'contact', inputType: 'STRING' as const, required: true, stringOptions: { componentType: 'TEXT_INPUT', textInputOptions: { label: 'Email' } } },
        },
      ],
    }
    const emulator = testEmulator({ forms: [form] })
    const { interactiveFormSession } = await create(emulator, form.id)
    const reply = await send(emulator, interactiveFormSession.id, 'jo@example.com')
    expect(confirmed(reply.responseChunks)).toEqual({ contact: 'jo@example.com' })
    expect(ofType(reply.responseChunks, 'SUBMISSION')).toHaveLength(1)
  })
})

describe('validation', () => {
  it('refuses an invalid value, explains it with the field target and asks again', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, EVENT)
    await send(emulator, interactiveFormSession.id, 'Jane Doe, jane@example.com, VIP')
    const input = 'we will be 7 guests'
    const reply = await send(emulator, interactiveFormSession.id, input)
    const [problem] = ofType(reply.responseChunks, 'IMPORTANT_TEXT')
    expect(problem?.importantTextDetails.fieldTarget).toBe('guests')
    expect(problem?.importantTextDetails.text).toContain('between 0 and 4')
    expect(highlighted(input, problem!)).toBe('7')
    expect(ofType(reply.responseChunks, 'NUMBER_INPUT')[0]?.numberInputDetails.fieldTarget).toBe('guests')
    expect(emulator.getSession(interactiveFormSession.id)?.values.guests).toBeUndefined()
  })

  it('refuses a date outside the event days and keeps asking for it', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, EVENT)
    await send(emulator, interactiveFormSession.id, 'Jane Doe, jane@example.com, VIP, 2 guests')
    const reply = await send(emulator, interactiveFormSession.id, 'tomorrow')
    expect(ofType(reply.responseChunks, 'IMPORTANT_TEXT')[0]?.importantTextDetails.text).toContain('Thursday, June 10, 2027 is outside')
    expect(emulator.getSession(interactiveFormSession.id)?.pendingFieldTarget).toBe('arrivalDate')
  })

  it('does not submit while a required consent is refused', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, EVENT)
    await send(emulator, interactiveFormSession.id, 'Jane Doe, jane@example.com, VIP, 2 guests, June 16')
    const reply = await send(emulator, interactiveFormSession.id, 'no')
    expect(ofType(reply.responseChunks, 'IMPORTANT_TEXT')[0]?.importantTextDetails).toMatchObject({ fieldTarget: 'codeOfConduct' })
    expect(ofType(reply.responseChunks, 'SUBMISSION')).toEqual([])
    const skip = await send(emulator, interactiveFormSession.id, 'skip')
    expect(ofType(skip.responseChunks, 'IMPORTANT_TEXT')[0]?.importantTextDetails.text).toContain('required')
  })

  it('keeps more tags than allowed out and says how many are allowed', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, SAMPLE_FORM_IDS.feedbackSurvey)
    await send(emulator, interactiveFormSession.id, '4 stars')
    await send(emulator, interactiveFormSession.id, '8')
    const reply = await send(emulator, interactiveFormSession.id, 'fast, easy to use, good value and great support')
    expect(ofType(reply.responseChunks, 'IMPORTANT_TEXT')[0]?.importantTextDetails.text).toContain('at most 3')
    expect(emulator.getSession(interactiveFormSession.id)?.values.highlights).toBeUndefined()
  })
})

describe('currentValues', () => {
  it('an edit of another field while a choice is open is about that field, not an answer to the choice', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, SAMPLE_FORM_IDS.contact, { currentValues: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' } })
    expect(emulator.sessions()[0]?.pendingFieldTarget).toBe('topic')
    // A valid correction: confirmed, and the open question is simply asked again.
    const fixed = await send(emulator, interactiveFormSession.id, 'Please change my email to ada@lovelace.org', { email: 'ada@lovelace.org' })
    expect(confirmed(fixed.responseChunks)).toEqual({ email: 'ada@lovelace.org' })
    expect(importantTargets(fixed.responseChunks)).not.toContain('topic')
    // A refused one: only the email is complained about.
    const refused = await send(emulator, interactiveFormSession.id, 'Please change my email to ada@', { email: 'ada@' })
    expect(confirmed(refused.responseChunks)).toEqual({})
    expect(importantTargets(refused.responseChunks)).toContain('email')
    expect(importantTargets(refused.responseChunks)).not.toContain('topic')
  })

  it('on create acknowledges valid values, flags invalid ones and asks for the rest', async () => {
    const emulator = testEmulator()
    const reply = await create(emulator, EVENT, { currentValues: { fullName: 'Jane Doe', email: 'not-an-email', guests: 2, shoeSize: 44 } })
    expect(confirmed(reply.responseChunks)).toEqual({ fullName: 'Jane Doe', guests: 2 })
    const flagged = ofType(reply.responseChunks, 'IMPORTANT_TEXT').map((chunk) => chunk.importantTextDetails)
    expect(flagged[0]).toMatchObject({ fieldTarget: 'shoeSize', text: expect.stringContaining('shoeSize') })
    expect(flagged[1]).toMatchObject({ fieldTarget: 'email', text: expect.stringContaining('valid email') })
    expect(emulator.getSession(reply.interactiveFormSession.id)?.pendingFieldTarget).toBe('email')
  })

  it('on send override earlier values, alone or with the label words as input', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, EVENT, { currentValues: { fullName: 'Jane Doe', email: 'jane@example.com' } })
    const picked = await send(emulator, interactiveFormSession.id, 'General admission', { ticket: 'general' })
    const [ack] = ofType(picked.responseChunks, 'TEXT_DATA')
    expect(ack?.textDataDetails).toMatchObject({ fieldTarget: 'ticket', value: 'general', displayValue: 'General admission' })
    expect(highlighted('General admission', ack!)).toBe('General admission')
    const valuesOnly = await send(emulator, interactiveFormSession.id, undefined, { guests: 3, email: 'jane@new.example.com' })
    expect(confirmed(valuesOnly.responseChunks)).toEqual({ guests: 3, email: 'jane@new.example.com' })
    expect(ofType(valuesOnly.responseChunks, 'TEXT_DATA').every((chunk) => chunk.meaningfulInput === undefined)).toBe(true)
  })

  it('takes a yes/no prompt answered with the select value "true"', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, EVENT, {
      currentValues: { fullName: 'Jane Doe', email: 'jane@example.com', ticket: 'vip', guests: 0, arrivalDate: '2027-06-14' },
    })
    const reply = await send(emulator, interactiveFormSession.id, 'Yes', { codeOfConduct: 'true' })
    expect(confirmed(reply.responseChunks)).toEqual({ codeOfConduct: true })
  })

  it('keeps a hidden field given on create and submits it', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, EVENT, {
      currentValues: { referralSource: 'newsletter', fullName: 'Jane Doe', email: 'jane@example.com', ticket: 'vip', guests: 0, arrivalDate: '2027-06-14', codeOfConduct: true },
    })
    await send(emulator, interactiveFormSession.id, 'submit')
    expect(emulator.submissions()[0]?.values.referralSource).toBe('newsletter')
  })
})

describe('submission', () => {
  async function completeContact(emulator = testEmulator(), dryRun = false) {
    const { interactiveFormSession } = await create(emulator, SAMPLE_FORM_IDS.contact, { dryRun })
    await send(emulator, interactiveFormSession.id, "Hi, I'm Ada Lovelace, ada@example.com")
    await send(emulator, interactiveFormSession.id, 'billing')
    const last = await send(emulator, interactiveFormSession.id, 'My invoice shows the wrong address.')
    expect(textOf(last.responseChunks)).toContain('Optionally')
    const submitted = await send(emulator, interactiveFormSession.id, "that's all")
    return { emulator, id: interactiveFormSession.id, submitted }
  }

  it('summarises, then sends SUBMISSION with a new id, and stores exactly the given values', async () => {
    const { emulator, submitted } = await completeContact()
    const types = submitted.responseChunks.map((chunk) => chunk.chunkType)
    expect(types.slice(-4)).toEqual(['TEXT', 'SUBMISSION', 'TEXT', 'END_OF_RESPONSE'])
    expect(textOf(submitted.responseChunks)).toContain('• Email: ada@example.com')
    const [chunk] = ofType(submitted.responseChunks, 'SUBMISSION')
    expect(chunk?.submissionDetails.submissionId).toMatch(/^[0-9a-f-]{36}$/)
    expect(chunk?.submissionDetails.checkoutId).toBeUndefined()
    expect(emulator.submissions()).toEqual([
      {
        submissionId: chunk?.submissionDetails.submissionId,
        formId: SAMPLE_FORM_IDS.contact,
        values: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', topic: 'billing', message: 'My invoice shows the wrong address.' },
        dryRun: false,
        createdDate: '2027-06-09T10:00:00.000Z',
      },
    ])
  })

  it('answers politely after submission and changes nothing', async () => {
    const { emulator, id } = await completeContact()
    const reply = await send(emulator, id, 'actually my email is other@example.com')
    expect(reply.responseChunks.map((chunk) => chunk.chunkType)).toEqual(['TEXT', 'END_OF_RESPONSE'])
    expect(textOf(reply.responseChunks)).toContain('already been submitted')
    expect(emulator.submissions()[0]?.values.email).toBe('ada@example.com')
  })

  it('in a dry run goes through the same flow but stores no submission', async () => {
    const { emulator, submitted } = await completeContact(testEmulator(), true)
    expect(ofType(submitted.responseChunks, 'SUBMISSION')).toHaveLength(1)
    expect(textOf(submitted.responseChunks)).toContain('dry run')
    expect(emulator.submissions()).toEqual([])
    expect(emulator.submissions({ includeDryRuns: true })).toEqual([expect.objectContaining({ dryRun: true, formId: SAMPLE_FORM_IDS.contact })])
    const listed = await emulator.fetch('http://emulator.test/_emulator/submissions')
    expect(await listed.json()).toEqual([])
  })

  it('gives a purchase a checkoutId', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, SAMPLE_FORM_IDS.purchase)
    await send(emulator, interactiveFormSession.id, "I'm Sam Lee, sam@example.com, two hoodies and a mug please, pick up in store")
    const done = await send(emulator, interactiveFormSession.id, 'submit')
    const [chunk] = ofType(done.responseChunks, 'SUBMISSION')
    expect(chunk?.submissionDetails.checkoutId).toMatch(/^[0-9a-f-]{36}$/)
    expect(emulator.submissions()[0]).toMatchObject({
      checkoutId: chunk?.submissionDetails.checkoutId,
      values: { fullName: 'Sam Lee', email: 'sam@example.com', products: ['1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c02', '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c03'], shipping: 'pickup' },
    })
  })

  it('refuses "submit" while required fields are missing and names them', async () => {
    const emulator = testEmulator()
    const { interactiveFormSession } = await create(emulator, SAMPLE_FORM_IDS.contact)
    const reply = await send(emulator, interactiveFormSession.id, 'submit')
    expect(textOf(reply.responseChunks)).toContain('I still need: first name, last name, email, topic, message')
    expect(ofType(reply.responseChunks, 'SUBMISSION')).toEqual([])
  })
})

describe('streaming and debug', () => {
  it('streams the same reply in more, smaller TEXT chunks with the session in the first event only', async () => {
    const standard = await create(testEmulator(), EVENT)
    const response = await post(testEmulator(), `${BASE}/create-streamed`, { formId: EVENT, clientTime: CLIENT_TIME }, { accept: 'text/event-stream' })
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const { events } = await readEvents(response)
    const chunks = events.map((event) => event.responseChunk)
    expect(events[0]?.interactiveFormSession?.formId).toBe(EVENT)
    expect(events.slice(1).every((event) => event.interactiveFormSession === undefined)).toBe(true)
    expect(ofType(chunks, 'TEXT').length).toBeGreaterThan(ofType(standard.responseChunks, 'TEXT').length)
    expect(textOf(chunks)).toBe(textOf(standard.responseChunks))
    expect(chunks.filter((chunk) => chunk.chunkType !== 'TEXT')).toEqual(standard.responseChunks.filter((chunk) => chunk.chunkType !== 'TEXT'))
    expect(chunks.at(-1)?.chunkType).toBe('END_OF_RESPONSE')
  })

  it('adds DEBUG chunks describing what was extracted and why, only when asked', async () => {
    const quiet = testEmulator()
    const plain = await create(quiet, SAMPLE_FORM_IDS.contact)
    expect(ofType((await send(quiet, plain.interactiveFormSession.id, 'Ann Lee')).responseChunks, 'DEBUG')).toEqual([])

    const emulator = testEmulator({ debug: true })
    const { interactiveFormSession } = await create(emulator, SAMPLE_FORM_IDS.contact)
    const reply = await send(emulator, interactiveFormSession.id, 'Ann Lee, ann@example')
    const [debug] = ofType(reply.responseChunks, 'DEBUG')
    expect(debug?.debugDetails.data).toMatchObject({
      pendingField: 'firstName',
      extracted: [
        { fieldTarget: 'firstName', value: 'Ann', words: 'Ann' },
        { fieldTarget: 'lastName', value: 'Lee', words: 'Lee' },
      ],
      next: 'email',
    })
  })
})

describe('forms served', () => {
  it('serves a form schema where the Form Schemas API does, and the loaded forms', async () => {
    const emulator = testEmulator()
    const response = await emulator.fetch(`http://emulator.test/form-schema-service/v4/forms/${SAMPLE_FORM_IDS.contact}`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ form: contactForm })
    const forms = (await (await emulator.fetch('http://emulator.test/_emulator/forms')).json()) as Array<{ id: string }>
    expect(forms.map((form) => form.id)).toEqual(Object.values(SAMPLE_FORM_IDS))
  })

  it('runs a conversation for a form passed in, not only the samples', async () => {
    const form = { id: 'my-form', name: 'Tiny', formFields: contactForm.formFields.slice(2, 3) }
    const emulator = testEmulator({ forms: [form] })
    const { interactiveFormSession } = await create(emulator, 'my-form')
    const done = await send(emulator, interactiveFormSession.id, 'x@example.com')
    expect(ofType(done.responseChunks, 'SUBMISSION')).toHaveLength(1)
    expect(formFieldList(form).fields).toHaveLength(1)
  })
})
