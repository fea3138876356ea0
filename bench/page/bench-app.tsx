/**
 * The page bench/run.mjs opens in Chromium. It renders nothing by itself:
 * each benchmark mounts a fresh widget, measures, unmounts and returns plain
 * JSON through `window.formtalkBench`.
 */
import '../../src/components/styles.css'
import type { PageInfo } from '../shared/bench-results'
import { runReaderBenchmark } from '../shared/reader-benchmark'
import { runAppendBenchmark } from './append-benchmark'
import { measureCommitFloor } from './commit-floor'
import { measureFrameFloor } from './frame-floor'
import { runNaiveBenchmark } from './naive-benchmark'
import { runStreamBenchmark } from './stream-benchmark'

const api = {
  info: (): PageInfo => ({
    userAgent: navigator.userAgent,
    crossOriginIsolated: globalThis.crossOriginIsolated,
    hardwareConcurrency: navigator.hardwareConcurrency,
  }),
  frameFloor: measureFrameFloor,
  commitFloor: measureCommitFloor,
  append: runAppendBenchmark,
  naive: runNaiveBenchmark,
  stream: runStreamBenchmark,
  reader: (bytes: number, repeats: number) => runReaderBenchmark({ bytes, repeats }),
}

export type FormtalkBenchApi = typeof api

declare global {
  interface Window {
    formtalkBench: FormtalkBenchApi
  }
}

window.formtalkBench = api
