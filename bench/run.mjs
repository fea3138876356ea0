#!/usr/bin/env node
// `npm run bench` (full) / `npm run bench:ci` (short; exits 1 only when a ratio target is missed).
// Builds bench/page with Vite (production React), serves it on 127.0.0.1, runs the
// benchmarks in Debian's Chromium through playwright-core, runs the reader benchmark
// in Node too, prints the tables and writes them to the profile's results file.
import { spawn } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../chromium.mjs'
import { buildBenchPage } from './lib/build-page.mjs'
import { formatResults } from './lib/format-results.mjs'
import { PROFILES } from './lib/profiles.mjs'
import { serveDirectory } from './lib/static-server.mjs'
import { readerVerdict, summarizeAppend, summarizeNaive, summarizeStream } from './lib/summarize.mjs'

const benchDirectory = path.dirname(fileURLToPath(import.meta.url))
const repositoryRoot = path.dirname(benchDirectory)
const profile = process.argv.includes('--ci') ? PROFILES.ci : PROFILES.full
const startedAt = Date.now()

function log(message) {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1).padStart(5)
  process.stderr.write(`[bench ${seconds}s] ${message}\n`)
}

/** The Node reader benchmark in a child process (tsx loads the TypeScript sources). */
function runNodeReader(bytes, repeats) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(benchDirectory, 'reader-node.ts'), String(bytes), String(repeats)], {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (data) => (output += data))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`reader-node exited with ${code}`))
      else resolve(JSON.parse(output.trim().split('\n').pop()))
    })
  })
}

async function runInBrowser(page) {
  const call = (method, ...args) => page.evaluate(([name, parameters]) => window.formtalkBench[name](...parameters), [method, args])
  const smallest = profile.appendSizes[0]

  log('warm-up')
  for (const pacing of ['commit', 'frame']) await call('append', { chunks: smallest, pacing })
  await call('naive', { chunks: smallest, pacing: 'commit' })
  await call('stream', { earlierBubbles: 100, pieces: 100, pacing: 'commit' })

  const append = []
  const { commit: commitRepeats, frame: frameRepeats } = profile.appendRepeats
  // Interleaved (every size in every repeat), so load drift on a shared machine hits all sizes alike.
  for (let repeat = 0; repeat < Math.max(commitRepeats, frameRepeats); repeat++) {
    for (const chunks of profile.appendSizes) {
      for (const pacing of ['commit', 'frame']) {
        if (repeat >= profile.appendRepeats[pacing]) continue
        // Frame runs end with the React floor measured next to their thread, under the same conditions as their chunks.
        const commitFloorFrames = pacing === 'frame' ? profile.frameFloorFrames : 0
        const run = await call('append', { chunks, pacing, commitFloorFrames })
        append.push({ ...run, repeat })
        const floor = run.commitFloorOnPageMs === null ? '' : `, React floor on this page ${run.commitFloorOnPageMs.toFixed(4)} ms`
        log(`append N=${chunks} ${pacing} #${repeat + 1}: ${run.msPerChunk.toFixed(4)} ms/chunk, ${run.rendersPerChunk.toFixed(2)} renders/chunk${floor}`)
      }
    }
  }
  const naive = []
  for (let repeat = 0; repeat < profile.naiveRepeats; repeat++) {
    for (const chunks of profile.naiveSizes) {
      const run = await call('naive', { chunks, pacing: 'commit' })
      naive.push({ ...run, repeat })
      log(`naive N=${chunks} #${repeat + 1}: ${run.msPerChunk.toFixed(4)} ms/chunk, ${run.rendersPerChunk.toFixed(0)} renders/chunk`)
    }
  }
  const stream = []
  for (let repeat = 0; repeat < profile.streamRepeats; repeat++) {
    for (const pacing of ['commit', 'frame']) {
      const run = await call('stream', { ...profile.stream, pacing })
      stream.push({ ...run, repeat })
      log(`stream ${pacing} #${repeat + 1}: ${run.msPerPiece.toFixed(4)} ms/piece`)
    }
  }
  const frameFloor = await call('frameFloor', profile.frameFloorFrames)
  log(`frame floor: ${frameFloor.toFixed(3)} ms`)
  const commitFloor = await call('commitFloor', profile.frameFloorFrames)
  log(`commit floor: ${commitFloor.toFixed(4)} ms`)
  log(`reader in Chromium (${(profile.readerBytes / 1e6).toFixed(0)} MB × ${profile.readerRepeats})`)
  const reader = await call('reader', profile.readerBytes, profile.readerRepeats)
  return { append, naive, stream, reader, frameFloor, commitFloor }
}

async function main() {
  log(`profile ${profile.name}; load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`)
  const loadBefore = os.loadavg()
  log(`reader in Node (${(profile.readerBytes / 1e6).toFixed(0)} MB × ${profile.readerRepeats})`)
  const nodeReader = await runNodeReader(profile.readerBytes, profile.readerRepeats)

  log('building the bench page (vite, production)')
  const outDir = await buildBenchPage({ benchDirectory, outDir: path.join(benchDirectory, '.tmp', 'page') })
  const server = await serveDirectory(outDir)
  const launch = chromiumLaunchOptions()
  const browser = await chromium.launch({
    ...launch,
    args: [
      ...launch.args,
      // Frames as fast as the work allows instead of 60 per second: a frame-paced run does the same
      // work per frame (measured alike within noise) in a third of the wall time.
      '--disable-frame-rate-limit',
    ],
  })
  let measured
  let pageInfo
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } })
    page.on('pageerror', (error) => log(`page error: ${error.message}`))
    await page.goto(server.url)
    await page.waitForFunction(() => typeof window.formtalkBench === 'object')
    pageInfo = await page.evaluate(() => window.formtalkBench.info())
    if (!pageInfo.crossOriginIsolated) log('warning: the page is not cross-origin isolated; performance.now() is coarse (100 µs)')
    measured = await runInBrowser(page)
  } finally {
    await browser.close().catch(() => {})
    await server.close()
  }

  const summary = {
    profile,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      chromium: browser.version(),
      node: process.version,
      date: new Date().toISOString(),
      loadBefore,
      loadAfter: os.loadavg(),
      crossOriginIsolated: pageInfo.crossOriginIsolated,
      durationSeconds: (Date.now() - startedAt) / 1000,
    },
    frameFloor: measured.frameFloor,
    commitFloor: measured.commitFloor,
    append: summarizeAppend(measured.append, profile),
    naive: summarizeNaive(measured.naive, profile),
    stream: summarizeStream(measured.stream),
    reader: { node: readerVerdict(nodeReader, profile), chromium: readerVerdict(measured.reader, profile) },
  }
  const markdown = formatResults(summary)
  const resultsFile = path.join(repositoryRoot, profile.resultsFile)
  await mkdir(path.dirname(resultsFile), { recursive: true })
  await writeFile(resultsFile, markdown)
  await writeFile(path.join(benchDirectory, '.tmp', `raw-${profile.name}.json`), JSON.stringify({ summary, measured, nodeReader }, null, 2))
  process.stdout.write(markdown)
  log(`wrote ${profile.resultsFile}`)

  const failures = [
    ...summary.append.growth.filter((growth) => !growth.pass).map((growth) => `growth ratio (${growth.pacing}) ${growth.ratio.toFixed(3)} > ${growth.gate.toFixed(2)}`),
    ...(summary.append.rendersPass ? [] : [`${summary.append.mismatched} chunks rendered other bubbles than the ones they changed`]),
    ...summary.stream.filter((row) => row.mismatchedPieces > 0).map((row) => `text streaming (${row.pacing}): ${row.mismatchedPieces} pieces rendered other bubbles than the one they grew`),
    ...Object.entries(summary.reader).filter(([, result]) => !result.pass).map(([where, result]) => `reader ratio in ${where} ${result.ratio.toFixed(3)} < ${result.gate.toFixed(2)}`),
  ]
  if (failures.length > 0) {
    log(`ratio gates missed:\n  - ${failures.join('\n  - ')}`)
    process.exitCode = 1
  } else {
    log('all ratio gates passed (a gate is the target, widened for noise in the short CI run: see bench/lib/profiles.mjs)')
  }
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`)
  process.exitCode = 2
})
