/**
 * date-fns patterns for Payload's admin (rendered with its Indonesian locale): "Rabu,
 * 2 Desember 2026 08.00" in lists and headers, day-month-year order in date inputs.
 */
export const ADMIN_DATE_FORMAT = 'EEEE, d MMMM yyyy HH.mm'
export const DATE_TIME_INPUT_FORMAT = 'dd/MM/yyyy HH.mm'
export const DATE_INPUT_FORMAT = 'dd/MM/yyyy'
/** Read-only dates in the form: the long form reads better than the input order. */
export const READONLY_DATE_FORMAT = 'd MMMM yyyy HH.mm'
