// tsc copies import specifiers into .d.ts files as written (`'./api'`); the
// sources use bundler-style extensionless imports. Under Node's ESM resolution
// (`moduleResolution: node16/nodenext` in a consumer's tsconfig) those do not
// resolve, so this rewrites every relative specifier in dist/types to the
// explicit `.js` (or `/index.js`) path that exists next to it. It also drops
// side-effect stylesheet imports (`import './styles.css'`), which tsc keeps but
// the JS build removes (the app imports `formtalk/styles.css` itself).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const typesDir = path.join(root, process.argv[2] ?? 'dist/types')

function* declarationFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) yield* declarationFiles(full)
    else if (name.endsWith('.d.ts')) yield full
  }
}

function withExtension(file, specifier) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return specifier
  if (/\.(js|mjs|cjs|json|css)$/.test(specifier)) return specifier
  const base = path.resolve(path.dirname(file), specifier)
  if (existsSync(`${base}.d.ts`)) return `${specifier}.js`
  if (existsSync(path.join(base, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`
  // Most likely an example inside a doc comment; a real broken import fails `npm run check:package` (attw).
  console.warn(`add-declaration-extensions: ${path.relative(root, file)}: left "${specifier}" as is (no declaration file found)`)
  return specifier
}

// `from '…'`, `import '…'`, `import('…')` — the only places a .d.ts names a module.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\2/g

const STYLESHEET_IMPORT = /^import\s*(['"])[^'"]+\.css\1;?[ \t]*\r?\n?/gm

let changed = 0
for (const file of declarationFiles(typesDir)) {
  const source = readFileSync(file, 'utf8')
  const rewritten = source.replace(STYLESHEET_IMPORT, '').replace(SPECIFIER, (_match, lead, quote, specifier) => `${lead}${quote}${withExtension(file, specifier)}${quote}`)
  if (rewritten !== source) {
    writeFileSync(file, rewritten)
    changed++
  }
}
console.log(`add-declaration-extensions: ${changed} declaration files updated in ${path.relative(root, typesDir)}`)
