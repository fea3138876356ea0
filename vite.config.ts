/// <reference types="vitest/config" />
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { defineConfig } from 'vite'
import { chromiumLaunchOptions } from './chromium.mjs'

const root = path.dirname(fileURLToPath(import.meta.url))

// Pre-bundled up front so the first cold browser run does not reload mid-suite.
const browserDeps = [
  'react',
  'react-dom',
  'react-dom/client',
  'react/jsx-dev-runtime',
  '@tanstack/react-query',
  'zustand',
  'zustand/vanilla',
  'radix-ui',
  'eventsource-parser',
  'axe-core',
  'vitest-browser-react',
]

/** Each browser project gets its own object: vitest mutates what it is given. */
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  }
}

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/browser/**', 'tests/e2e/**', 'tests/node/**', 'node_modules/**'],
          setupFiles: ['tests/setup/jsdom.ts'],
          typecheck: { enabled: true, include: ['tests/**/*.test-d.{ts,tsx}'], tsconfig: 'tsconfig.json' },
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/node/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          browser: chromium(),
        },
        optimizeDeps: { include: browserDeps },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(root, '.storybook') })],
        optimizeDeps: { include: browserDeps.filter((name) => name !== 'vitest-browser-react') },
        test: {
          name: 'storybook',
          browser: chromium(),
        },
      },
    ],
  },
})
