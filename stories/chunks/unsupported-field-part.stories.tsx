import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import type { WixForm } from '../../src/api/wire-types'
import { he } from '../../src/locales'
import { FixtureTranscript } from '../support/fixture-transcript'
import { fixtureArgTypes, fixtureArgs, fixtureLoader, withSessionFixture } from '../support/session-fixture'
import type { FixtureArgs } from '../support/session-fixture'

/** `FILE_UPLOAD` and `SIGNATURE`: fields the chat cannot fill, so it tells the user where to complete them. */
const meta = {
  title: 'Chunks/UnsupportedFieldPart',
  decorators: [withSessionFixture],
  args: fixtureArgs,
  argTypes: fixtureArgTypes,
  render: () => <FixtureTranscript only={['FILE_UPLOAD', 'SIGNATURE']} />,
} satisfies Meta<FixtureArgs>

export default meta
type Story = StoryObj<typeof meta>

const jobApplication: WixForm = {
  id: 'job-application',
  name: 'Job application',
  formFields: [
    {
      id: 'cv',
      fieldType: 'INPUT',
      inputOptions: { target: 'cv', inputType: 'WIX_FILE', wixFileOptions: { componentType: 'FILE_UPLOAD', fileUploadOptions: { label: 'Your CV' } } },
    },
    {
      id: 'signature',
      fieldType: 'INPUT',
      inputOptions: { target: 'signature', inputType: 'WIX_FILE', wixFileOptions: { componentType: 'SIGNATURE', signatureOptions: { label: 'Signature' } } },
    },
  ],
}

/** Both kinds, named by the field's label, as notes. */
export const FileUploadAndSignature: Story = {
  loaders: [
    fixtureLoader(
      (fixture) =>
        fixture
          .start()
          .receive({ chunkType: 'FILE_UPLOAD', fileUploadDetails: { fieldTarget: 'cv' } }, { chunkType: 'SIGNATURE', signatureDetails: { fieldTarget: 'signature' } })
          .endTurn(),
      { form: jobApplication },
    ),
  ],
  play: async ({ canvasElement }) => {
    const notes = within(canvasElement).getAllByRole('note')
    await expect(notes).toHaveLength(2)
    await expect(notes[0]).toHaveTextContent('Uploading files (Your CV) is not supported in this chat yet.')
    await expect(notes[1]).toHaveTextContent('Signing (Signature) is not supported in this chat yet.')
  },
}

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: [fixtureLoader((fixture) => fixture.start().receive({ chunkType: 'FILE_UPLOAD', fileUploadDetails: { fieldTarget: 'cv' } }).endTurn(), { form: jobApplication })],
  play: async ({ canvasElement }) => {
    const note = within(canvasElement).getByRole('note')
    await expect(getComputedStyle(note).color).toBe('rgb(255, 223, 158)')
  },
}

/** The same form with its upload field labelled in Hebrew. */
const hebrewJobApplication: WixForm = {
  id: 'job-application-he',
  name: 'מועמדות למשרה',
  formFields: [
    {
      id: 'cv',
      fieldType: 'INPUT',
      inputOptions: { target: 'cv', inputType: 'WIX_FILE', wixFileOptions: { componentType: 'FILE_UPLOAD', fileUploadOptions: { label: 'קורות חיים' } } },
    },
  ],
}

/** Right to left, in Hebrew: the file upload note reads from the right and names the field. */
export const FileUploadRightToLeft: Story = {
  args: { dir: 'rtl' },
  loaders: [
    fixtureLoader((fixture) => fixture.start().receive({ chunkType: 'FILE_UPLOAD', fileUploadDetails: { fieldTarget: 'cv' } }).endTurn(), {
      form: hebrewJobApplication,
      labels: he,
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('region', { name: he.widget })).toHaveAttribute('dir', 'rtl')
    const note = canvas.getByRole('note')
    await expect(note).toBeVisible()
    await expect(note).toHaveTextContent(he.unsupportedField('FILE_UPLOAD', 'קורות חיים'))
    await expect(note).toHaveTextContent(/^העלאת קבצים \(קורות חיים\)/)
    await expect(getComputedStyle(note).direction).toBe('rtl')
  },
}
