import type { Preview } from '@storybook/react-vite'
import '../src/components/styles.css'

const preview: Preview = {
  parameters: {
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
    options: {
      storySort: { order: ['Playground', 'Conversations', 'Features', 'Faults', 'Chunks'] },
    },
  },
}

export default preview
