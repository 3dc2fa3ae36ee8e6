import 'server-only'

import { cache } from 'react'

import { getPayloadClient } from './getPayloadClient'

export const getSite = cache(async () => {
  const payload = await getPayloadClient()
  return payload.findGlobal({ slug: 'site', overrideAccess: false, depth: 0 })
})
