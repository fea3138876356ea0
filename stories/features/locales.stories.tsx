import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { contactForm } from '../../src/emulator'
import { de, en, es, he } from '../../src/locales'
import { emulatorLoader, emulatorOf } from '../support/emulator-form'
import { FeatureForm, say, settled } from './feature-frame'

const builtInLocales = { en, es, de, he }

interface LocaleArgs {
  locale: 'en' | 'es' | 'de' | 'he'
  width: number
}

/**
 * The built-in label sets, picked with `locale` (each string can still be
 * replaced with `labels`). Hebrew also lays the widget out right to left.
 * The assistant's own words come from the service (here the English emulator).
 */
const meta = {
  title: 'Features/Locales',
  args: { locale: 'es', width: 900 },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'es', 'de', 'he'] } },
  loaders: [emulatorLoader()],
  render: (args, { loaded }) => <FeatureForm emulator={emulatorOf({ loaded })} formId={contactForm.id} width={args.width} locale={builtInLocales[args.locale]} theme="light" />,
} satisfies Meta<LocaleArgs>

export default meta
type Story = StoryObj<typeof meta>

export const Spanish: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await settled(canvasElement)
    await say(canvasElement, "I'm Ada Lovelace")
    await expect(canvas.getByRole('textbox', { name: 'Mensaje' })).toBeVisible()
    await expect(canvas.getByRole('region', { name: 'Tu progreso' })).toHaveTextContent('2 de 5 campos obligatorios completados (40 %)')
    await expect(canvas.getAllByRole('button', { name: 'Editar First name' })[0]).toBeVisible()
  },
}

export const German: Story = {
  args: { locale: 'de', width: 420 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await settled(canvasElement)
    await expect(canvas.getByRole('button', { name: 'Senden' })).toBeVisible()
    await expect(canvas.getByText('0 von 5 Pflichtfeldern')).toBeVisible()
    await expect(canvas.getByText('Alle Felder anzeigen')).toBeVisible()
  },
}

export const Hebrew: Story = {
  args: { locale: 'he' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await settled(canvasElement)
    await expect(canvasElement.querySelector('.formtalk')).toHaveAttribute('dir', 'rtl')
    await expect(canvas.getByRole('textbox', { name: 'הודעה' })).toBeVisible()
    await expect(canvas.getByRole('region', { name: 'ההתקדמות שלכם' })).toBeVisible()
  },
}
