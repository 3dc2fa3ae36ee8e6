import { graphRequest } from './graphRequest'
import type { ContainerStatusCode, GraphClient } from './types'

/** `GET /{container-id}?fields=status_code,status`; `status` holds an error subcode on ERROR. */
export async function getContainerStatus(
  client: GraphClient,
  containerId: string,
): Promise<{ statusCode: ContainerStatusCode; status?: string }> {
  const body = await graphRequest<{ status_code: ContainerStatusCode; status?: string }>(client, 'GET', containerId, {
    fields: 'status_code,status',
  })
  return { statusCode: body.status_code, status: body.status }
}
