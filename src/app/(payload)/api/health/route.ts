import { getPayloadClient } from '@/data/getPayloadClient'
import { healthReport } from '@/server/healthReport'

/**
 * Health check for load balancers: 200 with `status: ok`, or 503 when the database or Redis does
 * not answer, a job is overdue (no runner), or the server is draining after SIGTERM. Public and
 * uncached; it reveals no content. HEALTH_QUEUE_OVERDUE_S (300) sets the queue threshold.
 */
export async function GET(): Promise<Response> {
  const overdueMs = (Number(process.env.HEALTH_QUEUE_OVERDUE_S) || 300) * 1000
  const report = await healthReport(await getPayloadClient(), { overdueMs })
  return Response.json(report, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  })
}

export const dynamic = 'force-dynamic'
