/** YouTube quota resets at midnight Pacific time; returns that instant (ms) after `now`. */
export function nextPacificMidnight(now: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Los_Angeles',
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(now))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const sinceMidnight = ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 + (now % 1000)
  const candidate = now - sinceMidnight + 24 * 60 * 60 * 1000
  // A DST change (23 h / 25 h day) moves midnight by an hour: re-check the local time there.
  const check = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', hourCycle: 'h23', hour: '2-digit' })
  const hour = Number(check.format(new Date(candidate)))
  if (hour === 23) return candidate + 60 * 60 * 1000
  if (hour === 1) return candidate - 60 * 60 * 1000
  return candidate
}
