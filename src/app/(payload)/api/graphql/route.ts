/* Payload GraphQL API (scaffold as documented by Payload); unparsable or invalid queries answer 400. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withGraphqlStatus } from '@/security/graphqlStatus'

export const POST = withGraphqlStatus(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
