/**
 * What a user does in a conversation story, as play-function steps: type
 * and press Enter, click an option, toggle chips and confirm, enter a
 * number. Each step that sends waits until the reply has finished.
 */
import { expect, userEvent, waitFor, within } from 'storybook/test'

/** A reply from the in-page emulator takes milliseconds; this is slack for a loaded CI machine. */
const REPLY_TIMEOUT_MS = 5_000

function lastEnabled<T extends HTMLElement>(elements: T[], what: string): T {
  const enabled = elements.filter((element) => !element.matches(':disabled'))
  const last = enabled[enabled.length - 1]
  if (!last) throw new Error(`No enabled ${what} on the page`)
  return last
}

export function conversation(canvasElement: HTMLElement) {
  const canvas = within(canvasElement)
  let sent = 0

  const widget = () => {
    const root = canvasElement.querySelector<HTMLElement>('.formtalk')
    if (!root) throw new Error('The widget is not on the page')
    return root
  }

  /** Every message the user sent is delivered and the assistant has finished its reply. */
  const settled = () =>
    waitFor(
      () => {
        const root = widget()
        const messages = [...root.querySelectorAll<HTMLElement>('.formtalk-user')]
        expect(messages).toHaveLength(sent)
        expect(messages.every((message) => message.dataset.delivery === 'sent')).toBe(true)
        expect(root.dataset.status).toMatch(/^(ready|submitted)$/)
      },
      { timeout: REPLY_TIMEOUT_MS },
    )

  return {
    canvas,
    /** Queries inside the conversation log only (the hidden announcer repeats finished turns). */
    log: () => within(canvas.getByRole('log')),
    /** The greeting names the form. */
    async greeted(formName: string) {
      await expect(await canvas.findByText(formName, { selector: 'strong' }, { timeout: REPLY_TIMEOUT_MS })).toBeVisible()
      await settled()
    },
    /** Waits until every message sent is delivered and the reply has finished. */
    settled,
    /** Types a message and presses Enter, without waiting for the reply (for failures). */
    async send(message: string) {
      await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), `${message}{Enter}`)
      sent += 1
    },
    /** Types a message and presses Enter. */
    async say(message: string) {
      await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), `${message}{Enter}`)
      sent += 1
      await settled()
    },
    /** Clicks an option of the open single-select prompt. */
    async choose(option: string) {
      await userEvent.click(lastEnabled(canvas.getAllByRole('radio', { name: option }), `option “${option}”`))
      sent += 1
      await settled()
    },
    /** Toggles chips of the open multi-select prompt, types a value of one's own if given, and confirms. */
    async pickSeveral(options: readonly string[], other?: string) {
      for (const option of options) await userEvent.click(lastEnabled(canvas.getAllByRole('button', { name: option }), `chip “${option}”`))
      if (other !== undefined) await userEvent.type(lastEnabled(canvas.getAllByRole('textbox', { name: 'Other' }), 'Other box'), other)
      await userEvent.click(lastEnabled(canvas.getAllByRole('button', { name: 'Confirm' }), 'Confirm button'))
      sent += 1
      await settled()
    },
    /** The open number prompt named `label`. */
    numberBox(label: string) {
      return lastEnabled(canvas.getAllByRole('textbox', { name: label }), `number box “${label}”`)
    },
    /** Types a number into the open number prompt and presses Enter; a refused number is not sent. */
    async enterNumber(label: string, value: string, options: { refused?: string } = {}) {
      const box = lastEnabled(canvas.getAllByRole('textbox', { name: label }), `number box “${label}”`)
      await userEvent.clear(box)
      await userEvent.type(box, `${value}{Enter}`)
      if (options.refused !== undefined) {
        await expect(await canvas.findByRole('alert')).toHaveTextContent(options.refused)
        return
      }
      sent += 1
      await settled()
    },
    /** Confirms the open number prompt as it stands (after using the stepper). */
    async confirmNumber() {
      await userEvent.click(lastEnabled(canvas.getAllByRole('button', { name: 'Confirm' }), 'Confirm button'))
      sent += 1
      await settled()
    },
    /** The captured-value chips, label → shown value, in order. */
    captured(): Record<string, string> {
      const chips = [...widget().querySelectorAll('.formtalk-captured')]
      return Object.fromEntries(
        chips.map((chip) => [chip.querySelector('.formtalk-captured-label')?.textContent ?? '', chip.querySelector('.formtalk-captured-value')?.textContent ?? '']),
      )
    },
    /** The submission card is shown with this reference, and the message box is closed. */
    async submitted(submissionId: string) {
      await expect(canvas.getByText('Thank you! Your form was submitted.')).toBeVisible()
      await expect(canvas.getByText(`Reference: ${submissionId}`)).toBeVisible()
      await expect(canvas.getByRole('textbox', { name: 'Message' })).toBeDisabled()
      await expect(widget().dataset.status).toBe('submitted')
    },
  }
}

/** Every session request went to the streamed methods, or every one to the standard ones. */
export async function expectTransport(requestLog: readonly string[], streaming: boolean) {
  const sessionRequests = requestLog.filter((path) => path.includes('/interactive-form-sessions'))
  await expect(sessionRequests.length).toBeGreaterThan(1)
  for (const path of sessionRequests) await expect(path.endsWith('-streamed')).toBe(streaming)
}
