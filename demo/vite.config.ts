/**
 * `npm start`: the playground page and the API emulator on one origin.
 *
 *   PORT=5173 HOST=127.0.0.1 FORMTALK_FORMS=./my-forms npm start
 *
 * It runs `vite --config demo/vite.config.ts --configLoader runner`: the
 * runner loader reads this config and the emulator's TypeScript through
 * Vite's own pipeline. The default (bundle) loader works as well, but prints a
 * screenful of warnings about extensionless imports before every start.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { emulatorPlugin } from './emulator-plugin'
import { FormsDirectoryError } from '../src/emulator/load-forms'
import { readPlaygroundEnvironment } from './playground-environment'

const demoRoot = path.dirname(fileURLToPath(import.meta.url))
const repositoryRoot = path.dirname(demoRoot)

let environment: ReturnType<typeof readPlaygroundEnvironment>
try {
  environment = readPlaygroundEnvironment(process.env)
} catch (error) {
  // A stack trace from inside Vite's config loader hides the one line that matters.
  if (error instanceof FormsDirectoryError || error instanceof RangeError) {
    console.error(`formtalk playground: ${error.message}`)
    process.exit(1)
  }
  throw error
}

export default defineConfig({
  root: demoRoot,
  // Its own cache: the test projects' optimised deps are built from another config.
  cacheDir: path.join(repositoryRoot, 'node_modules/.vite-playground'),
  clearScreen: false,
  plugins: [react(), emulatorPlugin({ forms: environment.forms, source: environment.formsSource })],
  server: {
    host: environment.host,
    port: environment.port,
    strictPort: true,
    fs: { allow: [repositoryRoot] },
  },
  optimizeDeps: {
    // Listed up front so a cold start does not discover them mid-session and reload the page.
    include: [
      'react',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      '@tanstack/react-query',
      'zustand',
      'zustand/vanilla',
      'radix-ui',
      'eventsource-parser',
    ],
  },
})
