import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // The manager and preview bundles are large by nature; the warning is noise here.
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2_000 },
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      // Found late, these make Vite re-optimise and reload mid-run, which loses the first cold test run.
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'zustand/vanilla', 'radix-ui', '@tanstack/react-query', 'eventsource-parser'],
    },
  }),
}

export default config
