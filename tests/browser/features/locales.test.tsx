/**
 * The built-in locales in the drop-in, in Chromium: picked by `locale`,
 * overridden string by string with `labels`, Hebrew laid out right to left.
 */
import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import '../../../src/components/styles.css'
import { InteractiveForm } from '../../../src/components/interactive-form'
import type { InteractiveFormProps } from '../../../src/components/interactive-form'
import { contactForm } from '../../../src/emulator'
import { de, es, he } from '../../../src/locales'
import { axeViolations, emulatedService, settled } from './emulator-widget'

async function renderIn(props: Partial<InteractiveFormProps>, width = 800) {
  const service = emulatedService()
  const screen = await render(
    <div style={{ inlineSize: `${width}px` }}>
      <InteractiveForm formId={contactForm.id} client={service.client} {...props} />
    </div>,
  )
  await settled(screen.container)
  return screen
}

describe('locales', () => {
  it('Spanish: every part of the widget speaks it', async () => {
    const screen = await renderIn({ locale: es })
    await expect.element(screen.getByRole('region', { name: 'Asistente del formulario' })).toBeVisible()
    await expect.element(screen.getByRole('log', { name: 'Conversación' })).toBeVisible()
    await expect.element(screen.getByRole('textbox', { name: 'Mensaje' })).toHaveAttribute('placeholder', 'Escribe tu respuesta…')
    await expect.element(screen.getByRole('button', { name: 'Enviar' })).toBeVisible()
    const panel = screen.getByRole('region', { name: 'Tu progreso' })
    await expect.element(panel.getByText('0 de 5 campos obligatorios completados (0 %)')).toBeVisible()
    await expect.element(panel.getByRole('listitem').first()).toHaveTextContent('First name (obligatorio)Sin responder')
  })

  it('German with a few strings of your own on top', async () => {
    const screen = await renderIn({ locale: de, labels: { send: 'Los', progressTitle: 'Stand' } })
    await expect.element(screen.getByRole('button', { name: 'Los' })).toBeVisible()
    await expect.element(screen.getByRole('textbox', { name: 'Nachricht' })).toBeVisible()
    await expect.element(screen.getByRole('region', { name: 'Stand' }).getByText('0 von 5 Pflichtfeldern ausgefüllt (0 %)')).toBeVisible()
  })

  it('a Labels object of your own works as the locale', async () => {
    const screen = await renderIn({ locale: { ...es, send: 'Mandar' } })
    await expect.element(screen.getByRole('button', { name: 'Mandar' })).toBeVisible()
    await expect.element(screen.getByRole('textbox', { name: 'Mensaje' })).toBeVisible()
  })

  it('Hebrew: right to left (the panel on the left), no axe violations; dir="ltr" still wins', async () => {
    const screen = await renderIn({ locale: he })
    const root = screen.container.querySelector('.formtalk') as HTMLElement
    expect(root.getAttribute('dir')).toBe('rtl')
    expect(root.getAttribute('lang')).toBe('he')
    await expect.element(screen.getByRole('textbox', { name: 'הודעה' })).toBeVisible()
    const panel = screen.getByRole('region', { name: 'ההתקדמות שלכם' })
    await expect.element(panel).toBeVisible()
    expect(panel.element().getBoundingClientRect().right).toBeLessThanOrEqual(screen.getByRole('log').element().getBoundingClientRect().left + 1)
    expect(await axeViolations(screen.container)).toEqual([])
    await screen.unmount()

    const forced = await renderIn({ locale: he, dir: 'ltr' })
    expect(forced.container.querySelector('.formtalk')?.getAttribute('dir')).toBe('ltr')
  })
})
