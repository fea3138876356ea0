/** Where an element sits in its parent's content box, in whole pixels: how far from the left and right edges. */
export function gapsInParent(element: Element): { left: number; right: number } {
  const parent = element.parentElement
  if (!parent) throw new Error('The element has no parent')
  const box = parent.getBoundingClientRect()
  const style = getComputedStyle(parent)
  const own = element.getBoundingClientRect()
  return {
    left: Math.round(own.left - (box.left + Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.borderLeftWidth))),
    right: Math.round(box.right - Number.parseFloat(style.paddingRight) - Number.parseFloat(style.borderRightWidth) - own.right),
  }
}
