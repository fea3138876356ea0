/**
 * `formtalk/emulator`: a local Interactive Form Sessions server driven by
 * Wix form schemas, as a Fetch handler that runs in browsers and Node.
 * The Node HTTP server, middleware and CLI live in `./node-server` (they use
 * `node:http`), so importing this entry never pulls Node built-ins into a browser bundle.
 */
export {
  createEmulator,
  EMULATOR_PATH,
  FORM_SCHEMA_PATH,
  SESSIONS_PATH,
  type Emulator,
  type EmulatorOptions,
  type EmulatorSessionSnapshot,
} from './create-emulator'
export type { EmulatorSubmission } from './conversation'
export {
  FAULT_HEADER,
  FAULT_NAMES,
  EmulatedNetworkError,
  isEmulatedNetworkError,
  isFaultName,
  type FaultName,
  type FaultPlan,
  type FaultRequestInfo,
  type FaultSelector,
  type SessionEndpoint,
} from './faults'
export { seededRandom, type RandomSource } from './ids'
export { SAMPLE_FORM_IDS, contactForm, eventRegistrationForm, feedbackSurveyForm, purchaseForm, sampleForms } from './sample-forms'
