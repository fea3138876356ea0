import { en } from '../locales/en'

/**
 * Every string the widget shows or announces, so it can be translated.
 * Strings that contain numbers or names are functions.
 */
export interface Labels {
  /** BCP 47 language tag of this set; set as the widget's `lang`, and `he`, `ar`, `fa`, `ur`, `yi` imply right to left. Default: `"en"`. */
  lang: string
  /** Accessible name of the widget's region. Default: `"Form assistant"`. */
  widget: string
  /** Accessible name of the conversation log. Default: `"Conversation"`. */
  conversation: string
  /** Accessible name of the message box. Default: `"Message"`. */
  message: string
  /** Placeholder of the message box. Default: `"Type your answer…"`. */
  messagePlaceholder: string
  /** Starts the conversation when the widget does not start it by itself (`autoStart: false`). Default: `"Start"`. */
  start: string
  /** The send button. Default: `"Send"`. */
  send: string
  /** The button that stops a reply. Default: `"Stop"`. */
  stop: string
  /** Retry buttons. Default: `"Retry"`. */
  retry: string
  /** Hidden prefix of the user's bubbles. Default: `"You said:"`. */
  youSaid: string
  /** A message on its way. Default: `"Sending…"`. */
  sending: string
  /** A message that did not reach the server (its text stays). Default: `"Not sent."`. */
  notSent: string
  /** Typing indicator text (visually hidden). Default: `"The assistant is typing…"`. */
  typing: string
  /** Shown when the reader scrolled up and new content arrived. Default: `"Jump to latest"`. */
  jumpToLatest: string
  /** Note under the disabled composer after submission. Default: `"Form submitted"`. */
  formSubmitted: string
  /** The character counter, shown as the limit nears. Default: `"9,120 / 10,000"`. */
  characterCount: (count: number, max: number) => string
  /** Why a too-long message cannot be sent. Default: `"Your message is 12 characters too long (limit: 10,000)."`. */
  messageTooLong: (over: number, max: number) => string
  /** Hidden prefix of a captured-value chip. Default: `"Saved"`. */
  captured: string
  /** Accessible name of a single-select option group. Default: `"Choose Country"`. */
  chooseOne: (field: string) => string
  /** Accessible name of a multi-select option group. Default: `"Choose one or more: Toppings"`. */
  chooseMany: (field: string) => string
  /** The multi-select confirm button. Default: `"Confirm"`. */
  confirm: string
  /** Label of the free-text entry of a select prompt. Default: `"Other"`. */
  other: string
  /** The button that sends the free-text entry of a single select. Default: `"Use this"`. */
  useCustomValue: string
  /** Shown under an answered prompt. Default: `"Your answer: Blue"`. */
  yourAnswer: (answer: string) => string
  /** Joins the labels of several chosen options. Default: `"A, B and C"`. */
  joinList: (items: readonly string[]) => string
  /** Shown when a multi-select is confirmed with nothing chosen. Default: `"Choose at least one option."`. */
  chooseAtLeastOne: string
  /** Label of a number prompt's field. Default: the field's label. */
  numberField: (field: string) => string
  /** The stepper's down button. Default: `"Decrease"`. */
  decrease: string
  /** The stepper's up button. Default: `"Increase"`. */
  increase: string
  /** The allowed range of a number prompt; `undefined` bounds are absent. Default: `"Between 1 and 10, in steps of 0.5."`. */
  numberRange: (range: NumberRangeDescription) => string
  /** Saving an emptied value in the field editor. Default: `"Enter a value."`. */
  valueRequired: string
  /** A number prompt sent empty. Default: `"Enter a number."`. */
  numberRequired: string
  /** A number prompt with text that is not a number. Default: `"That is not a number. Use digits, for example 12 or 2.5."`. */
  notANumber: string
  /** A number under the minimum. Default: `"The number must be at least 1."`. */
  numberTooSmall: (min: number) => string
  /** A number over the (inclusive) maximum. Default: `"The number must be at most 10."`. */
  numberTooLarge: (max: number) => string
  /** A number at or over an exclusive maximum. Default: `"The number must be less than 10."`. */
  numberNotBelow: (limit: number) => string
  /** A number off the step. Default: `"The number must be a multiple of 0.5."`. */
  numberNotMultiple: (multipleOf: number) => string
  /** The heading of the submission card. Default: `"Thank you! Your form was submitted."`. */
  submitted: string
  /** The submission's reference line. Default: `"Reference: <id>"`. */
  submissionReference: (submissionId: string) => string
  /** The checkout button of a purchase. Default: `"Continue to checkout"`. */
  checkout: string
  /** Summary of the developer panel. Default: `"Debug details"`. */
  debug: string
  /** Notice for FILE_UPLOAD / SIGNATURE fields, which the chat cannot fill. Default: `"Uploading files (Resume) is not supported in this chat yet. Please complete that field on the site's regular form."` (`"Signing (…)"` for a signature). */
  unsupportedField: (kind: 'FILE_UPLOAD' | 'SIGNATURE', field: string) => string
  /** A request that got no answer (`network`). Default: `"You appear to be offline. Check your connection and try again."`. */
  errorOffline: string
  /** A request that timed out (kind `timeout`). Default: `"The assistant took too long to answer. Try again."`. */
  errorTimeout: string
  /** HTTP 429; `retryAfterSeconds` from `Retry-After`. Default: `"Too many requests, try again in 30 s."`; without it `"Too many requests, try again in a moment."`. */
  errorRateLimited: (retryAfterSeconds: number | undefined) => string
  /** HTTP 5xx. Default: `"The service is having trouble right now. Try again in a moment."`. */
  errorServer: string
  /** A reply cut short (kind `interrupted`). Default: `"The reply was cut short."`. */
  errorInterrupted: string
  /** HTTP 401 / 403. Default: `"This form cannot be reached with the current sign-in. Reload the page and try again."`. */
  errorUnauthorized: string
  /** HTTP 404. Default: `"This form or conversation could not be found."`. */
  errorNotFound: string
  /** HTTP 404 for a session that existed: the service forgot it (idle too long). Shown with the `startNew` button. Default: `"This conversation has expired. Start a new one: your message is still here."`. */
  errorSessionExpired: string
  /** Any other error, with its message. Default: `"Something went wrong: <message>"`. */
  errorGeneric: (message: string) => string

  // Editing a captured value
  /** Visible text of the Edit buttons of chips and progress rows. Default: `"Edit"`. */
  edit: string
  /** Accessible name of an Edit button. Default: `"Edit Email"`. */
  editField: (field: string) => string
  /** Label of the inline editor's input. Default: `"New value for Email"`. */
  newValueFor: (field: string) => string
  /** The editor's save button. Default: `"Save"`. */
  save: string
  /** The editor's cancel button. Default: `"Cancel"`. */
  cancel: string
  /** A yes/no (checkbox) field's `true`: the editor's option, corrections and the progress list. Default: `"Yes"`. */
  yes: string
  /** A yes/no (checkbox) field's `false`: the editor's option, corrections and the progress list. Default: `"No"`. */
  no: string
  /** The message sent with a corrected value (the value itself goes as `currentValues`). Default: `"Please change my email to ada@example.org"`. */
  correction: (field: string, value: string) => string

  // Announcements
  /** Read out (politely) once per turn for the values it captured. Default: `"Captured: Email, Phone"`. */
  capturedAnnouncement: (fields: readonly string[]) => string

  // Checkout and a form submitted on an earlier visit
  /** Shown while `getCheckoutUrl` is resolving. Default: `"Preparing your checkout…"`. */
  checkoutPreparing: string
  /** Shown when `getCheckoutUrl` failed or gave a URL that is not http(s). Default: `"The checkout could not be opened."`. */
  checkoutUnavailable: string
  /** Heading of the completed state shown (with `persist`) when this form was already submitted. Default: `"You already completed this form."`. */
  alreadySubmitted: string
  /** The button that leaves the completed state (or a restored conversation) for a fresh form. Default: `"Start a new form"`. */
  startNew: string
  /** Shown above a conversation restored by `persist`. Default: `"Welcome back: your conversation is where you left it."`. */
  resumed: string
  /** Dismisses the restored-conversation notice and goes on. Default: `"Continue"`. */
  continueConversation: string

  // Form progress (the drop-in's panel and compact bar)
  /** Heading of the progress panel (and name of its progress bar). Default: `"Your progress"`. */
  progressTitle: string
  /** The figure under the bar. Default: `"2 of 5 required fields done (40%)"`; without required fields `"3 of 4 fields answered (75%)"`. */
  progressSummary: (done: number, total: number, percent: number, requiredOnly: boolean) => string
  /** The compact bar's short figure. Default: `"2 of 5 required"`; without required fields `"3 of 4 answered"`. */
  progressShort: (done: number, total: number, requiredOnly: boolean) => string
  /** The compact bar's disclosure of the field list. Default: `"Show all fields"`. */
  progressShowFields: string
  /** The required mark. Default: `"required"`. */
  progressRequired: string
  /** State of an empty field. Default: `"Not answered yet"`. */
  progressEmpty: string
  /** State of a captured field, before its value. Default: `"Answered"`. */
  progressCaptured: string
  /** State of a flagged field, before the assistant's message. Default: `"Needs attention"`. */
  progressAttention: string
  /** Shown while the form schema is not known yet. Default: `"Loading the form…"`. */
  progressNoFields: string
  /** Shown when the form has no visible input fields. Default: `"This form has no fields to fill in."`. */
  progressNoInputFields: string

  // Launcher
  /** Accessible name of the launcher's corner button. Default: `"Open the form assistant"`. */
  openAssistant: string
  /** Accessible name of the launcher's close button. Default: `"Close the form assistant"`. */
  closeAssistant: string
  /** The launcher's unread count, read out and described on its button. Default: `"1 new message"`, `"3 new messages"`. */
  unread: (count: number) => string
}


/** What `numberRange` is given. */
export interface NumberRangeDescription {
  /** The smallest allowed value (inclusive); `undefined` when there is none. */
  min: number | undefined
  /** The largest value; `undefined` when there is none. */
  max: number | undefined
  /** `true` when `max` itself is not allowed. */
  maxExclusive: boolean
  /** The step values must be a multiple of; `undefined` when any number goes. */
  step: number | undefined
}

/** The English labels (the default); every locale lives in `src/locales`. */
export const defaultLabels: Labels = en
