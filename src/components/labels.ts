/**
 * Every string the widget shows or announces, so it can be translated.
 * Strings that contain numbers or names are functions.
 */
export interface Labels {
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
  /** Accessible name of an option group. Default: `"Choose Country"` / `"Choose one or more: Toppings"`. */
  chooseOne: (field: string) => string
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
  /** The stepper's buttons. Defaults: `"Decrease"`, `"Increase"`. */
  decrease: string
  increase: string
  /** The allowed range of a number prompt; `undefined` bounds are absent. Default: `"Between 1 and 10, in steps of 0.5."`. */
  numberRange: (range: NumberRangeDescription) => string
  /** Number validation messages. */
  numberRequired: string
  notANumber: string
  numberTooSmall: (min: number) => string
  numberTooLarge: (max: number) => string
  numberNotBelow: (limit: number) => string
  numberNotMultiple: (multipleOf: number) => string
  /** The heading of the submission card. Default: `"Thank you! Your form was submitted."`. */
  submitted: string
  /** The submission's reference line. Default: `"Reference: <id>"`. */
  submissionReference: (submissionId: string) => string
  /** The checkout button of a purchase. Default: `"Continue to checkout"`. */
  checkout: string
  /** Summary of the developer panel. Default: `"Debug details"`. */
  debug: string
  /** Notice for FILE_UPLOAD / SIGNATURE fields, which the chat cannot fill. */
  unsupportedField: (kind: 'FILE_UPLOAD' | 'SIGNATURE', field: string) => string
  /** Transport errors, in words. */
  errorOffline: string
  errorTimeout: string
  errorRateLimited: (retryAfterSeconds: number | undefined) => string
  errorServer: string
  errorInterrupted: string
  errorUnauthorized: string
  errorNotFound: string
  errorGeneric: (message: string) => string
}

/** What `numberRange` is given. */
export interface NumberRangeDescription {
  min: number | undefined
  max: number | undefined
  /** `true` when `max` itself is not allowed. */
  maxExclusive: boolean
  step: number | undefined
}

const formatNumber = (value: number) => value.toLocaleString('en')

export const defaultLabels: Labels = {
  widget: 'Form assistant',
  conversation: 'Conversation',
  message: 'Message',
  messagePlaceholder: 'Type your answer…',
  start: 'Start',
  send: 'Send',
  stop: 'Stop',
  retry: 'Retry',
  youSaid: 'You said:',
  sending: 'Sending…',
  notSent: 'Not sent.',
  typing: 'The assistant is typing…',
  jumpToLatest: 'Jump to latest',
  formSubmitted: 'Form submitted',
  characterCount: (count, max) => `${formatNumber(count)} / ${formatNumber(max)}`,
  messageTooLong: (over, max) =>
    `Your message is ${formatNumber(over)} ${over === 1 ? 'character' : 'characters'} too long (limit: ${formatNumber(max)}).`,
  captured: 'Saved',
  chooseOne: (field) => `Choose ${field}`,
  chooseMany: (field) => `Choose one or more: ${field}`,
  confirm: 'Confirm',
  other: 'Other',
  useCustomValue: 'Use this',
  yourAnswer: (answer) => `Your answer: ${answer}`,
  joinList: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
  chooseAtLeastOne: 'Choose at least one option.',
  numberField: (field) => field,
  decrease: 'Decrease',
  increase: 'Increase',
  numberRange: ({ min, max, maxExclusive, step }) => {
    const parts: string[] = []
    if (min !== undefined && max !== undefined && !maxExclusive) parts.push(`Between ${formatNumber(min)} and ${formatNumber(max)}`)
    else if (min !== undefined && max !== undefined) parts.push(`From ${formatNumber(min)} to less than ${formatNumber(max)}`)
    else if (min !== undefined) parts.push(`${formatNumber(min)} or more`)
    else if (max !== undefined) parts.push(maxExclusive ? `Less than ${formatNumber(max)}` : `${formatNumber(max)} or less`)
    if (step !== undefined) parts.push(parts.length > 0 ? `in steps of ${formatNumber(step)}` : `A multiple of ${formatNumber(step)}`)
    return parts.length > 0 ? `${parts.join(', ')}.` : ''
  },
  numberRequired: 'Enter a number.',
  notANumber: 'That is not a number. Use digits, for example 12 or 2.5.',
  numberTooSmall: (min) => `The number must be at least ${formatNumber(min)}.`,
  numberTooLarge: (max) => `The number must be at most ${formatNumber(max)}.`,
  numberNotBelow: (limit) => `The number must be less than ${formatNumber(limit)}.`,
  numberNotMultiple: (multipleOf) => `The number must be a multiple of ${formatNumber(multipleOf)}.`,
  submitted: 'Thank you! Your form was submitted.',
  submissionReference: (submissionId) => `Reference: ${submissionId}`,
  checkout: 'Continue to checkout',
  debug: 'Debug details',
  unsupportedField: (kind, field) =>
    kind === 'FILE_UPLOAD'
      ? `Uploading files (${field}) is not supported in this chat yet. Please complete that field on the site's regular form.`
      : `Signing (${field}) is not supported in this chat yet. Please complete that field on the site's regular form.`,
  errorOffline: 'You appear to be offline. Check your connection and try again.',
  errorTimeout: 'The assistant took too long to answer. Try again.',
  errorRateLimited: (seconds) =>
    seconds !== undefined && seconds > 0
      ? `Too many requests, try again in ${formatNumber(seconds)} s.`
      : 'Too many requests, try again in a moment.',
  errorServer: 'The service is having trouble right now. Try again in a moment.',
  errorInterrupted: 'The reply was cut short.',
  errorUnauthorized: 'This form cannot be reached with the current sign-in. Reload the page and try again.',
  errorNotFound: 'This form or conversation could not be found.',
  errorGeneric: (message) => `Something went wrong: ${message}`,
}
