/**
 * `formtalk/proxy`: the server side. A same-origin route that adds the Wix API
 * key so it never reaches a browser. No React, no DOM.
 */
export {
  createInteractiveFormProxy,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_PROXY_BASE_URL,
  type InteractiveFormProxyHandler,
  type InteractiveFormProxyOptions,
} from './create-interactive-form-proxy'
export { toNodeHandler, type NodeRequestLike, type NodeResponseLike } from './to-node-handler'
export type { ProxyErrorCode } from './proxy-error-response'
export { DEFAULT_BASE_URL } from '../api/wire-types'
