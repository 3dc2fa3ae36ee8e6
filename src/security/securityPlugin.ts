import type { Config, Plugin } from 'payload'

import { aliasLimit, depthLimit } from './graphqlLimits'
import { indonesianErrors } from './indonesianErrors'
import { missingFileIs404 } from './missingFile'
import { queryGuard } from './queryGuard'

/** Total field cost of one GraphQL query (Payload's default is 1000). */
export const GRAPHQL_MAX_COMPLEXITY = 600

/**
 * The HTTP-facing security rules applied once to the whole config, so no collection or route can
 * miss them: the query guard on every collection (REST and GraphQL share the operations), GraphQL
 * depth/complexity limits, Indonesian 4xx answers for refusals, 404 for upload files not on disk (local storage). Body limits and security
 * headers live in front of Payload (src/server/bodyLimit.ts, next.config.ts).
 */
export const securityPlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    // A collection whose files live in a storage adapter (S3) has no files on disk to check; its
    // own handlers answer for missing objects (src/collections/Media/missingFileAnswer.ts).
    ...(typeof collection.upload === 'object' && typeof collection.upload.staticDir === 'string' && !collection.upload.disableLocalStorage
      ? { upload: { ...collection.upload, handlers: [missingFileIs404(collection.upload.staticDir), ...(collection.upload.handlers ?? [])] } }
      : {}),
    hooks: {
      ...collection.hooks,
      beforeOperation: [queryGuard, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
  graphQL: {
    ...config.graphQL,
    maxComplexity: Math.min(config.graphQL?.maxComplexity ?? GRAPHQL_MAX_COMPLEXITY, GRAPHQL_MAX_COMPLEXITY),
    validationRules: (args) => [...(config.graphQL?.validationRules?.(args) ?? []), depthLimit(), aliasLimit()],
  },
  hooks: {
    ...config.hooks,
    afterError: [...(config.hooks?.afterError ?? []), indonesianErrors],
  },
})
