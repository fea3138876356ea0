/**
 * Form progress in the drop-in, in Chromium against the emulator: a side
 * panel on wide widgets, a compact bar on narrow ones, following what the
 * server captured; the schema comes with the session or through the client.
 */
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../../src/components/styles.css'
import { createInteractiveFormClient } from '../../../src/api/client'
import { InteractiveForm } from '../../../src/components/interactive-form'
import type { InteractiveFormProps } from '../../../src/components/interactive-form'
import { contactForm } from '../../../src/emulator'
import { BASE_URL, axeViolations, emulatedService, settled } from './emulator-widget'

async function renderAt(width: number, props: Partial<InteractiveFormProps> = {}) {
  const service = emulatedService()
  const screen = await render(
    <div style={{ inlineSize: `${width}px` }}>
      <InteractiveForm formId={contactForm.id} client={service.client} {...props} />
    </div>,
  )
  await expect.element(screen.getByRole('log').getByText('Contact us', { exact: true })).toBeVisible()
  await settled(screen.container)
  return { service, screen }
}

async function say(screen: Awaited<ReturnType<typeof render>>, words: string) {
  await userEvent.fill(screen.getByRole('textbox', { name: 'Message' }), words)
  await userEvent.keyboard('{Enter}')
  await settled(screen.container)
}

describe('form progress in the drop-in', () => {
  it('is a side panel beside the chat on a wide widget, listing the fields in order and following the server', async () => {
    const { screen } = await renderAt(800)
    const panel = screen.getByRole('region', { name: 'Your progress' })
    await expect.element(panel).toBeVisible()
    expect(screen.container.querySelector('.formtalk')?.getAttribute('data-progress')).toBe('panel')
    const labels = panel.getByRole('listitem').elements().map((row) => row.querySelector('.formtalk-progress-label')?.textContent)
    expect(labels).toEqual(['First name', 'Last name', 'Email', 'Phone', 'Topic', 'Message', 'Send me the monthly newsletter'])
    await expect.element(panel.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0')
    await expect.element(panel.getByText('0 of 5 required fields done (0%)')).toBeVisible()

    // Beside the log, at the inline end.
    const log = screen.getByRole('log').element().getBoundingClientRect()
    const side = panel.element().getBoundingClientRect()
    expect(side.left).toBeGreaterThanOrEqual(log.right - 1)

    await say(screen, "I'm Ada Lovelace, ada@example.com")
    await expect.element(panel.getByText('3 of 5 required fields done (60%)')).toBeVisible()
    await expect.element(panel.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '60')
    const email = panel.getByRole('listitem').filter({ hasText: 'Email' })
    await expect.element(email).toHaveAttribute('data-state', 'captured')
    await expect.element(email).toHaveTextContent('Answered: ada@example.com')
    await expect.element(panel.getByRole('listitem').filter({ hasText: 'Topic' })).toHaveTextContent('Not answered yet')
  })

  it('is a compact bar above the chat on a narrow widget, with the list behind a disclosure', async () => {
    const { screen } = await renderAt(420)
    expect(screen.container.querySelector('.formtalk')?.getAttribute('data-progress')).toBe('bar')
    expect(screen.getByRole('region', { name: 'Your progress' }).query()).toBeNull()
    const bar = screen.getByRole('progressbar', { name: 'Your progress' })
    await expect.element(bar).toHaveAttribute('aria-valuetext', '0 of 5 required fields done (0%)')
    await expect.element(screen.getByText('0 of 5 required', { exact: true })).toBeVisible()
    // Above the log.
    expect(bar.element().getBoundingClientRect().bottom).toBeLessThanOrEqual(screen.getByRole('log').element().getBoundingClientRect().top + 1)

    const list = screen.container.querySelector('.formtalk-progress-bar .formtalk-progress-fields') as HTMLElement
    expect(list.checkVisibility()).toBe(false)
    await userEvent.click(screen.getByText('Show all fields'))
    await expect.element(list).toBeVisible()

    await say(screen, "I'm Ada Lovelace")
    await expect.element(screen.getByText('2 of 5 required', { exact: true })).toBeVisible()
    await expect.element(bar).toHaveAttribute('aria-valuenow', '40')
  })

  it('switches between the two as the widget is resized', async () => {
    const { screen } = await renderAt(800)
    const frame = screen.container.firstElementChild as HTMLElement
    const root = screen.container.querySelector('.formtalk') as HTMLElement
    expect(root.dataset.progress).toBe('panel')
    frame.style.inlineSize = '500px'
    await expect.poll(() => root.dataset.progress).toBe('bar')
    frame.style.inlineSize = '900px'
    await expect.poll(() => root.dataset.progress).toBe('panel')
  })

  it('fetches the schema through the client when the session does not carry it', async () => {
    const service = emulatedService()
    const schemaRequests: string[] = []
    // The standard (JSON) replies, with the session's `form` taken out: the hook must ask the Forms API path.
    const client = createInteractiveFormClient({
      baseUrl: BASE_URL,
      fetch: async (url, init) => {
        if (url.includes('/form-schema-service/')) schemaRequests.push(new URL(url).pathname)
        const response = await service.emulator.fetch(url, init)
        if (!url.endsWith('/interactive-form-sessions')) return response
        const body = (await response.json()) as { interactiveFormSession: { form?: unknown } }
        delete body.interactiveFormSession.form
        return new Response(JSON.stringify(body), { status: response.status, headers: { 'Content-Type': 'application/json' } })
      },
    })
    const screen = await render(
      <div style={{ inlineSize: '800px' }}>
        <InteractiveForm formId={contactForm.id} client={client} streaming={false} />
      </div>,
    )
    await expect.element(screen.getByRole('region', { name: 'Your progress' })).toBeVisible()
    expect(schemaRequests).toEqual([`/form-schema-service/v4/forms/${contactForm.id}`])
  })

  it('is off with progress={false}, and not shown before a schema is known', async () => {
    const { screen } = await renderAt(800, { progress: false })
    expect(screen.getByRole('progressbar').query()).toBeNull()
    expect(screen.container.querySelector('.formtalk')?.getAttribute('data-progress')).toBe('none')

    const never = createInteractiveFormClient({ baseUrl: BASE_URL, fetch: () => new Promise<Response>(() => {}) })
    const waiting = await render(<InteractiveForm formId={contactForm.id} client={never} />)
    await expect.poll(() => waiting.container.querySelector('.formtalk')?.getAttribute('data-status')).toBe('starting')
    expect(waiting.getByRole('progressbar').query()).toBeNull()
  })

  it('has no axe violations as a panel and as a bar, light and dark', async () => {
    for (const width of [800, 420]) {
      for (const theme of ['light', 'dark'] as const) {
        const { screen } = await renderAt(width, { theme })
        await say(screen, "I'm Ada Lovelace, nope@")
        if (width === 420) await userEvent.click(screen.getByText('Show all fields'))
        expect(await axeViolations(screen.container)).toEqual([])
        await screen.unmount()
      }
    }
  })
})
