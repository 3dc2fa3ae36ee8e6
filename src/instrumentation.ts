/**
 * Payload initialises lazily on the first request; booting it here applies pending migrations,
 * runs start-up seeding and starts the job cron as soon as the server starts.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { bootPayload } = await import('./bootstrap/bootPayload')
  await bootPayload()
}
