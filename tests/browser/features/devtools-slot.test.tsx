/**
 * The `devtools` slot: the widget renders what it is given after the thread
 * (a function gets the session, e.g. for `<ProtocolInspector store>`), and
 * the devtools code loads only when the app imports it (here lazily).
 */
import { Suspense, lazy } from 'react'
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../../src/components/styles.css'
import { InteractiveForm } from '../../../src/components/interactive-form'
import { contactForm } from '../../../src/emulator'
import { emulatedService, settled } from './emulator-widget'

const ProtocolInspector = lazy(() => import('../../../src/devtools').then((module) => ({ default: module.ProtocolInspector })))

describe('the devtools slot', () => {
  it('shows a lazily loaded ProtocolInspector for the session, after the thread and before the composer', async () => {
    const service = emulatedService()
    const screen = await render(
      <InteractiveForm
        formId={contactForm.id}
        client={service.client}
        devtools={(session) => (
          <Suspense fallback={null}>
            <ProtocolInspector store={session.store} />
          </Suspense>
        )}
      />,
    )
    await settled(screen.container)
    const summary = screen.getByText('Protocol inspector')
    await expect.element(summary).toBeVisible()
    const slot = screen.container.querySelector('.formtalk-devtools') as HTMLElement
    expect(slot.previousElementSibling?.classList.contains('formtalk-thread')).toBe(true)
    expect(slot.nextElementSibling?.classList.contains('formtalk-composer')).toBe(true)
    // It follows this session's store: the greeting is its first turn.
    await expect.poll(() => slot.querySelector('.formtalk-inspector-count')?.textContent).toMatch(/^1 turn, \d+ chunks$/)
    await userEvent.click(summary)
    await expect.element(screen.getByText(/^From the session store/)).toBeVisible()
  })

  it('renders nothing extra without it', async () => {
    const service = emulatedService()
    const screen = await render(<InteractiveForm formId={contactForm.id} client={service.client} />)
    await settled(screen.container)
    expect(screen.container.querySelector('.formtalk-devtools')).toBeNull()
  })
})
