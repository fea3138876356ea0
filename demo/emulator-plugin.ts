/**
 * A Vite plugin that mounts the Interactive Form Sessions emulator on the dev
 * server, so the playground and the API share one origin (no CORS, no proxy).
 */
import type { Plugin } from 'vite'
import type { WixForm } from '../src/api/wire-types'
import { createEmulator, sampleForms } from '../src/emulator'
import { emulatorMiddleware } from '../src/emulator/node-server'

export interface EmulatorPluginOptions {
  /** The forms to serve. Default: the emulator's `sampleForms`. */
  forms?: readonly WixForm[] | undefined
  /** Where the forms came from, shown in the start-up line. Default: `'sample forms'`. */
  source?: string | undefined
  /** Milliseconds between streamed chunks; high enough to watch text arrive. Default: `25`. */
  chunkDelayMs?: number | undefined
}

/** The URL a browser can open, also when the server listens on every interface. */
export function browsableUrl(host: string | undefined, port: number): string {
  const reachable = !host || host === '0.0.0.0' || host === '::' ? 'localhost' : host
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}/`
}

export function emulatorPlugin(options: EmulatorPluginOptions = {}): Plugin {
  const forms = options.forms ?? sampleForms
  const source = options.source ?? 'sample forms'
  return {
    name: 'formtalk-emulator',
    apply: 'serve',
    configureServer(server) {
      // `debug: true` always sends DEBUG chunks; the page's Debug switch decides whether the widget shows them.
      const emulator = createEmulator({ forms, chunkDelayMs: options.chunkDelayMs ?? 25, debug: true })
      server.middlewares.use(emulatorMiddleware(emulator))

      // One plain, uncoloured line after Vite's banner: people copy it, the e2e test waits for it.
      const printViteUrls = server.printUrls.bind(server)
      server.printUrls = () => {
        printViteUrls()
        const address = server.httpServer?.address()
        if (!address || typeof address === 'string') return
        const host = typeof server.config.server.host === 'string' ? server.config.server.host : undefined
        const url = browsableUrl(host, address.port)
        server.config.logger.info(`\n  Emulator: ${forms.length} form${forms.length === 1 ? '' : 's'} from ${source}`)
        server.config.logger.info(`  formtalk playground ready at ${url}\n`)
      }
    },
  }
}
