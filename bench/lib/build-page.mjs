// Builds bench/page with Vite in production mode (React's production build:
// what users ship; development React is several times slower).
import path from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

/** Builds the page into `outDir` and returns it. */
export async function buildBenchPage({ benchDirectory, outDir }) {
  await build({
    configFile: false,
    root: path.join(benchDirectory, 'page'),
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    // Relative asset URLs: the page is served from the directory root.
    base: './',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      // Readable stack traces if a benchmark throws; minifying does not change React's production build.
      minify: false,
    },
  })
  return outDir
}
