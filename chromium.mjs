// Launch options shared by vite.config.ts and plain Node scripts (Node 20 cannot import .ts).
// Debian's Chromium: Playwright's own browser download cannot work on these machines.
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these Chromium floods the closed network with refused connections.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Fresh launch options each call: vitest mutates the object it is given. */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath, args: [...chromiumArgs] }
}
