import { describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../../src/components/styles.css'
import { createInteractiveFormClient } from '../../../src/api/client'
import type { InteractiveFormStreamEvent, ResponseChunk, TextChunk } from '../../../src/api/wire-types'
import { InteractiveForm } from '../../../src/components/interactive-form'
import type { TextPartProps } from '../../../src/components/part-props'
import { InteractiveFormProvider } from '../../../src/hooks/interactive-form-provider'
import { createFakeSession, endTurn, receive, renderWidget, sampleForm, startSession, text } from './harness'

const session = { id: 'session-1', formId: 'form-1', form: sampleForm }
const end: ResponseChunk = { chunkType: 'END_OF_RESPONSE', endOfResponseDetails: { success: true } }

function sse(events: InteractiveFormStreamEvent[]): Response {
  const body = events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('')
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } })
}

/** A fake Interactive Form Sessions endpoint: greets with a size question, then submits. */
function fakeService() {
  return vi.fn(async (url: string, init: RequestInit): Promise<Response> => {
    if (url.endsWith('/create-streamed')) {
      const greeting: TextChunk = { chunkType: 'TEXT', textDetails: { text: 'Hi! Which size would you like?' } }
      return sse([
        { responseChunk: greeting, interactiveFormSession: session },
        {
          responseChunk: {
            chunkType: 'SINGLE_SELECT_INPUT',
            singleSelectInputDetails: { fieldTarget: 'size', options: [{ value: 'S', label: 'Small' }, { value: 'L', label: 'Large' }] },
          },
        },
        { responseChunk: end },
      ])
    }
    if (url.endsWith('/send-user-message-streamed')) {
      const body = JSON.parse(String(init.body)) as { input?: string; currentValues?: Record<string, unknown> }
      return sse([
        {
          responseChunk: {
            chunkType: 'TEXT_DATA',
            textDataDetails: { fieldTarget: 'size', text: String(body.input), value: String(body.currentValues?.size), displayValue: String(body.input) },
          },
        },
        { responseChunk: { chunkType: 'SUBMISSION', submissionDetails: { submissionId: 'sub-7', checkoutId: 'chk-7' } } },
        { responseChunk: end },
      ])
    }
    return new Response(JSON.stringify({ message: 'not found' }), { status: 404, headers: { 'Content-Type': 'application/json' } })
  })
}

describe('<InteractiveForm> drop-in', () => {
  it('runs a whole conversation through its own client built from baseUrl + fetch, and hands the purchase to checkout once', async () => {
    const fetch = fakeService()
    const onCheckout = vi.fn()
    const onSubmitted = vi.fn()
    const navigate = vi.fn()
    const screen = await render(
      <InteractiveForm
        formId="form-1"
        baseUrl="/api/interactive-form-sessions"
        fetch={fetch}
        onCheckout={onCheckout}
        onSubmitted={onSubmitted}
        getCheckoutUrl={async (checkoutId) => `https://shop.example/checkout/${checkoutId}`}
        navigate={navigate}
      />,
    )
    await expect.element(screen.getByRole('log').getByText('Hi! Which size would you like?')).toBeVisible()
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/interactive-form-sessions/create-streamed')
    const large = screen.getByRole('radio', { name: 'Large' })
    await expect.element(large).toBeEnabled()
    await userEvent.click(large)

    await expect.element(screen.getByRole('log').getByText('Thank you! Your form was submitted.')).toBeVisible()
    // The schema came with the session: the chip says the field's label.
    await expect.element(screen.getByRole('log').getByText('Pizza size')).toBeVisible()
    const sent = JSON.parse(String(fetch.mock.calls[1]?.[1].body)) as { input: string; currentValues: Record<string, unknown> }
    expect(sent).toMatchObject({ input: 'Large', currentValues: { size: 'L' } })
    expect(onSubmitted).toHaveBeenCalledWith(expect.objectContaining({ submissionId: 'sub-7', checkoutId: 'chk-7' }))
    // The purchase happened here: the widget redirects by itself, once, and the link stays for a blocked navigation.
    await expect.poll(() => navigate.mock.calls).toEqual([['https://shop.example/checkout/chk-7']])
    await expect.element(screen.getByRole('link', { name: 'Continue to checkout' })).toHaveAttribute('href', 'https://shop.example/checkout/chk-7')
    expect(onCheckout).toHaveBeenCalledTimes(1)
    expect(onCheckout).toHaveBeenCalledWith('chk-7')
    await expect.element(screen.getByRole('textbox', { name: 'Message' })).toBeDisabled()
  })

  it('waits for the Start button with autoStart={false}', async () => {
    const fetch = fakeService()
    const screen = await render(<InteractiveForm formId="form-1" baseUrl="/api" fetch={fetch} autoStart={false} />)
    const start = screen.getByRole('button', { name: 'Start' })
    await expect.element(start).toBeVisible()
    expect(fetch).not.toHaveBeenCalled()
    await userEvent.click(start)
    await expect.element(screen.getByRole('log').getByText('Hi! Which size would you like?')).toBeVisible()
    await expect.element(start).not.toBeInTheDocument()
  })

  it('uses the client of an InteractiveFormProvider', async () => {
    const fetch = fakeService()
    const client = createInteractiveFormClient({ baseUrl: 'https://proxy.example/ifs', fetch })
    const screen = await render(
      <InteractiveFormProvider client={client}>
        <InteractiveForm formId="form-1" />
      </InteractiveFormProvider>,
    )
    await expect.element(screen.getByRole('log').getByText('Hi! Which size would you like?')).toBeVisible()
    expect(fetch.mock.calls[0]?.[0]).toBe('https://proxy.example/ifs/create-streamed')
  })

  it('lets `components` replace a renderer and `labels` rename the message box', async () => {
    function ShoutingText({ item }: TextPartProps) {
      return <p data-testid="shout">{item.segments.map((segment) => segment.text).join('').toUpperCase()}</p>
    }
    const screen = await render(
      <InteractiveForm
        formId="form-1"
        fetch={fakeService()}
        baseUrl="/api"
        components={{ TEXT: ShoutingText }}
        labels={{ message: 'Votre message', send: 'Envoyer' }}
      />,
    )
    await expect.element(screen.getByTestId('shout')).toHaveTextContent('HI! WHICH SIZE WOULD YOU LIKE?')
    expect(screen.container.querySelector('.formtalk-text')).toBeNull()
    await expect.element(screen.getByRole('textbox', { name: 'Votre message' })).toBeVisible()
    await expect.element(screen.getByRole('button', { name: 'Envoyer' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Message', exact: true }).query()).toBeNull()
  })
})

describe('theme and direction', () => {
  it('sets data-theme and changes the colours', async () => {
    const fake = createFakeSession()
    startSession(fake)
    receive(fake, text('Hello'))
    endTurn(fake)
    const light = await renderWidget(fake, { theme: 'light', className: 'my-form' })
    const root = light.container.querySelector('.formtalk') as HTMLElement
    expect(root.getAttribute('data-theme')).toBe('light')
    expect(root.classList.contains('my-form')).toBe(true)
    const lightBackground = getComputedStyle(root).backgroundColor
    await light.unmount()

    const dark = await renderWidget(fake, { theme: 'dark' })
    const darkRoot = dark.container.querySelector('.formtalk') as HTMLElement
    expect(darkRoot.getAttribute('data-theme')).toBe('dark')
    expect(getComputedStyle(darkRoot).backgroundColor).not.toBe(lightBackground)
    expect(getComputedStyle(darkRoot).backgroundColor).toBe('rgb(22, 23, 27)')
  })

  it('lays out right-to-left with dir="rtl"', async () => {
    const fake = createFakeSession()
    startSession(fake)
    receive(fake, text('مرحبا! ما اسمك؟'))
    endTurn(fake)
    await fake.send('اسمي آنا')
    receive(fake, {
      chunkType: 'SINGLE_SELECT_INPUT',
      singleSelectInputDetails: { fieldTarget: 'size', options: [{ value: 'S', label: 'صغير' }, { value: 'L', label: 'كبير' }] },
    })
    endTurn(fake)
    const screen = await renderWidget(fake, { dir: 'rtl' })
    const root = screen.container.querySelector('.formtalk') as HTMLElement
    expect(root.getAttribute('dir')).toBe('rtl')
    const log = screen.getByRole('log').element().getBoundingClientRect()
    const assistant = screen.container.querySelector('.formtalk-text')!.getBoundingClientRect()
    const user = screen.container.querySelector('.formtalk-user')!.getBoundingClientRect()
    // Assistant bubbles start at the right edge, the user's at the left.
    expect(Math.abs(log.right - assistant.right)).toBeLessThan(Math.abs(assistant.left - log.left))
    expect(Math.abs(user.left - log.left)).toBeLessThan(Math.abs(log.right - user.right))
    // Arrow keys follow the reading direction: ArrowLeft moves to the next option.
    const small = screen.getByRole('radio', { name: 'صغير' })
    small.element().focus()
    await userEvent.keyboard('{ArrowLeft}')
    await expect.element(screen.getByRole('radio', { name: 'كبير' })).toHaveFocus()
  })
})
