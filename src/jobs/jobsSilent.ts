/**
 * Payload's own job error logs print the whole job as JSON at ERROR on every attempt; tasks log
 * one line themselves instead (src/jobs/withJobLogging.ts). Info lines ("Running N jobs") stay.
 */
export const JOBS_SILENT = { error: true, info: false } as const
