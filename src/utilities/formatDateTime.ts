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
