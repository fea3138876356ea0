/**
 * The library build (`npm run build`): ESM only, one output file per source
 * module under dist/, so a consumer's bundler drops whole unused modules
 * (`sideEffects` in package.json) — the headless hook never drags the widget
 * or Radix in. Declarations come from `tsc -p tsconfig.build.json`.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

const root = path.dirname(fileURLToPath(import.meta.url))
/** The stylesheet entries, by file name in dist/: the widget's theme, and the protocol inspector's (for devtools users only). */
const cssEntries: Record<string, string> = {
  'styles.css': path.join(root, 'src/components/styles.css'),
  'devtools.css': path.join(root, 'src/devtools/protocol-inspector.css'),
}

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}
/** Every dependency and peer stays an import (with its subpaths), plus radix-ui's scoped packages. */
const externalPackages = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {}), 'react', 'react-dom']
function isExternal(id: string): boolean {
  // Node built-ins stay imports too (the emulator's Node server).
  return id.startsWith('node:') || id.startsWith('@radix-ui/') || externalPackages.some((name) => id === name || id.startsWith(`${name}/`))
}

const CSS_IMPORT_STUB = '\0formtalk:css-import'

/**
 * `dist/styles.css` and `dist/devtools.css` are built from their own entries
 * and imported by the app (`import 'formtalk/styles.css'`), never by the
 * library's JS: a component that imports a stylesheet (handy in Storybook)
 * gets the import dropped here, so the package has no CSS side effect a
 * bundler without CSS support would choke on. Everything the widget needs
 * must be reachable from src/components/styles.css (`@import` is inlined);
 * the protocol inspector's rules stay out of it, so only apps that mount the
 * inspector pay for them.
 */
function stylesEntry(): Plugin {
  return {
    name: 'formtalk:styles-entry',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer !== undefined && !/\.css($|\?)/.test(importer) && /\.css($|\?)/.test(source)) {
        return { id: CSS_IMPORT_STUB, moduleSideEffects: false }
      }
      return null
    },
    load(id) {
      return id === CSS_IMPORT_STUB ? { code: 'export {}', moduleSideEffects: false } : null
    },
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        // A CSS entry also yields an empty JS chunk; nothing imports it.
        if (output.type === 'chunk' && output.isEntry && output.name in cssEntries) delete bundle[fileName]
      }
    },
  }
}

export default defineConfig({
  plugins: [react(), stylesEntry()],
  // Only the library goes into dist: no public/ copying, no HTML.
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Consumers minify; readable output keeps stack traces and diffs useful.
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    // Required for a stylesheet entry; with JS-side CSS imports dropped, styles.css is the only CSS output.
    cssCodeSplit: true,
    cssMinify: true,
    lib: {
      entry: {
        index: path.join(root, 'src/index.ts'),
        emulator: path.join(root, 'src/emulator/index.ts'),
        'emulator-node': path.join(root, 'src/emulator/node-server.ts'),
        proxy: path.join(root, 'src/proxy/index.ts'),
        devtools: path.join(root, 'src/devtools/index.ts'),
        ...cssEntries,
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      // Inlining an imported constant leaves a bare `import "./x.js"` behind in preserved modules,
      // which consumers' bundlers flag against `sideEffects` (esbuild: ignored-bare-import).
      optimization: { inlineConst: false },
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        // Entries land as dist/index.js, dist/emulator.js, dist/proxy.js; other modules keep their src/ path.
        entryFileNames: '[name].js',
        // Only the React entries are client boundaries for React Server Components; the proxy and emulator run on servers.
        banner: (chunk) => (chunk.isEntry && (chunk.name === 'index' || chunk.name === 'devtools') ? '"use client";' : ''),
      },
    },
  },
})
