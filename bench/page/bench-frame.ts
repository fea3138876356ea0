/** A fresh box for one run; the widget inside keeps its own default fixed height, so its log scrolls. */
export function createBenchFrame(): { element: HTMLElement; remove(): void } {
  const host = document.getElementById('bench-root')
  if (!host) throw new Error('#bench-root is missing')
  const element = document.createElement('div')
  element.className = 'bench-frame'
  host.append(element)
  return { element, remove: () => element.remove() }
}
