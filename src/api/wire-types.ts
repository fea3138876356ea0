/**
 * Wire types of the Wix Forms "Interactive Form Sessions" REST API, exactly as
 * the service sends and receives them (REST JSON, not the JS SDK's renamed
 * fields). The contract: Wix REST reference, Forms → Interactive Form Sessions
 * (https://dev.wix.com/docs/rest/business-solutions/forms/interactive-form-sessions/introduction).
 */

/** The service's base URL; every path is relative to it. */
export const DEFAULT_BASE_URL = 'https://www.wixapis.com/forms/ai/v1/interactive-form-sessions'

/** Where the Form Schemas API serves a form (`GET {FORMS_PATH}/{formId}` → `{form}`), relative to the API origin. */
export const FORMS_PATH = '/form-schema-service/v4/forms'

/** Longest `input` the service accepts, in characters. */
export const MAX_INPUT_LENGTH = 10_000

/** Any JSON value, as `TEXT_DATA.value` and `currentValues` carry. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** Field values keyed by the form field's `target`. */
export type CurrentValues = Record<string, JsonValue>

/** `{currentTime, timeZone}` — the client's clock, for relative dates. */
export interface ClientTime {
  /** ISO-8601 UTC, e.g. `new Date().toISOString()`. */
  currentTime: string
  /** IANA zone, e.g. `Europe/Berlin`. */
  timeZone: string
}

/** The session as REST JSON carries it. */
export interface InteractiveFormSession {
  id: string
  formId: string
  /** (inferred) The form schema, when the service includes it. */
  form?: WixForm
}

export interface CreateInteractiveFormSessionRequest {
  formId: string
  currentValues?: CurrentValues | null
  dryRun?: boolean
  clientTime?: ClientTime
}

export interface SendUserMessageRequest {
  /** Repeats the path's id, as Wix's own SDK does. */
  interactiveFormSessionId?: string
  input?: string | null
  currentValues?: CurrentValues | null
}

/** The reply of the standard (non-streamed) methods. */
export interface InteractiveFormResponse {
  interactiveFormSession: InteractiveFormSession
  responseChunks: ResponseChunk[]
}

/** One event of a streamed reply; the session comes in the first event only. */
export interface InteractiveFormStreamEvent {
  responseChunk: ResponseChunk
  interactiveFormSession?: InteractiveFormSession
}

/** The 0-based character range of the user's last message used for extraction. */
export interface MeaningfulInput {
  startOffset: number
  length: number
}

export interface SelectOption {
  value: string
  label: string
}

export interface AllowedCustomValue {
  description: string
}

export interface SelectInputDetails {
  fieldTarget: string
  options: SelectOption[]
  allowedCustomValue?: AllowedCustomValue
}

export interface RangeLimit {
  minInclusiveValue?: number
  maxInclusiveValue?: number
  maxExclusiveValue?: number
}

interface ChunkBase {
  meaningfulInput?: MeaningfulInput
}

export interface TextChunk extends ChunkBase {
  chunkType: 'TEXT'
  /** `style` is always sent per the contract; optional here, as `displayValue` and IMPORTANT_TEXT's `fieldTarget` are, so a reply that leaves one out still renders (read as NORMAL / the text / no field). */
  textDetails: { text: string; style?: 'NORMAL' | 'BOLD' }
}

export interface TextDataChunk extends ChunkBase {
  chunkType: 'TEXT_DATA'
  textDataDetails: { fieldTarget: string; text: string; value: JsonValue; displayValue?: string }
}

export interface MultiSelectInputChunk extends ChunkBase {
  chunkType: 'MULTI_SELECT_INPUT'
  multiSelectInputDetails: SelectInputDetails
}

export interface SingleSelectInputChunk extends ChunkBase {
  chunkType: 'SINGLE_SELECT_INPUT'
  singleSelectInputDetails: SelectInputDetails
}

export interface NumberInputChunk extends ChunkBase {
  chunkType: 'NUMBER_INPUT'
  numberInputDetails: { fieldTarget: string; rangeLimit?: RangeLimit; multipleOf?: number }
}

export interface SeparatorChunk extends ChunkBase {
  chunkType: 'SEPARATOR'
  separatorDetails: { type: 'PARAGRAPH' }
}

export interface ErrorChunk extends ChunkBase {
  chunkType: 'ERROR'
  errorDetails: { messageText: string }
}

export interface SubmissionChunk extends ChunkBase {
  chunkType: 'SUBMISSION'
  submissionDetails: { submissionId: string; checkoutId?: string }
}

export interface ImportantTextChunk extends ChunkBase {
  chunkType: 'IMPORTANT_TEXT'
  importantTextDetails: { fieldTarget?: string; text: string }
}

export interface DebugChunk extends ChunkBase {
  chunkType: 'DEBUG'
  debugDetails: { data: Record<string, unknown> }
}

export interface EndOfResponseChunk extends ChunkBase {
  chunkType: 'END_OF_RESPONSE'
  endOfResponseDetails: { success: boolean }
}

export interface FileUploadChunk extends ChunkBase {
  chunkType: 'FILE_UPLOAD'
  fileUploadDetails: { fieldTarget: string }
}

export interface SignatureChunk extends ChunkBase {
  chunkType: 'SIGNATURE'
  signatureDetails: { fieldTarget: string }
}

/** Every chunk type this library knows. */
export type KnownChunk =
  | TextChunk
  | TextDataChunk
  | MultiSelectInputChunk
  | SingleSelectInputChunk
  | NumberInputChunk
  | SeparatorChunk
  | ErrorChunk
  | SubmissionChunk
  | ImportantTextChunk
  | DebugChunk
  | EndOfResponseChunk
  | FileUploadChunk
  | SignatureChunk

export type KnownChunkType = KnownChunk['chunkType']

/** Every known chunk type, in the spec's order. */
export const KNOWN_CHUNK_TYPES = [
  'TEXT',
  'TEXT_DATA',
  'MULTI_SELECT_INPUT',
  'SINGLE_SELECT_INPUT',
  'NUMBER_INPUT',
  'SEPARATOR',
  'ERROR',
  'SUBMISSION',
  'IMPORTANT_TEXT',
  'DEBUG',
  'END_OF_RESPONSE',
  'FILE_UPLOAD',
  'SIGNATURE',
] as const satisfies readonly KnownChunkType[]

/**
 * A chunk of a type the service added after this release. Narrow a
 * `ResponseChunk` with `isKnownChunk` first; a `switch` over `chunkType` of a
 * `KnownChunk` is then exhaustive.
 */
export interface UnknownChunk extends ChunkBase {
  chunkType: string
  [details: string]: unknown
}

/** A response chunk: a known chunk, or one of a type added after this release. */
export type ResponseChunk = KnownChunk | UnknownChunk

/** Narrows a chunk to the known union (false for future types). */
export function isKnownChunk(chunk: ResponseChunk): chunk is KnownChunk {
  return (KNOWN_CHUNK_TYPES as readonly string[]).includes(chunk.chunkType)
}

/** The Wix error body: `{message, details}`. */
export interface WixErrorBody {
  message?: string
  details?: {
    applicationError?: { code: string; description?: string; data?: Record<string, unknown> }
    validationError?: { fieldViolations: Array<{ field: string; description?: string; violatedRule?: string }> }
  }
}

// ---------------------------------------------------------------------------
// Form schema (Wix Form Schemas API), the subset this library reads.

export type InputType = 'STRING' | 'NUMBER' | 'BOOLEAN' | 'ARRAY' | 'OBJECT' | 'WIX_FILE' | 'PAYMENT' | 'SCHEDULING' | 'ADDRESS'

export interface FieldOption {
  value: string
  label: string
  default?: boolean
}

export interface ComponentOptions {
  label?: string
  placeholder?: string
  description?: string
  options?: FieldOption[]
  customOption?: { label: string; placeholder?: string }
  [key: string]: unknown
}

export interface StringValidation {
  format?: 'EMAIL' | 'PHONE' | 'DATE' | 'TIME' | 'DATE_TIME' | 'URL' | 'UNDEFINED' | (string & {})
  minLength?: number
  maxLength?: number
  pattern?: string
  enum?: string[]
  /** (emulator extension) inclusive ISO date bounds for DATE fields. */
  minimumDate?: string
  maximumDate?: string
}

export interface NumberValidation {
  minimum?: number
  maximum?: number
  multipleOf?: number
  enum?: number[]
}

export interface ArrayValidation {
  minItems?: number
  maxItems?: number
}

export interface PaymentProduct {
  id: string
  /** Shown to the user; not in the public schema docs, the emulator's samples carry it. */
  label?: string
  fixedPriceOptions?: { price: string }
  dynamicPriceOptions?: { minPrice: string; maxPrice?: string }
  quantityLimit?: { minimum?: number; maximum?: number }
}

export interface InputOptions {
  target: string
  inputType: InputType
  required?: boolean
  readOnly?: boolean
  pii?: boolean
  stringOptions?: { componentType: string; validation?: StringValidation; [options: string]: unknown }
  numberOptions?: { componentType: string; validation?: NumberValidation; [options: string]: unknown }
  booleanOptions?: { componentType: string; validation?: { enum?: boolean[] }; [options: string]: unknown }
  arrayOptions?: { componentType: string; validation?: ArrayValidation; [options: string]: unknown }
  paymentOptions?: {
    componentType: string
    products?: PaymentProduct[]
    validation?: ArrayValidation
    [options: string]: unknown
  }
  [options: string]: unknown
}

export interface FormField {
  id: string
  identifier?: string
  fieldType: 'INPUT' | 'DISPLAY' | (string & {})
  hidden?: boolean
  inputOptions?: InputOptions
  displayOptions?: Record<string, unknown>
}

export interface FormLayoutItem {
  fieldId: string
  row: number
  column: number
  width?: number
  height?: number
}

export interface FormStep {
  id: string
  name?: string
  hidden?: boolean
  layout?: { large?: { items: FormLayoutItem[] } }
}

export interface WixForm {
  id: string
  name?: string
  formFields: FormField[]
  steps?: FormStep[]
  [extra: string]: unknown
}
