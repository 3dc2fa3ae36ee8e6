/** "baru saja", "12 menit", "3 jam", "2 hari": how long an item has waited, for the work queue. */
export const formatAge = (since: Date | string, now: Date = new Date()): string => {
  const minutes = Math.floor((now.getTime() - new Date(since).getTime()) / 60_000)
  if (minutes < 1) return 'baru saja'
  if (minutes < 60) return `${minutes} menit`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} jam`
  return `${Math.floor(hours / 24)} hari`
}
