import { isRealDate } from './isRealDate'

export interface CalendarDate {
  year: number
  month: number
  day: number
}

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000

/**
 * Publication date as a calendar date. "YYYY-MM-DD" is taken as written; a date-time or a Date
 * is read in Western Indonesian Time (UTC+7). Returns undefined for anything unparseable.
 */
export function toCalendarDate(value: string | Date | null | undefined): CalendarDate | undefined {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'string') {
    const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim())
    if (plain) {
      const [year, month, day] = [Number(plain[1]), Number(plain[2]), Number(plain[3])]
      return isRealDate(year, month, day) ? { year, month, day } : undefined
    }
  }
  const time = (typeof value === 'string' ? new Date(value) : value).getTime()
  if (Number.isNaN(time)) return undefined
  const wib = new Date(time + WIB_OFFSET_MS)
  return { year: wib.getUTCFullYear(), month: wib.getUTCMonth() + 1, day: wib.getUTCDate() }
}
