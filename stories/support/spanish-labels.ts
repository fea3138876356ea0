import type { Labels } from '../../src/components'

const formatNumber = (value: number) => value.toLocaleString('es')

/**
 * An example translation through `labels`: formtalk ships English only, and
 * any string (or string-building function) can be replaced. Strings left out
 * stay English.
 */
export const spanishLabels: Partial<Labels> = {
  widget: 'Asistente del formulario',
  conversation: 'Conversación',
  message: 'Mensaje',
  messagePlaceholder: 'Escribe tu respuesta…',
  send: 'Enviar',
  start: 'Empezar',
  stop: 'Detener',
  retry: 'Reintentar',
  youSaid: 'Dijiste:',
  sending: 'Enviando…',
  notSent: 'No enviado.',
  typing: 'El asistente está escribiendo…',
  jumpToLatest: 'Ir a lo último',
  formSubmitted: 'Formulario enviado',
  captured: 'Guardado',
  chooseOne: (field) => `Elige ${field}`,
  chooseMany: (field) => `Elige una o más: ${field}`,
  confirm: 'Confirmar',
  other: 'Otro',
  useCustomValue: 'Usar este',
  yourAnswer: (answer) => `Tu respuesta: ${answer}`,
  joinList: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`),
  chooseAtLeastOne: 'Elige al menos una opción.',
  decrease: 'Disminuir',
  increase: 'Aumentar',
  numberRequired: 'Escribe un número.',
  notANumber: 'Eso no es un número. Usa cifras, por ejemplo 12 o 2,5.',
  numberTooSmall: (min) => `El número debe ser al menos ${formatNumber(min)}.`,
  numberTooLarge: (max) => `El número debe ser como máximo ${formatNumber(max)}.`,
  numberNotBelow: (limit) => `El número debe ser menor que ${formatNumber(limit)}.`,
  numberNotMultiple: (multipleOf) => `El número debe ser múltiplo de ${formatNumber(multipleOf)}.`,
  submitted: '¡Gracias! Tu formulario se ha enviado.',
  submissionReference: (submissionId) => `Referencia: ${submissionId}`,
  checkout: 'Ir al pago',
  debug: 'Detalles de depuración',
  errorOffline: 'Parece que no tienes conexión. Compruébala e inténtalo de nuevo.',
  errorTimeout: 'El asistente tardó demasiado en responder. Inténtalo de nuevo.',
  errorServer: 'El servicio tiene problemas en este momento. Inténtalo de nuevo en un momento.',
  errorInterrupted: 'La respuesta se cortó.',
}
