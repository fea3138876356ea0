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
  /** The session's id (`interactiveFormSessionId` in paths). */
  id: string
  /** The form the session fills. */
  formId: string
  /** (inferred) The form schema, when the service includes it. */
  form?: WixForm
}

/** The body of the create methods. */
export interface CreateInteractiveFormSessionRequest {
  /** The form to fill (a GUID). Required. */
  formId: string
  /** Values that pre-fill the session, merged with what the conversation extracts. Default: none. */
  currentValues?: CurrentValues | null
  /** Run the flow without a real submission; fixed for the session. Default: `false`. */
  dryRun?: boolean
  /** The user's clock, for relative dates. Default: none (the client always sends it). */
  clientTime?: ClientTime
}

/** The body of the send methods; needs a non-empty `input` or `currentValues` (else `EMPTY_REQUEST`). */
export interface SendUserMessageRequest {
  /** Repeats the path's id, as Wix's own SDK does. Default: none (the client always sends it). */
  interactiveFormSessionId?: string
  /** The user's message, at most `MAX_INPUT_LENGTH` characters. Default: none. */
  input?: string | null
  /** Values that override the session's for the same targets. Default: none. */
  currentValues?: CurrentValues | null
}

/** The reply of the standard (non-streamed) methods. */
export interface InteractiveFormResponse {
  /** The session (`{id, formId}`). */
  interactiveFormSession: InteractiveFormSession
  /** The reply's chunks, in order (the client turns a missing list into `[]`). */
  responseChunks: ResponseChunk[]
}

/** One event of a streamed reply; the session comes in the first event only. */
export interface InteractiveFormStreamEvent {
  /** The next chunk of the reply. */
  responseChunk: ResponseChunk
  /** The session; in the first event only. */
  interactiveFormSession?: InteractiveFormSession
}

/** The 0-based character range of the user's last message used for extraction. */
export interface MeaningfulInput {
  /** Where the range starts (0-based, in characters). */
  startOffset: number
  /** How many characters it covers. */
  length: number
}

/** One choice of a select prompt. */
export interface SelectOption {
  /** What goes into `currentValues`. */
  value: string
  /** What the user sees (and what is sent as `input`). */
  label: string
}

/** Present on a select prompt when the user may type a value not in the list. */
export interface AllowedCustomValue {
  /** What to type, shown as the free-text entry's help text. */
  description: string
}

/** The details of a single- or multi-select prompt. */
export interface SelectInputDetails {
  /** The field the prompt fills. */
  fieldTarget: string
  /** The choices (1–100). */
  options: SelectOption[]
  /** Set when a value outside `options` is allowed. */
  allowedCustomValue?: AllowedCustomValue
}

/** The bounds of a number prompt; at most one of the two maxima is set. */
export interface RangeLimit {
  /** The smallest allowed value. */
  minInclusiveValue?: number
  /** The largest allowed value. */
  maxInclusiveValue?: number
  /** The bound values must stay below. */
  maxExclusiveValue?: number
}

interface ChunkBase {
  meaningfulInput?: MeaningfulInput
}

/** A piece of the assistant's message; consecutive ones form one text. */
export interface TextChunk extends ChunkBase {
  chunkType: 'TEXT'
  /** `style` is always sent per the contract; optional here, as `displayValue` and IMPORTANT_TEXT's `fieldTarget` are, so a reply that leaves one out still renders (read as NORMAL / the text / no field). */
  textDetails: { text: string; style?: 'NORMAL' | 'BOLD' }
}

/** A value the service captured: `value` to submit, `displayValue` / `text` to show. */
export interface TextDataChunk extends ChunkBase {
  chunkType: 'TEXT_DATA'
  textDataDetails: { fieldTarget: string; text: string; value: JsonValue; displayValue?: string }
}

/** A prompt to pick one or more options. */
export interface MultiSelectInputChunk extends ChunkBase {
  chunkType: 'MULTI_SELECT_INPUT'
  multiSelectInputDetails: SelectInputDetails
}

/** A prompt to pick one option. */
export interface SingleSelectInputChunk extends ChunkBase {
  chunkType: 'SINGLE_SELECT_INPUT'
  singleSelectInputDetails: SelectInputDetails
}

/** A prompt for a number, with optional bounds and step. */
export interface NumberInputChunk extends ChunkBase {
  chunkType: 'NUMBER_INPUT'
  numberInputDetails: { fieldTarget: string; rangeLimit?: RangeLimit; multipleOf?: number }
}

/** A paragraph break. */
export interface SeparatorChunk extends ChunkBase {
  chunkType: 'SEPARATOR'
  separatorDetails: { type: 'PARAGRAPH' }
}

/** A problem to show the user (`messageText`). */
export interface ErrorChunk extends ChunkBase {
  chunkType: 'ERROR'
  errorDetails: { messageText: string }
}

/** The form was submitted; `checkoutId` only for a purchase. */
export interface SubmissionChunk extends ChunkBase {
  chunkType: 'SUBMISSION'
  submissionDetails: { submissionId: string; checkoutId?: string }
}

/** A requirement, format expectation or problem, usually about one field. */
export interface ImportantTextChunk extends ChunkBase {
  chunkType: 'IMPORTANT_TEXT'
  importantTextDetails: { fieldTarget?: string; text: string }
}

/** Developer data (tools called, timings); never shown to users by default. */
export interface DebugChunk extends ChunkBase {
  chunkType: 'DEBUG'
  debugDetails: { data: Record<string, unknown> }
}

/** The reply's last chunk; `success: false` means processing failed or was interrupted. */
export interface EndOfResponseChunk extends ChunkBase {
  chunkType: 'END_OF_RESPONSE'
  endOfResponseDetails: { success: boolean }
}

/** A file field the service cannot fill in chat yet. */
export interface FileUploadChunk extends ChunkBase {
  chunkType: 'FILE_UPLOAD'
  fileUploadDetails: { fieldTarget: string }
}

/** A signature field the service cannot fill in chat yet. */
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

/** The `chunkType` of a known chunk. */
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
  /** A type not in `KNOWN_CHUNK_TYPES`. */
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
  /** What went wrong, in words. */
  message?: string
  /** An `applicationError` (with a `code` such as `EMPTY_REQUEST`) or a `validationError` (the violated fields). */
  details?: {
    applicationError?: { code: string; description?: string; data?: Record<string, unknown> }
    validationError?: { fieldViolations: Array<{ field: string; description?: string; violatedRule?: string }> }
  }
}

// ---------------------------------------------------------------------------
// Form schema (Wix Form Schemas API), the subset this library reads.

/** The kind of value an input field holds. */
export type InputType = 'STRING' | 'NUMBER' | 'BOOLEAN' | 'ARRAY' | 'OBJECT' | 'WIX_FILE' | 'PAYMENT' | 'SCHEDULING' | 'ADDRESS'

/** A choice of a choice field in the schema. */
export interface FieldOption {
  /** The stored value. */
  value: string
  /** What the user sees. */
  label: string
  /** Whether it is pre-selected. */
  default?: boolean
}

/** A component's options (`textInputOptions`, `dropdownOptions`, …): what the field shows. */
export interface ComponentOptions {
  /** The field's label. */
  label?: string
  /** The input's placeholder. */
  placeholder?: string
  /** Help text under the field. */
  description?: string
  /** The choices of a choice field. */
  options?: FieldOption[]
  /** The free-text entry of a choice field that allows a value of the user's own. */
  customOption?: { label: string; placeholder?: string }
  [key: string]: unknown
}

/** The rules of a `STRING` field. */
export interface StringValidation {
  /** The expected format, e.g. `EMAIL`. */
  format?: 'EMAIL' | 'PHONE' | 'DATE' | 'TIME' | 'DATE_TIME' | 'URL' | 'UNDEFINED' | (string & {})
  /** Fewest characters. */
  minLength?: number
  /** Most characters. */
  maxLength?: number
  /** A regular expression the value must match. */
  pattern?: string
  /** The only allowed values. */
  enum?: string[]
  /** (emulator extension) inclusive ISO date bounds for DATE fields. */
  minimumDate?: string
  /** (emulator extension) See `minimumDate`. */
  maximumDate?: string
}

/** The rules of a `NUMBER` field. */
export interface NumberValidation {
  /** The smallest allowed value. */
  minimum?: number
  /** The largest allowed value. */
  maximum?: number
  /** The step values must be a multiple of. */
  multipleOf?: number
  /** The only allowed values. */
  enum?: number[]
}

/** The rules of an `ARRAY` (or `PAYMENT`) field. */
export interface ArrayValidation {
  /** Fewest items. */
  minItems?: number
  /** Most items. */
  maxItems?: number
}

/** A product of a `PAYMENT` field. */
export interface PaymentProduct {
  /** The product's id (the value a choice stores). */
  id: string
  /** Shown to the user; not in the public schema docs, the emulator's samples carry it. */
  label?: string
  /** A fixed price, as a decimal string. */
  fixedPriceOptions?: { price: string }
  /** A price the buyer picks within bounds, as decimal strings. */
  dynamicPriceOptions?: { minPrice: string; maxPrice?: string }
  /** How many of it may be bought. */
  quantityLimit?: { minimum?: number; maximum?: number }
}

/** What an input field collects and how; the `<type>Options` object matching `inputType` holds its component and rules. */
export interface InputOptions {
  /** The key of the field's value (`currentValues`, `fieldTarget`). */
  target: string
  /** The kind of value. */
  inputType: InputType
  /** Whether the form requires it. */
  required?: boolean
  /** Whether the user may not change it. */
  readOnly?: boolean
  /** Whether it holds personal data. */
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

/** One field of a form: an input, or display content. */
export interface FormField {
  /** The field's id (what layout items refer to). */
  id: string
  /** A readable identifier. */
  identifier?: string
  /** `INPUT` for a field that collects a value, `DISPLAY` for content. */
  fieldType: 'INPUT' | 'DISPLAY' | (string & {})
  /** Hidden from the person filling the form (its value comes from the site). */
  hidden?: boolean
  /** What an `INPUT` field collects. */
  inputOptions?: InputOptions
  /** What a `DISPLAY` field shows. */
  displayOptions?: Record<string, unknown>
}

/** Where a step places a field on its grid. */
export interface FormLayoutItem {
  /** The placed field's `id`. */
  fieldId: string
  /** The grid row. */
  row: number
  /** The grid column. */
  column: number
  /** Columns spanned. */
  width?: number
  /** Rows spanned. */
  height?: number
}

/** A page of a form. */
export interface FormStep {
  /** The step's id. */
  id: string
  /** The step's name. */
  name?: string
  /** Whether the step is hidden (its fields are not shown). */
  hidden?: boolean
  /** The fields it places, on the large-screen grid. */
  layout?: { large?: { items: FormLayoutItem[] } }
}

/** A Wix form schema (Form Schemas API), the parts this library reads; other properties pass through. */
export interface WixForm {
  /** The form's id (a GUID). */
  id: string
  /** The form's name. */
  name?: string
  /** Every field, input and display. */
  formFields: FormField[]
  /** The form's pages, in order. */
  steps?: FormStep[]
  [extra: string]: unknown
}
