/**
 * The checkout handoff of a purchase, in Chromium: `onCheckout` once per
 * submission, `getCheckoutUrl` resolved and followed once (http(s) only, the
 * link staying visible), and with `persist` the completed order on return.
 */
import { describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../../src/components/styles.css'
import type { InteractiveFormStreamEvent, ResponseChunk } from '../../../src/api/wire-types'
import { InteractiveForm } from '../../../src/components/interactive-form'
import type { InteractiveFormProps } from '../../../src/components/interactive-form'
import { createSessionPersistence } from '../../../src/persist'
import { axeViolations, settled } from './emulator-widget'

const end: ResponseChunk = { chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: true } }

function sse(events: InteractiveFormStreamEvent[]): Response {
  return new Response(events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join(''), { headers: { 'Content-Type': 'text/event-stream' } })
}

/** A shop's form: the greeting asks for the order, the first answer submits it with a checkout id. */
function shop() {
  const calls: string[] = []
  const fetch = vi.fn(async (url: string): Promise<Response> => {
    // This service knows no form schema (the widget asks for it once a session exists).
    if (url.includes('/form-schema-service/')) return new Response('{"message":"not found"}', { status: 404 })
    calls.push(url.endsWith('/create-streamed') ? 'create' : 'send')
    if (url.endsWith('/create-streamed')) {
      return sse([
        { responseChunk: { chunkType: 'TEXT', textDetails: { text: 'What would you like to order?' } }, interactiveFormSession: { id: 'session-1', formId: 'shop' } },
        { responseChunk: end },
      ])
    }
    return sse([
      { responseChunk: { chunkType: 'TEXT', textDetails: { text: 'Order placed.' } } },
      { responseChunk: { chunkType: 'SUBMISSION', submissionDetails: { submissionId: 'sub-42', checkoutId: 'chk-42' } } },
      { responseChunk: end },
    ])
  })
  return { fetch, calls }
}

async function buy(props: Partial<InteractiveFormProps> = {}) {
  const service = shop()
  const screen = await render(<InteractiveForm formId="shop" baseUrl="/api/forms" fetch={service.fetch} progress={false} {...props} />)
  await settled(screen.container)
  await userEvent.fill(screen.getByRole('textbox', { name: 'Message' }), 'Two mugs')
  await userEvent.keyboard('{Enter}')
  await settled(screen.container, /^submitted$/)
  return { service, screen }
}

describe('checkout handoff', () => {
  it('calls onCheckout once, resolves getCheckoutUrl once and redirects once; the link stays visible', async () => {
    const onCheckout = vi.fn()
    const navigate = vi.fn()
    const getCheckoutUrl = vi.fn(async (checkoutId: string) => `https://shop.example/checkout?id=${checkoutId}`)
    const { screen } = await buy({ onCheckout, navigate, getCheckoutUrl })
    await expect.poll(() => navigate.mock.calls).toEqual([['https://shop.example/checkout?id=chk-42']])
    const link = screen.getByRole('link', { name: 'Continue to checkout' })
    await expect.element(link).toHaveAttribute('href', 'https://shop.example/checkout?id=chk-42')
    expect(onCheckout.mock.calls).toEqual([['chk-42']])
    expect(getCheckoutUrl).toHaveBeenCalledTimes(1)

    // Re-rendering with new inline callbacks neither resolves nor redirects again; the link still works on demand.
    await screen.rerender(<InteractiveForm formId="shop" baseUrl="/api/forms" fetch={vi.fn()} progress={false} onCheckout={onCheckout} navigate={navigate} getCheckoutUrl={getCheckoutUrl} />)
    await userEvent.click(link)
    expect(navigate).toHaveBeenCalledTimes(2)
    expect(getCheckoutUrl).toHaveBeenCalledTimes(1)
    expect(onCheckout).toHaveBeenCalledTimes(1)
    expect(await axeViolations(screen.container)).toEqual([])
  })

  it('follows only http(s) URLs: anything else is an error message, with no navigation and no link', async () => {
    const navigate = vi.fn()
    const { screen } = await buy({ navigate, getCheckoutUrl: () => 'javascript:alert(document.domain)' })
    await expect.element(screen.getByText('The checkout could not be opened.')).toBeVisible()
    expect(screen.getByRole('link').query()).toBeNull()
    expect(screen.container.querySelector('a[href^="javascript"]')).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(navigate).not.toHaveBeenCalled()
  })

  it('says so when getCheckoutUrl fails, and Retry tries again (then redirects)', async () => {
    const navigate = vi.fn()
    const getCheckoutUrl = vi.fn<(checkoutId: string) => Promise<string>>()
    getCheckoutUrl.mockRejectedValueOnce(new Error('eCommerce API down')).mockResolvedValueOnce('/checkout/chk-42')
    const { screen } = await buy({ navigate, getCheckoutUrl })
    await expect.element(screen.getByText('The checkout could not be opened.')).toBeVisible()
    expect(navigate).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    // A relative URL resolves against the page.
    const expected = new URL('/checkout/chk-42', location.href).href
    await expect.poll(() => navigate.mock.calls).toEqual([[expected]])
    await expect.element(screen.getByRole('link', { name: 'Continue to checkout' })).toHaveAttribute('href', expected)
  })

  it('with onCheckout alone: called once, and the card shows no checkout action (the app redirects)', async () => {
    const onCheckout = vi.fn()
    const { screen } = await buy({ onCheckout })
    await expect.element(screen.getByRole('log').getByText('Reference: sub-42')).toBeVisible()
    expect(onCheckout.mock.calls).toEqual([['chk-42']])
    expect(screen.getByRole('link', { name: 'Continue to checkout' }).query()).toBeNull()
    expect(screen.getByRole('button', { name: 'Continue to checkout' }).query()).toBeNull()
  })

  it('with persist, coming back shows the completed order instead of a fresh form, until the user starts a new one', async () => {
    const saved = new Map<string, string>()
    const storage = { getItem: (key: string) => saved.get(key) ?? null, setItem: (key: string, value: string) => void saved.set(key, value), removeItem: (key: string) => void saved.delete(key) }
    const persist = createSessionPersistence({ storage })
    const navigate = vi.fn()
    const getCheckoutUrl = (checkoutId: string) => `https://shop.example/checkout/${checkoutId}`
    const first = await buy({ persist, navigate, getCheckoutUrl })
    await expect.poll(() => navigate.mock.calls.length).toBe(1)
    await first.screen.unmount()

    // The next visit.
    const service = shop()
    const screen = await render(
      <InteractiveForm formId="shop" baseUrl="/api/forms" fetch={service.fetch} progress={false} persist={persist} navigate={navigate} getCheckoutUrl={getCheckoutUrl} />,
    )
    await expect.element(screen.getByText('You already completed this form.')).toBeVisible()
    await expect.element(screen.getByText('Reference: sub-42')).toBeVisible()
    await expect.element(screen.getByRole('link', { name: 'Continue to checkout' })).toHaveAttribute('href', 'https://shop.example/checkout/chk-42')
    await new Promise((resolve) => setTimeout(resolve, 100))
    // No new session, no second redirect, no chat.
    expect(service.calls).toEqual([])
    expect(navigate).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('textbox', { name: 'Message' }).query()).toBeNull()
    expect(await axeViolations(screen.container)).toEqual([])

    await userEvent.click(screen.getByRole('button', { name: 'Start a new form' }))
    await expect.element(screen.getByRole('log').getByText('What would you like to order?')).toBeVisible()
    expect(service.calls).toEqual(['create'])
    await expect.element(screen.getByRole('textbox', { name: 'Message' })).toBeEnabled()
  })
})
