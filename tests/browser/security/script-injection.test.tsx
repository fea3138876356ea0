/**
 * Script injection through every text-bearing field of the wire, rendered by
 * the real widget in real Chromium. Each payload sets `window.__pwned` if it
 * ever runs. The conversation is driven like a user would (type, choose,
 * confirm, open the debug panel, go to checkout); afterwards nothing may have
 * run, no active element may exist inside the widget (but the checkout link
 * the site's `getCheckoutUrl` gave), and the payload must be visible as plain
 * text. The purchase's `checkoutId` is the payload too; the site's
 * `getCheckoutUrl` answers either a normal https URL (followed once, and
 * linked) or a hostile one (never followed nor linked).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../../src/components/styles.css'
import { createInteractiveFormClient } from '../../../src/api/client'
import type { FetchFunction } from '../../../src/api/client'
import type { InteractiveFormStreamEvent, ResponseChunk, WixForm } from '../../../src/api/wire-types'
import { InteractiveForm } from '../../../src/components/interactive-form'

declare global {
  interface Window {
    __pwned?: unknown
  }
}

const trap = (id: string) => `window.__pwned='${id}'`

/** Classic and less classic ways to get markup or code run from text. */
const PAYLOADS: ReadonlyArray<[name: string, payload: string]> = [
  ['img onerror', `<img src=x onerror="${trap('img')}">`],
  ['script element', `<script>${trap('script')}</script>`],
  ['javascript: URL', `javascript:${trap('js-url')}`],
  ['attribute break-out + svg onload', `"><svg onload="${trap('svg')}">`],
  ['template expression', `{{constructor.constructor("${trap('template')}")()}}`],
  ['template literal', '${' + trap('literal') + '}'],
  ['link with javascript: href', `<a href="javascript:${trap('link')}">click me</a>`],
  ['markdown link', `[click me](javascript:${trap('markdown')})`],
  ['iframe srcdoc', `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`],
  ['mutation XSS', `<math><mtext><table><mglyph><style><img src=x onerror="${trap('mxss')}">`],
  ['bidi override', `\u202Efdp.exe\u202C <b onmouseover="${trap('bidi')}">invoice</b> \u2066<img src=x onerror="${trap('isolate')}">\u2069`],
  ['style import', `<style>@import url("javascript:${trap('style')}")</style>`],
  ['prototype keys', '__proto__ constructor prototype'],
]

/**
 * What the site's `getCheckoutUrl` answers for each payload: `https` builds a
 * normal URL from the (hostile) checkout id; anything else is a URL that must
 * never be followed — script schemes in the spellings a URL parser accepts,
 * `data:`, and the checkout id itself passed through unchecked.
 */
const CHECKOUT_URLS: Readonly<Record<string, 'https' | ((checkoutId: string) => string)>> = {
  'img onerror': 'https',
  'script element': () => `javascript:${trap('checkout-js')}`,
  'javascript: URL': (checkoutId) => checkoutId,
  'attribute break-out + svg onload': 'https',
  'template expression': () => ` JavaScript:${trap('checkout-case')}`,
  'template literal': 'https',
  'link with javascript: href': () => `java\tscr\nipt:${trap('checkout-tab')}`,
  'markdown link': 'https',
  'iframe srcdoc': () => `data:text/html,<script>parent.__pwned='checkout-data'</script>`,
  'mutation XSS': 'https',
  'bidi override': () => `\u0001javascript:${trap('checkout-control')}`,
  'style import': 'https',
  'prototype keys': 'https',
}

const shopCheckoutUrl = (checkoutId: string) => `https://shop.example/checkout/${encodeURIComponent(checkoutId)}`

const SESSION = { id: 'session-x', formId: 'form-x' }

/** A form whose every label carries the payload. */
function hostileForm(payload: string): WixForm {
  return {
    id: SESSION.formId,
    name: payload,
    formFields: [
      { id: 'f1', fieldType: 'INPUT', inputOptions: { target: 'name', inputType: 'STRING', stringOptions: { componentType: 'TEXT_INPUT', textInputOptions: { label: payload, placeholder: payload } } } },
      {
        id: 'f2',
        fieldType: 'INPUT',
        inputOptions: { target: 'plan', inputType: 'STRING', stringOptions: { componentType: 'RADIO_GROUP', radioGroupOptions: { label: payload, options: [{ value: payload, label: payload }] } } },
      },
      {
        id: 'f3',
        fieldType: 'INPUT',
        inputOptions: { target: 'extras', inputType: 'ARRAY', arrayOptions: { componentType: 'CHECKBOX_GROUP', checkboxGroupOptions: { label: payload, options: [{ value: payload, label: payload }] } } },
      },
      { id: 'f4', fieldType: 'INPUT', inputOptions: { target: 'guests', inputType: 'NUMBER', numberOptions: { componentType: 'NUMBER_INPUT', numberInputOptions: { label: payload } } } },
      { id: 'f5', fieldType: 'INPUT', inputOptions: { target: 'doc', inputType: 'WIX_FILE', wixFileOptions: { componentType: 'FILE_UPLOAD', fileUploadOptions: { label: payload } } } },
    ],
  }
}

/** The replies, in order: greeting, answer to the typed message, answer to the chips, answer to the radio. */
function hostileReplies(payload: string): ResponseChunk[][] {
  const end: ResponseChunk = { chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: true } }
  return [
    [
      { chunkType: 'TEXT', textDetails: { text: payload, style: 'NORMAL' } },
      { chunkType: 'TEXT', textDetails: { text: payload, style: 'BOLD' } },
      { chunkType: 'SEPARATOR', separatorDetails: { type: 'PARAGRAPH' } },
      { chunkType: 'TEXT_DATA', textDataDetails: { fieldTarget: 'name', text: payload, value: payload, displayValue: payload } },
      { chunkType: 'TEXT_DATA', textDataDetails: { fieldTarget: payload, text: payload, value: { [payload]: payload } } },
      { chunkType: 'IMPORTANT_TEXT', importantTextDetails: { fieldTarget: payload, text: payload } },
      { chunkType: 'ERROR', errorDetails: { messageText: payload } },
      { chunkType: 'DEBUG', debugDetails: { data: { [payload]: payload, nested: { html: payload, list: [payload] } } } },
      { chunkType: 'FUTURE_WIDGET', futureWidgetDetails: { text: payload, html: payload, url: payload }, label: payload },
      { chunkType: 'FILE_UPLOAD', fileUploadDetails: { fieldTarget: 'doc' } },
      { chunkType: 'SIGNATURE', signatureDetails: { fieldTarget: payload } },
      { chunkType: 'NUMBER_INPUT', numberInputDetails: { fieldTarget: payload } },
      { chunkType: 'TEXT', textDetails: { text: 'Tell me about yourself.', style: 'NORMAL' } },
      end,
    ],
    [
      { chunkType: 'TEXT', textDetails: { text: payload }, meaningfulInput: { startOffset: 0, length: Math.min(12, payload.length) } },
      {
        chunkType: 'MULTI_SELECT_INPUT',
        multiSelectInputDetails: { fieldTarget: 'extras', options: [{ value: payload, label: payload }, { value: 'safe', label: 'Safe' }], allowedCustomValue: { description: payload } },
      },
      end,
    ],
    [
      {
        chunkType: 'SINGLE_SELECT_INPUT',
        singleSelectInputDetails: { fieldTarget: 'plan', options: [{ value: payload, label: payload }, { value: 'basic', label: 'Basic' }], allowedCustomValue: { description: payload } },
      },
      end,
    ],
    [
      { chunkType: 'TEXT', textDetails: { text: payload } },
      { chunkType: 'SUBMISSION', submissionDetails: { submissionId: payload, checkoutId: payload } },
      end,
    ],
  ]
}

/** A service that streams the hostile replies as real SSE bytes (also in the session's form). */
function hostileService(payload: string): FetchFunction {
  const replies = hostileReplies(payload)
  let turn = 0
  return async (url) => {
    if (url.includes('/form-schema-service/')) return json({ form: hostileForm(payload) })
    const chunks = replies[turn++] ?? replies[replies.length - 1] ?? []
    const events: InteractiveFormStreamEvent[] = chunks.map((responseChunk, index) =>
      index === 0 && turn === 1 ? { responseChunk, interactiveFormSession: { ...SESSION, form: hostileForm(payload) } } : { responseChunk },
    )
    const body = events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('')
    return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } })
  }
}

function json(value: unknown): Response {
  return new Response(JSON.stringify(value), { status: 200, headers: { 'Content-Type': 'application/json' } })
}

/** Elements that can run code or navigate, and any inline event handler attribute; `allowedLink` is the one expected link (the checkout). */
function activeContent(root: Element, allowedLink?: string): string[] {
  const found: string[] = []
  for (const element of root.querySelectorAll('script, img, svg, iframe, object, embed, style, link, meta, base, math, a[href], form[action], [srcdoc]')) {
    if (allowedLink !== undefined && element instanceof HTMLAnchorElement && element.getAttribute('href') === allowedLink) continue
    found.push(element.outerHTML.slice(0, 80))
  }
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) {
      if (attribute.startsWith('on')) found.push(`${element.tagName.toLowerCase()}[${attribute}]`)
      const value = element.getAttribute(attribute) ?? ''
      if ((attribute === 'href' || attribute === 'src' || attribute === 'action') && /^\s*javascript:/i.test(value)) found.push(`${attribute}=${value}`)
    }
  }
  return found
}

beforeEach(() => {
  delete window.__pwned
})

afterEach(() => {
  delete window.__pwned
})

describe('script injection corpus', () => {
  it.each(PAYLOADS)('%s in every text field runs nothing and shows as text', async (name, payload) => {
    const plan = CHECKOUT_URLS[name]
    if (plan === undefined) throw new Error(`No checkout URL planned for “${name}”`)
    const getCheckoutUrl = vi.fn(plan === 'https' ? shopCheckoutUrl : plan)
    const navigate = vi.fn<(url: string) => void>()
    const onCheckout = vi.fn()
    const client = createInteractiveFormClient({ baseUrl: 'https://api.test/forms/ai/v1/interactive-form-sessions', fetch: hostileService(payload) })
    const screen = await render(
      <InteractiveForm formId={SESSION.formId} client={client} debug onCheckout={onCheckout} getCheckoutUrl={getCheckoutUrl} navigate={navigate} />,
    )
    const widget = () => screen.container.querySelector('.formtalk') as HTMLElement
    const settled = () => expect.poll(() => widget().dataset.status, { timeout: 5_000 }).toMatch(/^(ready|submitted)$/)
    await settled()

    // The greeting: text, bold text, captured values, callouts, the service's error, all as text.
    await expect.poll(() => widget().querySelectorAll('.formtalk-text').length).toBeGreaterThan(0)
    const greeting = widget().querySelector('.formtalk-text')?.textContent ?? ''
    expect(greeting).toContain(payload)
    expect(widget().querySelector('.formtalk-text strong')?.textContent).toBe(payload)
    expect(widget().querySelector('.formtalk-captured-value')?.textContent).toBe(payload)
    expect(widget().querySelector('.formtalk-important')?.textContent).toContain(payload)
    expect(widget().querySelector('.formtalk-error')?.textContent).toContain(payload)

    // The debug panel, opened.
    await userEvent.click(screen.getByText('Debug details'))
    expect(widget().querySelector('.formtalk-debug pre')?.textContent).toContain(JSON.stringify(payload).slice(1, -1).slice(0, 20))

    // The user's own message echoes the payload (with the server's highlighted range).
    await userEvent.fill(screen.getByRole('textbox', { name: 'Message' }), payload)
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    await settled()
    expect(widget().querySelector('.formtalk-user-text')?.textContent).toContain(payload)

    // Chips: toggle the hostile one, type the payload as a custom value, confirm.
    await expect.poll(() => widget().querySelectorAll('[data-kind="multi-select"] .formtalk-option').length).toBe(2)
    const chip = widget().querySelector<HTMLElement>('[data-kind="multi-select"] .formtalk-option')
    expect(chip?.textContent).toBe(payload)
    await userEvent.click(chip as HTMLElement)
    expect(widget().querySelector('[data-kind="multi-select"] .formtalk-hint')?.textContent).toBe(payload)
    await userEvent.fill(screen.getByRole('textbox', { name: 'Other' }).last(), payload)
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }).last())
    await settled()

    // The radio with the hostile label.
    await expect.poll(() => widget().querySelectorAll('[role="radio"]').length).toBeGreaterThan(0)
    const radio = [...widget().querySelectorAll<HTMLElement>('[role="radio"]')].find((element) => element.textContent?.includes(payload))
    expect(radio).toBeDefined()
    await userEvent.click(radio as HTMLElement)
    await expect.poll(() => widget().dataset.status, { timeout: 5_000 }).toBe('submitted')

    // The submission card with hostile ids; the site hears of the checkout once, with the id as sent.
    expect(widget().querySelector('.formtalk-submission')?.textContent).toContain(payload)
    expect(onCheckout).toHaveBeenCalledOnce()
    expect(onCheckout).toHaveBeenCalledWith(payload)
    expect(getCheckoutUrl).toHaveBeenCalledWith(payload)

    let allowedLink: string | undefined
    if (plan === 'https') {
      // A normal URL: the buyer is redirected once, and the card keeps a link that goes to the same place.
      const url = new URL(shopCheckoutUrl(payload)).href
      await expect.poll(() => navigate.mock.calls).toEqual([[url]])
      const link = screen.getByRole('link', { name: 'Continue to checkout' })
      await expect.element(link).toBeVisible()
      await expect.element(link).toHaveAttribute('href', url)
      await userEvent.click(link)
      expect(navigate).toHaveBeenCalledTimes(2)
      expect(navigate).toHaveBeenLastCalledWith(url)
      allowedLink = url
    } else {
      // A hostile URL: never followed, never linked; the buyer is told the checkout could not be opened.
      await expect.element(screen.getByText('The checkout could not be opened.')).toBeVisible()
      expect(widget().querySelector('.formtalk-submission a')).toBeNull()
      expect(navigate).not.toHaveBeenCalled()
    }
    expect(onCheckout).toHaveBeenCalledOnce()

    // Give any deferred handler (onerror of a failed image load, a timer) the chance to run.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(window.__pwned).toBeUndefined()
    expect(navigate.mock.calls.flat().every((url) => /^https:\/\/shop\.example\//.test(url))).toBe(true)
    expect(activeContent(widget(), allowedLink)).toEqual([])
  })
})

describe('the traps themselves', () => {
  it('fire and are detected when a payload is parsed as HTML (so a pass above means something)', async () => {
    const host = document.createElement('div')
    document.body.append(host)
    try {
      for (const [name, payload] of PAYLOADS) {
        if (name === 'img onerror' || name === 'attribute break-out + svg onload') {
          const element = document.createElement('div')
          // Deliberately unsafe: the control group.
          element.innerHTML = payload
          host.append(element)
        }
      }
      await expect.poll(() => window.__pwned, { timeout: 3_000 }).toBeDefined()
      expect(activeContent(host).length).toBeGreaterThan(0)
    } finally {
      host.remove()
    }
  })
})
