/**
 * `persist` in the drop-in, in Chromium: a reload restores the conversation
 * and offers to continue or start over.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { userEvent } from 'vitest/browser'
import '../../../src/components/styles.css'
import { InteractiveForm } from '../../../src/components/interactive-form'
import { contactForm } from '../../../src/emulator'
import { createSessionPersistence } from '../../../src/persist'
import { axeViolations, emulatedService } from './emulator-widget'

function memoryStorage() {
  const saved = new Map<string, string>()
  return {
    getItem: (key: string) => saved.get(key) ?? null,
    setItem: (key: string, value: string) => void saved.set(key, value),
    removeItem: (key: string) => void saved.delete(key),
  }
}

async function visit(service: ReturnType<typeof emulatedService>, persist: ReturnType<typeof createSessionPersistence>) {
  const screen = await render(<InteractiveForm formId={contactForm.id} client={service.client} persist={persist} progress={false} />)
  const log = screen.getByRole('log')
  return { screen, log, textbox: screen.getByRole('textbox', { name: 'Message' }) }
}

afterEach(() => {
  window.sessionStorage.clear()
})

describe('resume with persist', () => {
  it("keeps the conversation in the page's sessionStorage by default, under formtalk:<formId>, and restores it from there", async () => {
    const service = emulatedService()
    const key = `formtalk:${contactForm.id}`
    window.sessionStorage.clear()
    const first = await visit(service, createSessionPersistence())
    await userEvent.click(first.textbox)
    await userEvent.keyboard('Ada{Enter}')
    await expect.element(first.log.getByRole('mark')).toBeVisible()
    await expect.poll(() => first.screen.container.querySelector<HTMLElement>('.formtalk')?.dataset.status).toBe('ready')
    const sessionId = service.emulator.sessions()[0]?.id
    await expect.poll(() => window.sessionStorage.getItem(key)).toContain(`"id":"${sessionId}"`)
    expect(window.sessionStorage.getItem(key)).toContain('Ada')
    await first.screen.unmount()

    // The reload, with a new factory as a reloaded page would make: it reads what the first wrote.
    const second = await visit(service, createSessionPersistence())
    await expect.element(second.screen.getByText('Welcome back: your conversation is where you left it.')).toBeVisible()
    await expect.element(second.log.getByRole('mark')).toBeVisible()
    expect(service.emulator.sessions()).toHaveLength(1)

    // Starting over forgets it in storage too: what is kept now is the new session.
    await userEvent.click(second.screen.getByRole('button', { name: 'Start a new form' }))
    await expect.poll(() => service.emulator.sessions().length).toBe(2)
    const newSessionId = service.emulator.sessions()[1]?.id
    await expect.poll(() => window.sessionStorage.getItem(key)).toContain(`"id":"${newSessionId}"`)
    expect(window.sessionStorage.getItem(key)).not.toContain(`"id":"${sessionId}"`)
  })

  it('restores the conversation after a reload and Continue keeps going in the same session', async () => {
    const service = emulatedService()
    const persist = createSessionPersistence({ storage: memoryStorage() })
    const first = await visit(service, persist)
    await expect.element(first.log.getByText("What's your first name?", { exact: false })).toBeVisible()
    expect(first.screen.getByRole('status').elements().some((element) => element.classList.contains('formtalk-resume'))).toBe(false)
    await userEvent.click(first.textbox)
    await userEvent.keyboard('Ada{Enter}')
    await expect.element(first.log.getByRole('mark')).toBeVisible()
    await expect.poll(() => first.screen.container.querySelector<HTMLElement>('.formtalk')?.dataset.status).toBe('ready')
    await first.screen.unmount()

    // The reload.
    const second = await visit(service, persist)
    const notice = second.screen.getByText('Welcome back: your conversation is where you left it.')
    await expect.element(notice).toBeVisible()
    await expect.element(second.log.getByRole('mark')).toBeVisible()
    expect(service.emulator.sessions()).toHaveLength(1)
    expect(await axeViolations(second.screen.container)).toEqual([])

    await userEvent.click(second.screen.getByRole('button', { name: 'Continue' }))
    await expect.element(notice).not.toBeInTheDocument()
    await userEvent.click(second.textbox)
    await userEvent.keyboard('Lovelace{Enter}')
    await expect.poll(() => service.emulator.sessions()[0]?.values).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace' })
    expect(service.emulator.sessions()).toHaveLength(1)
  })

  it('Start a new form drops the restored conversation for a fresh session', async () => {
    const service = emulatedService()
    const persist = createSessionPersistence({ storage: memoryStorage() })
    const first = await visit(service, persist)
    await userEvent.click(first.textbox)
    await userEvent.keyboard('Ada{Enter}')
    await expect.element(first.log.getByRole('mark')).toBeVisible()
    await expect.poll(() => first.screen.container.querySelector<HTMLElement>('.formtalk')?.dataset.status).toBe('ready')
    await first.screen.unmount()

    const second = await visit(service, persist)
    await userEvent.click(second.screen.getByRole('button', { name: 'Start a new form' }))
    await expect.element(second.screen.getByText('Welcome back: your conversation is where you left it.')).not.toBeInTheDocument()
    await expect.poll(() => service.emulator.sessions().length).toBe(2)
    await expect.element(second.log.getByText('Ada', { exact: true }).first()).not.toBeInTheDocument()
    await expect.element(second.log.getByText("What's your first name?", { exact: false })).toBeVisible()
  })
})
