import { graphRequest } from './graphRequest'
import type { GraphClient } from './types'

/** `POST /{ig-user-id}/media_publish` with `creation_id` → IG media id. Not idempotent! */
export async function publishContainer(client: GraphClient, containerId: string): Promise<string> {
  const { id } = await graphRequest<{ id: string }>(client, 'POST', `${client.igUserId}/media_publish`, {
    creation_id: containerId,
  })
  return id
}
