import type { Payload, PayloadRequest } from 'payload'

/**
 * Id of the newest row in the item's version history: the content a verifier just reviewed,
 * or what a transition just published or retracted (syndication binds records to it).
 */
export const latestVersionId = async (
  payload: Payload,
  id: number | string,
  req?: Partial<PayloadRequest>,
): Promise<string | null> => {
  const { docs } = await payload.findVersions({
    collection: 'news',
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ? String(docs[0].id) : null
}
