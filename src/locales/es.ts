/** Spanish (neutral, informal "tú" as most consumer forms use). */
import type { Labels } from '../components/labels'

const formatNumber = (value: number) => value.toLocaleString('es')

/** Every string of the widget in Spanish. */
export const es: Labels = {
  lang: 'es',
  widget: 'Asistente del formulario',
  conversation: 'Conversación',
  message: 'Mensaje',
  messagePlaceholder: 'Escribe tu respuesta…',
  start: 'Empezar',
  send: 'Enviar',
  stop: 'Detener',
  retry: 'Reintentar',
  youSaid: 'Dijiste:',
  sending: 'Enviando…',
  notSent: 'No enviado.',
  typing: 'El asistente está escribiendo…',
  jumpToLatest: 'Ir a lo último',
  formSubmitted: 'Formulario enviado',
  characterCount: (count, max) => `${formatNumber(count)} de ${formatNumber(max)}`,
  messageTooLong: (over, max) =>
    `Tu mensaje tiene ${formatNumber(over)} ${over === 1 ? 'carácter' : 'caracteres'} de más (límite: ${formatNumber(max)}).`,
  captured: 'Guardado',
  chooseOne: (field) => `Elige: ${field}`,
  chooseMany: (field) => `Elige una o más opciones: ${field}`,
  confirm: 'Confirmar',
  other: 'Otro',
  useCustomValue: 'Usar este valor',
  yourAnswer: (answer) => `Tu respuesta: ${answer}`,
  // Built per call, not at import: an unused locale must tree-shake away.
  joinList: (items) => new Intl.ListFormat('es', { type: 'conjunction' }).format(items),
  chooseAtLeastOne: 'Elige al menos una opción.',
  numberField: (field) => field,
  decrease: 'Disminuir',
  increase: 'Aumentar',
  numberRange: ({ min, max, maxExclusive, step }) => {
    const parts: string[] = []
    if (min !== undefined && max !== undefined && !maxExclusive) parts.push(`Entre ${formatNumber(min)} y ${formatNumber(max)}`)
    else if (min !== undefined && max !== undefined) parts.push(`Desde ${formatNumber(min)} hasta menos de ${formatNumber(max)}`)
    else if (min !== undefined) parts.push(`${formatNumber(min)} o más`)
    else if (max !== undefined) parts.push(maxExclusive ? `Menos de ${formatNumber(max)}` : `${formatNumber(max)} o menos`)
    if (step !== undefined) parts.push(parts.length > 0 ? `en pasos de ${formatNumber(step)}` : `Un múltiplo de ${formatNumber(step)}`)
    return parts.length > 0 ? `${parts.join(', ')}.` : ''
  },
  valueRequired: 'Escribe un valor.',
  numberRequired: 'Escribe un número.',
  notANumber: 'Eso no es un número. Usa cifras, por ejemplo 12 o 2,5.',
  numberTooSmall: (min) => `El número debe ser como mínimo ${formatNumber(min)}.`,
  numberTooLarge: (max) => `El número debe ser como máximo ${formatNumber(max)}.`,
  numberNotBelow: (limit) => `El número debe ser menor que ${formatNumber(limit)}.`,
  numberNotMultiple: (multipleOf) => `El número debe ser un múltiplo de ${formatNumber(multipleOf)}.`,
  submitted: '¡Gracias! Tu formulario se ha enviado.',
  submissionReference: (submissionId) => `Referencia: ${submissionId}`,
  checkout: 'Continuar al pago',
  debug: 'Detalles de depuración',
  unsupportedField: (kind, field) =>
    kind === 'FILE_UPLOAD'
      ? `Este chat todavía no permite subir archivos (${field}). Completa ese campo en el formulario habitual del sitio.`
      : `Este chat todavía no permite firmar (${field}). Completa ese campo en el formulario habitual del sitio.`,
  errorOffline: 'Parece que no tienes conexión. Compruébala y vuelve a intentarlo.',
  errorTimeout: 'El asistente tardó demasiado en responder. Vuelve a intentarlo.',
  errorRateLimited: (seconds) =>
    seconds !== undefined && seconds > 0
      ? `Demasiadas solicitudes, vuelve a intentarlo en ${formatNumber(seconds)} s.`
      : 'Demasiadas solicitudes, vuelve a intentarlo en un momento.',
  errorServer: 'El servicio tiene problemas en este momento. Vuelve a intentarlo en un rato.',
  errorInterrupted: 'La respuesta se cortó.',
  errorUnauthorized: 'No se puede acceder a este formulario con la sesión actual. Recarga la página y vuelve a intentarlo.',
  errorNotFound: 'No se encontró este formulario o esta conversación.',
  errorSessionExpired: 'Esta conversación ha caducado. Empiece una nueva: su mensaje sigue aquí.',
  errorGeneric: (message) => `Algo salió mal: ${message}`,
  edit: 'Editar',
  editField: (field) => `Editar ${field}`,
  newValueFor: (field) => `Nuevo valor de ${field}`,
  save: 'Guardar',
  cancel: 'Cancelar',
  yes: 'Sí',
  no: 'No',
  correction: (field, value) => `Por favor, cambia ${field} a ${value}`,
  capturedAnnouncement: (fields) => `Guardado: ${fields.join(', ')}`,
  checkoutPreparing: 'Preparando el pago…',
  checkoutUnavailable: 'No se pudo abrir el pago.',
  alreadySubmitted: 'Ya completaste este formulario.',
  startNew: 'Empezar un formulario nuevo',
  resumed: 'Bienvenido de nuevo: tu conversación sigue donde la dejaste.',
  continueConversation: 'Continuar',
  progressTitle: 'Tu progreso',
  progressSummary: (done, total, percent, requiredOnly) =>
    requiredOnly
      ? `${done} de ${total} campos obligatorios completados (${percent} %)`
      : `${done} de ${total} campos respondidos (${percent} %)`,
  progressShort: (done, total, requiredOnly) => (requiredOnly ? `${done} de ${total} obligatorios` : `${done} de ${total} respondidos`),
  progressShowFields: 'Ver todos los campos',
  progressRequired: 'obligatorio',
  progressEmpty: 'Sin responder',
  progressCaptured: 'Respondido',
  progressAttention: 'Requiere atención',
  progressNoFields: 'Cargando el formulario…',
  progressNoInputFields: 'Este formulario no tiene campos que rellenar.',
  openAssistant: 'Abrir el asistente del formulario',
  closeAssistant: 'Cerrar el asistente del formulario',
  unread: (count) => (count === 1 ? '1 mensaje nuevo' : `${formatNumber(count)} mensajes nuevos`),
}
