/** Whether the app runs a development build (bundlers replace `process.env.NODE_ENV`). */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production'
  } catch {
    // No `process` at all: a browser build that did not define it, i.e. not a dev server.
    return false
  }
}
