import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import type { WixForm } from '../../src/api/wire-types'
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
