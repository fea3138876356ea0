import { useState } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { FAULT_NAMES, SAMPLE_FORM_IDS, createEmulator } from '../src/emulator'
import type { EmulatorSubmission, FaultName, FaultSelector } from '../src/emulator'
import { de, en, es, he } from '../src/locales'
import { conversation } from './support/conversation-steps'
import { EmulatorForm } from './support/emulator-form'

type SampleForm = keyof typeof SAMPLE_FORM_IDS

/** The built-in label sets, by the name the locale control shows. */
const LOCALES = { en, es, de, he }
type LocaleName = keyof typeof LOCALES
const LOCALE_NAMES: Record<LocaleName, string> = { en: 'English', es: 'Español', de: 'Deutsch', he: 'עברית (right to left)' }
type FaultTarget = 'first message' | 'greeting' | 'every request'

interface PlaygroundArgs {
  /** Which sample form the emulator serves. */
  form: SampleForm
  /** Streamed replies (server-sent events) or one JSON body per reply. */
  streaming: boolean
  /** The emulator's pause between two streamed events, in ms. */
  chunkDelayMs: number
  /** A failure the emulator injects. */
  fault: 'none' | FaultName
  /** Which requests the fault hits. */
  faultOn: FaultTarget
  /** Run the flow without a real submission. */
  dryRun: boolean
  /** Start on mount, or wait for the Start button. */
  autoStart: boolean
  /** The emulator adds DEBUG chunks and the widget shows them. */
  debug: boolean
  theme: 'light' | 'dark' | 'auto'
  /** `locale` leaves the direction to the label set (right to left for Hebrew); `ltr` / `rtl` force one. */
  dir: 'locale' | 'ltr' | 'rtl'
  /** A built-in label set, passed as `locale`. */
  locale: LocaleName
}

const FORM_NAMES: Record<SampleForm, string> = {
  contact: 'Contact us',
  eventRegistration: 'Summer Tech Meetup 2027 registration',
  purchase: 'Formtalk merch store',
  feedbackSurvey: 'Product feedback survey',
}

function faultSelector(fault: PlaygroundArgs['fault'], target: FaultTarget): FaultSelector | undefined {
  if (fault === 'none') return undefined
  let done = false
  return (request) => {
    if (done) return undefined
    const greeting = request.endpoint.startsWith('create')
    if (target === 'every request') return fault
    if (target === 'greeting' ? !greeting : greeting) return undefined
    done = true
    return fault
  }
}

/** One mount = one emulator and one session; the story remounts this on every arg change. */
function PlaygroundWidget(args: PlaygroundArgs) {
  const [emulator] = useState(() => createEmulator({ chunkDelayMs: args.chunkDelayMs, debug: args.debug, faults: faultSelector(args.fault, args.faultOn) }))
  const [stored, setStored] = useState<EmulatorSubmission[]>([])
  const [checkout, setCheckout] = useState<string | null>(null)
  const [redirect, setRedirect] = useState<string | null>(null)
  return (
    <div style={{ display: 'grid', gap: '1rem', fontFamily: 'system-ui, sans-serif' }}>
      <EmulatorForm
        emulator={emulator}
        formId={SAMPLE_FORM_IDS[args.form]}
        streaming={args.streaming}
        dryRun={args.dryRun}
        autoStart={args.autoStart}
        debug={args.debug}
        theme={args.theme}
        dir={args.dir === 'locale' ? undefined : args.dir}
        locale={LOCALES[args.locale]}
        onSubmitted={() => setStored(emulator.submissions({ includeDryRuns: true }))}
        onCheckout={setCheckout}
        getCheckoutUrl={(checkoutId) => `https://shop.example/checkout/${checkoutId}`}
        navigate={setRedirect}
      />
      <section aria-label="What the emulator stored" style={{ inlineSize: '32rem', maxInlineSize: '100%' }}>
        <h2 style={{ fontSize: '1rem', margin: 0 }}>What the emulator stored</h2>
        {stored.length === 0 ? <p>Nothing submitted yet.</p> : <pre style={{ whiteSpace: 'pre-wrap' }}>{JSON.stringify(stored, null, 2)}</pre>}
        {checkout && <p>onCheckout was told of the checkout {checkout}.</p>}
        {redirect && <p>The widget would now leave for {redirect}.</p>}
      </section>
    </div>
  )
}

/**
 * The widget against the emulator in the page, every option a control.
 * Changing any control starts a fresh emulator and session.
 */
const meta = {
  title: 'Playground',
  args: {
    form: 'contact',
    streaming: true,
    chunkDelayMs: 30,
    fault: 'none',
    faultOn: 'first message',
    dryRun: false,
    autoStart: true,
    debug: false,
    theme: 'auto',
    dir: 'locale',
    locale: 'en',
  },
  argTypes: {
    form: { control: { type: 'select', labels: FORM_NAMES }, options: Object.keys(SAMPLE_FORM_IDS), description: 'The sample form the emulator serves.' },
    streaming: { control: 'boolean', description: 'Streamed replies (server-sent events) or one JSON body per reply.' },
    chunkDelayMs: { control: { type: 'range', min: 0, max: 300, step: 10 }, description: 'Pause between two streamed events, in ms.' },
    fault: { control: 'select', options: ['none', ...FAULT_NAMES], description: 'A failure the emulator injects.' },
    faultOn: {
      control: 'inline-radio',
      options: ['first message', 'greeting', 'every request'],
      description: 'Which requests the fault hits.',
      if: { arg: 'fault', neq: 'none' },
    },
    dryRun: { control: 'boolean', description: 'Run the whole flow without a real submission.' },
    autoStart: { control: 'boolean', description: 'Create the session on mount; off shows a Start button.' },
    debug: { control: 'boolean', description: 'DEBUG chunks from the emulator, shown by the widget.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    dir: { control: 'inline-radio', options: ['locale', 'ltr', 'rtl'], description: '`locale`: as the label set implies (right to left for Hebrew); or forced.' },
    locale: {
      control: { type: 'inline-radio', labels: LOCALE_NAMES },
      options: Object.keys(LOCALES),
      description: 'A built-in label set, passed as `locale` (`import { es } from \'formtalk\'`).',
    },
  },
  render: (args) => <PlaygroundWidget key={JSON.stringify(args)} {...args} />,
} satisfies Meta<PlaygroundArgs>

export default meta
type Story = StoryObj<typeof meta>

/** Open the Controls panel and try every option. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const chat = conversation(canvasElement)
    await chat.greeted('Contact us')
    await chat.say('I am Ada Lovelace, ada@example.com')
    await expect(chat.captured()).toEqual({ 'First name': 'Ada', 'Last name': 'Lovelace', Email: 'ada@example.com' })
  },
}

/** The built-in Spanish labels, dark and forced right to left, on the feedback survey. */
export const SpanishDarkRightToLeft: Story = {
  args: { locale: 'es', theme: 'dark', dir: 'rtl', form: 'feedbackSurvey' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const widget = canvas.getByRole('region', { name: 'Asistente del formulario' })
    await expect(widget).toHaveAttribute('dir', 'rtl')
    await expect(widget).toHaveAttribute('data-theme', 'dark')
    await expect(await canvas.findByText(FORM_NAMES.feedbackSurvey, { selector: 'strong' })).toBeVisible()
    await expect(canvas.getByRole('textbox', { name: 'Mensaje' })).toHaveAttribute('placeholder', 'Escribe tu respuesta…')
    await expect(await canvas.findByRole('button', { name: 'Aumentar' })).toBeVisible()
  },
}

/** Hebrew from the locale control: with the direction left to the locale, the widget is right to left and in Hebrew. */
export const HebrewFollowsLocale: Story = {
  args: { locale: 'he', chunkDelayMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const widget = canvas.getByRole('region', { name: he.widget })
    await expect(widget).toHaveAttribute('dir', 'rtl')
    await expect(widget).toHaveAttribute('lang', 'he')
    await expect(await canvas.findByText(FORM_NAMES.contact, { selector: 'strong' })).toBeVisible()
    await expect(canvas.getByRole('textbox', { name: 'הודעה' })).toHaveAttribute('placeholder', he.messagePlaceholder)
  },
}

/** A dry run: the whole survey runs, the assistant says nothing was submitted, and the emulator keeps it apart as a dry run. */
export const DryRun: Story = {
  args: { dryRun: true, form: 'feedbackSurvey', chunkDelayMs: 0 },
  play: async ({ canvasElement }) => {
    const chat = conversation(canvasElement)
    await chat.greeted(FORM_NAMES.feedbackSurvey)
    await chat.enterNumber('How would you rate Formtalk overall?', '5')
    await chat.enterNumber('How likely are you to recommend us to a friend?', '10')
    await chat.pickSeveral(['Great support'])
    await chat.say('submit')
    await expect(chat.log().getByText(/This was a dry run, so nothing was actually submitted\./)).toBeVisible()
    const panel = chat.canvas.getByRole('region', { name: 'What the emulator stored' })
    await expect(panel).toHaveTextContent('"dryRun": true')
    await expect(panel).toHaveTextContent('"highlights": [ "support" ]')
  },
}

/** `autoStart: false`: nothing is requested until the user presses Start. */
export const ManualStart: Story = {
  args: { autoStart: false, chunkDelayMs: 0 },
  play: async ({ canvasElement }) => {
    const chat = conversation(canvasElement)
    const start = await chat.canvas.findByRole('button', { name: 'Start' })
    await expect(chat.canvas.queryByText('Contact us', { selector: 'strong' })).toBeNull()
    await userEvent.click(start)
    await chat.greeted('Contact us')
    await expect(chat.canvas.queryByRole('button', { name: 'Start' })).toBeNull()
  },
}
