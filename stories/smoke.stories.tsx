import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'

const meta = { title: 'Smoke', component: () => <button type="button">Hi</button> } satisfies Meta
export default meta
export const Basic: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Hi' })).toBeVisible()
  },
}
