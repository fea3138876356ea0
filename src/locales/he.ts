/** Hebrew (right to left: the widget sets `dir="rtl"` with this locale unless `dir` is given). Plural imperatives, as Hebrew interfaces usually address users. */
import type { Labels } from '../components/labels'

const formatNumber = (value: number) => value.toLocaleString('he')

/** Every string of the widget in Hebrew. */
export const he: Labels = {
  lang: 'he',
  widget: 'עוזר הטופס',
  conversation: 'שיחה',
  message: 'הודעה',
  messagePlaceholder: 'כתבו את תשובתכם…',
  start: 'התחלה',
  send: 'שליחה',
  stop: 'עצירה',
  retry: 'ניסיון נוסף',
  youSaid: 'כתבתם:',
  sending: 'נשלח…',
  notSent: 'לא נשלח.',
  typing: 'העוזר מקליד…',
  jumpToLatest: 'מעבר להודעה האחרונה',
  formSubmitted: 'הטופס נשלח',
  characterCount: (count, max) => `${formatNumber(count)} מתוך ${formatNumber(max)}`,
  messageTooLong: (over, max) => `ההודעה ארוכה מדי ב-${formatNumber(over)} ${over === 1 ? 'תו' : 'תווים'} (המגבלה: ${formatNumber(max)}).`,
  captured: 'נשמר',
  chooseOne: (field) => `בחירה: ${field}`,
  chooseMany: (field) => `בחירה של אפשרות אחת או יותר: ${field}`,
  confirm: 'אישור',
  other: 'אחר',
  useCustomValue: 'שימוש בערך הזה',
  yourAnswer: (answer) => `התשובה שלכם: ${answer}`,
  // Built per call, not at import: an unused locale must tree-shake away.
  joinList: (items) => new Intl.ListFormat('he', { type: 'conjunction' }).format(items),
  chooseAtLeastOne: 'בחרו לפחות אפשרות אחת.',
  numberField: (field) => field,
  decrease: 'הפחתה',
  increase: 'הגדלה',
  numberRange: ({ min, max, maxExclusive, step }) => {
    const parts: string[] = []
    if (min !== undefined && max !== undefined && !maxExclusive) parts.push(`בין ${formatNumber(min)} ל-${formatNumber(max)}`)
    else if (min !== undefined && max !== undefined) parts.push(`מ-${formatNumber(min)} ועד פחות מ-${formatNumber(max)}`)
    else if (min !== undefined) parts.push(`${formatNumber(min)} או יותר`)
    else if (max !== undefined) parts.push(maxExclusive ? `פחות מ-${formatNumber(max)}` : `${formatNumber(max)} או פחות`)
    if (step !== undefined) parts.push(parts.length > 0 ? `בקפיצות של ${formatNumber(step)}` : `כפולה של ${formatNumber(step)}`)
    return parts.length > 0 ? `${parts.join(', ')}.` : ''
  },
  valueRequired: 'הזינו ערך.',
  numberRequired: 'הזינו מספר.',
  notANumber: 'זה לא מספר. השתמשו בספרות, למשל 12 או 2.5.',
  numberTooSmall: (min) => `המספר צריך להיות לפחות ${formatNumber(min)}.`,
  numberTooLarge: (max) => `המספר צריך להיות לכל היותר ${formatNumber(max)}.`,
  numberNotBelow: (limit) => `המספר צריך להיות קטן מ-${formatNumber(limit)}.`,
  numberNotMultiple: (multipleOf) => `המספר צריך להיות כפולה של ${formatNumber(multipleOf)}.`,
  submitted: 'תודה! הטופס נשלח.',
  submissionReference: (submissionId) => `מספר אסמכתה: ${submissionId}`,
  checkout: 'המשך לתשלום',
  debug: 'פרטי ניפוי באגים',
  unsupportedField: (kind, field) =>
    kind === 'FILE_UPLOAD'
      ? `העלאת קבצים (${field}) עדיין לא נתמכת בצ'אט הזה. נא למלא את השדה הזה בטופס הרגיל של האתר.`
      : `חתימה (${field}) עדיין לא נתמכת בצ'אט הזה. נא למלא את השדה הזה בטופס הרגיל של האתר.`,
  errorOffline: 'נראה שאין חיבור לאינטרנט. בדקו את החיבור ונסו שוב.',
  errorTimeout: 'לעוזר לקח יותר מדי זמן לענות. נסו שוב.',
  errorRateLimited: (seconds) =>
    seconds !== undefined && seconds > 0 ? `יותר מדי בקשות, נסו שוב בעוד ${formatNumber(seconds)} שניות.` : 'יותר מדי בקשות, נסו שוב בעוד רגע.',
  errorServer: 'יש כרגע תקלה בשירות. נסו שוב בעוד רגע.',
  errorInterrupted: 'התשובה נקטעה.',
  errorUnauthorized: 'אי אפשר לגשת לטופס הזה עם ההתחברות הנוכחית. טענו את הדף מחדש ונסו שוב.',
  errorNotFound: 'הטופס או השיחה לא נמצאו.',
  errorSessionExpired: 'תוקף השיחה פג. התחילו שיחה חדשה: ההודעה שלכם נשמרה.',
  errorGeneric: (message) => `משהו השתבש: ${message}`,
  edit: 'עריכה',
  editField: (field) => `עריכה: ${field}`,
  newValueFor: (field) => `ערך חדש עבור ${field}`,
  save: 'שמירה',
  cancel: 'ביטול',
  yes: 'כן',
  no: 'לא',
  correction: (field, value) => `אפשר לשנות את ${field} ל-${value}?`,
  capturedAnnouncement: (fields) => `נשמר: ${fields.join(', ')}`,
  checkoutPreparing: 'מכינים את התשלום…',
  checkoutUnavailable: 'לא ניתן לפתוח את דף התשלום.',
  alreadySubmitted: 'כבר מילאתם את הטופס הזה.',
  startNew: 'התחלת טופס חדש',
  resumed: 'ברוכים השבים: השיחה ממשיכה מהמקום שבו עצרתם.',
  continueConversation: 'המשך',
  progressTitle: 'ההתקדמות שלכם',
  progressSummary: (done, total, percent, requiredOnly) =>
    requiredOnly ? `${done} מתוך ${total} שדות חובה מולאו (${percent}%)` : `${done} מתוך ${total} שדות נענו (${percent}%)`,
  progressShort: (done, total, requiredOnly) => (requiredOnly ? `${done} מתוך ${total} שדות חובה` : `${done} מתוך ${total} נענו`),
  progressShowFields: 'הצגת כל השדות',
  progressRequired: 'חובה',
  progressEmpty: 'עדיין לא נענה',
  progressCaptured: 'נענה',
  progressAttention: 'דורש תשומת לב',
  progressNoFields: 'הטופס נטען…',
  progressNoInputFields: 'אין בטופס הזה שדות למילוי.',
  openAssistant: 'פתיחת עוזר הטופס',
  closeAssistant: 'סגירת עוזר הטופס',
  unread: (count) => (count === 1 ? 'הודעה חדשה אחת' : `${formatNumber(count)} הודעות חדשות`),
}
