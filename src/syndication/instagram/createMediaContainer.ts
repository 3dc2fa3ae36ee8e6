import { graphRequest } from './graphRequest'
import type { GraphClient } from './types'

export type ContainerSpec =
  | { kind: 'image'; imageUrl: string; caption: string; altText?: string }
  | { kind: 'carouselItem'; imageUrl: string; altText?: string }
  | { kind: 'carousel'; children: string[]; caption: string }

/** `POST /{ig-user-id}/media` → container id. No caption on carousel children. */
export async function createMediaContainer(client: GraphClient, spec: ContainerSpec): Promise<string> {
  const params: Record<string, string> =
    spec.kind === 'carousel'
      ? { media_type: 'CAROUSEL', children: spec.children.join(','), caption: spec.caption }
      : spec.kind === 'carouselItem'
        ? { image_url: spec.imageUrl, is_carousel_item: 'true' }
        : { image_url: spec.imageUrl, caption: spec.caption }
  if (spec.kind !== 'carousel' && spec.altText) params.alt_text = spec.altText
  const { id } = await graphRequest<{ id: string }>(client, 'POST', `${client.igUserId}/media`, params)
  return id
}
