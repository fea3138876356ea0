/**
 * The reader benchmark in Node, run by bench/run.mjs as
 * `node --import tsx bench/reader-node.ts <bytes> <repeats>`.
 * Prints one JSON line: a `ReaderBenchmarkResult`.
 */
import { runReaderBenchmark } from './shared/reader-benchmark'

const [bytesArgument, repeatsArgument] = process.argv.slice(2)
const bytes = Number(bytesArgument ?? 20_000_000)
const repeats = Number(repeatsArgument ?? 5)
const result = await runReaderBenchmark({ bytes, repeats })
process.stdout.write(`${JSON.stringify(result)}\n`)
