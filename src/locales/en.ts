/** English, the default label set. */
import type { Labels } from '../components/labels'

const formatNumber = (value: number) => value.toLocaleString('en')

/** "Email" → "email", "Full name" → "full name"; "URL" and "iPhone model" stay as they are. */
function lowerFirstWord(field: string): string {
  const first = field.split(/\s/, 1)[0] ?? ''
  return first.length > 1 && first.slice(1) === first.slice(1).toLowerCase() ? field.charAt(0).toLowerCase() + field.slice(1) : field
}

/** "my email" for a short noun label; a question or a sentence ("I agree to the terms") is quoted instead. */
function fieldPhrase(field: string): string {
  const sentence = /[?.!:]$/.test(field) || field.split(/\s+/).length > 4 || /^I\s/.test(field)
  return sentence ? `“${field}”` : `my ${lowerFirstWord(field)}`
}

/** Every string of the widget in English; `defaultLabels` is this object. */
export const en: Labels = {
  lang: 'en',
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
  valueRequired: 'Enter a value.',
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
  errorSessionExpired: 'This conversation has expired. Start a new one: your message is still here.',
  errorGeneric: (message) => `Something went wrong: ${message}`,
  edit: 'Edit',
  editField: (field) => `Edit ${field}`,
  newValueFor: (field) => `New value for ${field}`,
  save: 'Save',
  cancel: 'Cancel',
  yes: 'Yes',
  no: 'No',
  correction: (field, value) => `Please change ${fieldPhrase(field)} to ${value}`,
  capturedAnnouncement: (fields) => `Captured: ${fields.join(', ')}`,
  checkoutPreparing: 'Preparing your checkout…',
  checkoutUnavailable: 'The checkout could not be opened.',
  alreadySubmitted: 'You already completed this form.',
  startNew: 'Start a new form',
  resumed: 'Welcome back: your conversation is where you left it.',
  continueConversation: 'Continue',
  progressTitle: 'Your progress',
  progressSummary: (done, total, percent, requiredOnly) =>
    requiredOnly ? `${done} of ${total} required fields done (${percent}%)` : `${done} of ${total} fields answered (${percent}%)`,
  progressShort: (done, total, requiredOnly) => (requiredOnly ? `${done} of ${total} required` : `${done} of ${total} answered`),
  progressShowFields: 'Show all fields',
  progressRequired: 'required',
  progressEmpty: 'Not answered yet',
  progressCaptured: 'Answered',
  progressAttention: 'Needs attention',
  progressNoFields: 'Loading the form…',
  progressNoInputFields: 'This form has no fields to fill in.',
  openAssistant: 'Open the form assistant',
  closeAssistant: 'Close the form assistant',
  unread: (count) => (count === 1 ? '1 new message' : `${formatNumber(count)} new messages`),
}
