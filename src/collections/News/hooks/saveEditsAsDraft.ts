import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Edits made through the API never change the published main document: they are saved as a new
 * draft version, so the portal keeps showing the live version until the `publish` transition
 * publishes the reviewed one. Writers therefore can never publish (design.md §3). Trusted server
 * code (`overrideAccess: true`) and the transition endpoint are not affected.
 */
export const saveEditsAsDraft: CollectionBeforeOperationHook = ({ args, context, operation, overrideAccess }) => {
  if (overrideAccess || context.workflowTransition || context.trusted) return args
  if (operation === 'update') {
    return { ...args, draft: true, data: { ...(args.data ?? {}), _status: 'draft' } }
  }
  if (operation === 'create') {
    return { ...args, data: { ...(args.data ?? {}), _status: 'draft' } }
  }
  return args
}
