import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import type { WixForm } from '../../src/api/wire-types'
import { eventRegistrationForm } from '../../src/emulator/sample-forms'
import { de } from '../../src/locales'
import { FormProgress } from '../../src/progress'
import { progressLabelsOf } from '../../src/progress/form-progress-labels'
import { textData } from '../support/chunk-builders'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs } from '../support/session-fixture'

/**
 * `<FormProgress>` on its own, over a session fixture: what its field list
 * says before a schema is known, for a form with nothing to fill in, and how
 * it writes values the server sent without words of its own.
 */
const meta = {
  title: 'Features/Form progress list',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  render: () => <FormProgress headingLevel={3} />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

const layoutOnlyForm: WixForm = {
  id: 'story-layout-only',
  formFields: [{ id: 'welcome', fieldType: 'DISPLAY', displayOptions: { header: { content: 'Welcome' } } }],
}

/** No schema yet (it is still being fetched): the list says it is loading. */
export const LoadingTheForm: Story = {
  loaders: [fixtureLoader((fixture) => fixture.start())],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Loading the form…')).toBeVisible()
  },
}

/** A schema with no visible input fields: the list says so instead of loading for ever. */
export const NoFieldsToFill: Story = {
  loaders: [fixtureLoader((fixture) => fixture.start(), { form: layoutOnlyForm })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('This form has no fields to fill in.')).toBeVisible()
    await expect(canvas.queryByText('Loading the form…')).toBeNull()
  },
}

/** German labels: a number and a yes/no value that came without a `displayValue` read "1.234,5" and "Ja". */
export const GermanValues: Story = {
  loaders: [
    fixtureLoader((fixture) => fixture.start().receive(textData('guests', 1234.5, ''), textData('codeOfConduct', true, '')).endTurn(), {
      form: eventRegistrationForm,
    }),
  ],
  render: () => <FormProgress headingLevel={3} labels={progressLabelsOf(de)} />,
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('listitem')
    const text = items.map((item) => item.textContent ?? '').join('\n')
    await expect(text).toContain('1.234,5')
    await expect(text).toContain('Ja')
    await expect(text).not.toMatch(/\bYes\b|1,234\.5/)
  },
}
