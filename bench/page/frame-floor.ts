import { median } from '../shared/statistics'
import { afterFrameWork, nextFrame } from './frame-timing'

/**
 * What a frame costs Chromium when one word changes on an otherwise empty
 * page (style, layout, paint, commit): the floor under any frame-paced
 * number, since every chunk the user sees costs at least one frame.
 */
export async function measureFrameFloor(frames: number): Promise<number> {
  const host = document.getElementById('bench-root')
  if (!host) throw new Error('#bench-root is missing')
  const word = document.createElement('p')
  word.textContent = 'word 0'
  host.append(word)
  const times: number[] = []
  try {
    for (let frame = 0; frame < frames; frame++) {
      await nextFrame()
      const start = performance.now()
      word.textContent = `word ${frame + 1}`
      times.push((await afterFrameWork()) - start)
    }
  } finally {
    word.remove()
  }
  return median(times)
}
