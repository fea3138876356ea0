/** German (informal "du", as most consumer forms use). */
import type { Labels } from '../components/labels'

const formatNumber = (value: number) => value.toLocaleString('de')

/** Every string of the widget in German. */
export const de: Labels = {
  lang: 'de',
  widget: 'Formular-Assistent',
  conversation: 'Unterhaltung',
  message: 'Nachricht',
  messagePlaceholder: 'Deine Antwort…',
  start: 'Starten',
  send: 'Senden',
  stop: 'Anhalten',
  retry: 'Erneut versuchen',
  youSaid: 'Du hast geschrieben:',
  sending: 'Wird gesendet…',
  notSent: 'Nicht gesendet.',
  typing: 'Der Assistent schreibt…',
  jumpToLatest: 'Zur neuesten Nachricht',
  formSubmitted: 'Formular gesendet',
  characterCount: (count, max) => `${formatNumber(count)} von ${formatNumber(max)}`,
  messageTooLong: (over, max) =>
    `Deine Nachricht ist ${formatNumber(over)} Zeichen zu lang (höchstens ${formatNumber(max)}).`,
  captured: 'Gespeichert',
  chooseOne: (field) => `Auswählen: ${field}`,
  chooseMany: (field) => `Eine oder mehrere auswählen: ${field}`,
  confirm: 'Bestätigen',
  other: 'Anderes',
  useCustomValue: 'Übernehmen',
  yourAnswer: (answer) => `Deine Antwort: ${answer}`,
  // Built per call, not at import: an unused locale must tree-shake away.
  joinList: (items) => new Intl.ListFormat('de', { type: 'conjunction' }).format(items),
  chooseAtLeastOne: 'Wähle mindestens eine Option.',
  numberField: (field) => field,
  decrease: 'Verringern',
  increase: 'Erhöhen',
  numberRange: ({ min, max, maxExclusive, step }) => {
    const parts: string[] = []
    if (min !== undefined && max !== undefined && !maxExclusive) parts.push(`Zwischen ${formatNumber(min)} und ${formatNumber(max)}`)
    else if (min !== undefined && max !== undefined) parts.push(`Von ${formatNumber(min)} bis unter ${formatNumber(max)}`)
    else if (min !== undefined) parts.push(`${formatNumber(min)} oder mehr`)
    else if (max !== undefined) parts.push(maxExclusive ? `Weniger als ${formatNumber(max)}` : `${formatNumber(max)} oder weniger`)
    if (step !== undefined) parts.push(parts.length > 0 ? `in Schritten von ${formatNumber(step)}` : `Ein Vielfaches von ${formatNumber(step)}`)
    return parts.length > 0 ? `${parts.join(', ')}.` : ''
  },
  valueRequired: 'Gib einen Wert ein.',
  numberRequired: 'Gib eine Zahl ein.',
  notANumber: 'Das ist keine Zahl. Verwende Ziffern, zum Beispiel 12 oder 2,5.',
  numberTooSmall: (min) => `Die Zahl muss mindestens ${formatNumber(min)} sein.`,
  numberTooLarge: (max) => `Die Zahl darf höchstens ${formatNumber(max)} sein.`,
  numberNotBelow: (limit) => `Die Zahl muss kleiner als ${formatNumber(limit)} sein.`,
  numberNotMultiple: (multipleOf) => `Die Zahl muss ein Vielfaches von ${formatNumber(multipleOf)} sein.`,
  submitted: 'Danke! Dein Formular wurde gesendet.',
  submissionReference: (submissionId) => `Referenznummer: ${submissionId}`,
  checkout: 'Weiter zur Kasse',
  debug: 'Debug-Details',
  unsupportedField: (kind, field) =>
    kind === 'FILE_UPLOAD'
      ? `Dateien hochladen (${field}) geht in diesem Chat noch nicht. Bitte fülle dieses Feld im normalen Formular der Website aus.`
      : `Unterschreiben (${field}) geht in diesem Chat noch nicht. Bitte fülle dieses Feld im normalen Formular der Website aus.`,
  errorOffline: 'Du scheinst offline zu sein. Prüfe deine Verbindung und versuche es erneut.',
  errorTimeout: 'Der Assistent hat zu lange gebraucht. Versuche es erneut.',
  errorRateLimited: (seconds) =>
    seconds !== undefined && seconds > 0
      ? `Zu viele Anfragen, versuche es in ${formatNumber(seconds)} s erneut.`
      : 'Zu viele Anfragen, versuche es gleich noch einmal.',
  errorServer: 'Der Dienst hat gerade Probleme. Versuche es gleich noch einmal.',
  errorInterrupted: 'Die Antwort wurde abgebrochen.',
  errorUnauthorized: 'Mit der aktuellen Anmeldung ist dieses Formular nicht erreichbar. Lade die Seite neu und versuche es erneut.',
  errorNotFound: 'Dieses Formular oder diese Unterhaltung wurde nicht gefunden.',
  errorSessionExpired: 'Diese Unterhaltung ist abgelaufen. Beginnen Sie eine neue: Ihre Nachricht bleibt erhalten.',
  errorGeneric: (message) => `Etwas ist schiefgelaufen: ${message}`,
  edit: 'Bearbeiten',
  editField: (field) => `${field} bearbeiten`,
  newValueFor: (field) => `Neuer Wert für ${field}`,
  save: 'Speichern',
  cancel: 'Abbrechen',
  yes: 'Ja',
  no: 'Nein',
  correction: (field, value) => `Bitte ändere ${field} auf ${value}`,
  capturedAnnouncement: (fields) => `Gespeichert: ${fields.join(', ')}`,
  checkoutPreparing: 'Die Kasse wird vorbereitet…',
  checkoutUnavailable: 'Die Kasse konnte nicht geöffnet werden.',
  alreadySubmitted: 'Du hast dieses Formular bereits ausgefüllt.',
  startNew: 'Neues Formular beginnen',
  resumed: 'Willkommen zurück: Dein Gespräch ist da, wo du aufgehört hast.',
  continueConversation: 'Weiter',
  progressTitle: 'Dein Fortschritt',
  progressSummary: (done, total, percent, requiredOnly) =>
    requiredOnly
      ? `${done} von ${total} Pflichtfeldern ausgefüllt (${percent} %)`
      : `${done} von ${total} Feldern beantwortet (${percent} %)`,
  progressShort: (done, total, requiredOnly) => (requiredOnly ? `${done} von ${total} Pflichtfeldern` : `${done} von ${total} beantwortet`),
  progressShowFields: 'Alle Felder anzeigen',
  progressRequired: 'Pflichtfeld',
  progressEmpty: 'Noch nicht beantwortet',
  progressCaptured: 'Beantwortet',
  progressAttention: 'Bitte prüfen',
  progressNoFields: 'Das Formular wird geladen…',
  progressNoInputFields: 'Dieses Formular hat keine Felder zum Ausfüllen.',
  openAssistant: 'Formular-Assistent öffnen',
  closeAssistant: 'Formular-Assistent schließen',
  unread: (count) => (count === 1 ? '1 neue Nachricht' : `${formatNumber(count)} neue Nachrichten`),
}
