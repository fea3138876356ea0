import { useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { clippedTotal } from './clipped-total'
import { afterFrameWork, nextFrame } from './frame-timing'

/**
 * What the least store-driven React update costs in a frame here: one
 * component showing one number from a minimal external store through
 * `useSyncExternalStore`, the store updated once per animation frame inside
 * `flushSync`, timed like a chunk's commit in the frame-paced runs (mean,
 * capped alike). The counter goes at the end of #bench-root, after whatever
 * is mounted there. Called on its own the page is otherwise empty, so the
 * frame before each update has next to nothing to lay out or paint; a
 * chunk's frame follows the layout and paint of a full thread, which leaves
 * the caches colder. That is a lower bound on the script any store-driven
 * React UI spends per frame-paced update on this machine; `runScript` also
 * measures it with a frame-paced thread still mounted (`commitFloorFrames`),
 * the floor under the same conditions as a chunk.
 */
export async function measureCommitFloor(frames: number): Promise<number> {
  const host = document.getElementById('bench-root')
  if (!host) throw new Error('#bench-root is missing')
  let count = 0
  const listeners = new Set<() => void>()
  const store = {
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: () => count,
    increment() {
      count++
      for (const listener of listeners) listener()
    },
  }
  function Counter() {
    return <p>{useSyncExternalStore(store.subscribe, store.getSnapshot)}</p>
  }
  const element = document.createElement('div')
  host.append(element)
  const root = createRoot(element)
  const times: number[] = []
  try {
    flushSync(() => root.render(<Counter />))
    for (let frame = 0; frame < frames; frame++) {
      await nextFrame()
      const start = performance.now()
      flushSync(() => store.increment())
      times.push(performance.now() - start)
      await afterFrameWork()
    }
    if (element.textContent !== String(frames)) throw new Error(`the counter shows ${element.textContent}, not ${frames}`)
  } finally {
    root.unmount()
    element.remove()
  }
  return clippedTotal(times).elapsedMs / times.length
}
