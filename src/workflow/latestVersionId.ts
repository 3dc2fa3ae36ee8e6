import type { PayloadRequest } from 'payload'

/** Id of the newest row in the item's version history: the content a verifier just reviewed. */
export const latestVersionId = async (req: PayloadRequest, id: number | string): Promise<string | null> => {
  const { docs } = await req.payload.findVersions({
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
