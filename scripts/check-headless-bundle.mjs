// Tree-shaking guard (`npm run size` runs it before size-limit): bundles a few
// typical imports from the built package the way an app's bundler would and
// fails if one drags in code it must not — the headless hook must not pull
// the widget, Radix, the persistence code (opt-in through
// `createSessionPersistence`) or TanStack's `QueryClient` class (the app's
// provider creates that), the API client must not pull React at all, the proxy
// must stay free of React, the emulator free of React and of Node built-ins
// (bundled for the browser, an import of `node:*` fails). Needs `npm run build` first.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const RADIX = /(^|\/)node_modules\/(radix-ui|@radix-ui)\//
const REACT = /(^|\/)node_modules\/(react|react-dom|scheduler)\//
const REACT_QUERY = /(^|\/)node_modules\/@tanstack\//
const COMPONENTS = /(^|\/)dist\/components\//
const HOOKS = /(^|\/)dist\/hooks\//
const PERSIST = /(^|\/)dist\/persist\//
const QUERY_CLIENT = /(^|\/)node_modules\/@tanstack\/query-core\/.*\/(queryClient|queryCache|query)\.js$/

const checks = [
  {
    name: 'useInteractiveFormSession (headless hook)',
    entry: 'dist/index.js',
    code: (from) => `import { useInteractiveFormSession } from ${from}; console.log(useInteractiveFormSession)`,
    external: ['react', 'react-dom'],
    forbidden: {
      'Radix UI': RADIX,
      'widget components (dist/components)': COMPONENTS,
      'persistence (dist/persist)': PERSIST,
      "TanStack's QueryClient": QUERY_CLIENT,
    },
  },
  {
    name: 'createInteractiveFormClient + createSessionStore (no React)',
    entry: 'dist/index.js',
    code: (from) => `import { createInteractiveFormClient, createSessionStore } from ${from}; console.log(createInteractiveFormClient, createSessionStore)`,
    external: [],
    forbidden: { React: REACT, 'React Query': REACT_QUERY, 'Radix UI': RADIX, 'widget components (dist/components)': COMPONENTS, 'hooks (dist/hooks)': HOOKS },
  },
  {
    name: 'formtalk/emulator (browser-safe, no React)',
    entry: 'dist/emulator.js',
    code: (from) => `export * from ${from}`,
    external: [],
    forbidden: { React: REACT, 'React Query': REACT_QUERY, 'Radix UI': RADIX, 'widget components (dist/components)': COMPONENTS, 'hooks (dist/hooks)': HOOKS },
  },
  {
    name: 'formtalk/proxy (server only)',
    entry: 'dist/proxy.js',
    code: (from) => `export * from ${from}`,
    external: [],
    forbidden: { React: REACT, 'React Query': REACT_QUERY, 'Radix UI': RADIX, 'widget components (dist/components)': COMPONENTS, 'hooks (dist/hooks)': HOOKS },
  },
]

let failed = false
for (const check of checks) {
  const entry = path.join(root, check.entry)
  if (!existsSync(entry)) {
    console.error(`✖ ${check.name}: ${check.entry} is missing — run \`npm run build\` first`)
    failed = true
    continue
  }
  let result
  try {
    result = await build({
      stdin: { contents: check.code(JSON.stringify(entry)), resolveDir: root, loader: 'js' },
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      external: check.external,
      logLevel: 'silent',
    })
  } catch (error) {
    failed = true
    const messages = (error.errors ?? [error]).map((item) => item.text ?? String(item))
    console.error(`✖ ${check.name} does not bundle for the browser:\n  ${messages.join('\n  ')}`)
    continue
  }
  const [output] = Object.values(result.metafile.outputs)
  // Only modules that left code in the bundle count; esbuild also lists files it read and then shook out.
  const included = Object.entries(output?.inputs ?? {})
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([file]) => file)
  const offenders = Object.entries(check.forbidden).flatMap(([label, pattern]) =>
    included.filter((file) => pattern.test(file)).map((file) => `${label}: ${file}`),
  )
  if (offenders.length > 0) {
    failed = true
    console.error(`✖ ${check.name} pulls in code it must not:\n  ${offenders.join('\n  ')}`)
  } else {
    console.log(`✔ ${check.name}: ${included.length} modules, none forbidden`)
  }
}
process.exitCode = failed ? 1 : 0
