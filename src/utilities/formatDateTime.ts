const formatter = new Intl.DateTimeFormat('id-ID', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Jakarta',
})

/** "Senin, 30 Mei 2022 10.15 WIB": the Indonesian news convention, always in WIB. */
export const formatDateTime = (value: Date | string): string => {
  const date = typeof value === 'string' ? new Date(value) : value
  return `${formatter.format(date).replace(' pukul', '')} WIB`
}

const shortFormatter = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Jakarta',
})

/** "4 Des 2026 04.48 WIB": the same instant where a phone has room for one short line. */
export const formatShortDateTime = (value: Date | string): string => {
  const date = typeof value === 'string' ? new Date(value) : value
  return `${shortFormatter.format(date).replace(',', '').replace(' pukul', '')} WIB`
}
