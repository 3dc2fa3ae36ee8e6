import type { ASTNode, FragmentDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql'

import { GraphQLError, Kind } from 'graphql'

/** Deepest nesting of selections a GraphQL query may have (Payload's own schema needs about 6 for the admin's queries). */
export const GRAPHQL_MAX_DEPTH = 8

const selectionDepth = (
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number => {
  if (!set) return 0
  let deepest = 0
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection's own fields (__schema, __type) are bounded by the schema.
      if (selection.name.value.startsWith('__')) continue
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, visiting))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting))
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      const fragment = fragments[name]
      if (!fragment || visiting.has(name)) continue
      visiting.add(name)
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, visiting))
      visiting.delete(name)
    }
  }
  return deepest
}

/** Refuses queries nested deeper than `maxDepth` (relationship cycles make unbounded nesting possible). */
export const depthLimit =
  (maxDepth = GRAPHQL_MAX_DEPTH): ValidationRule =>
  (context: ValidationContext) => {
    const document = context.getDocument()
    const fragments: Record<string, FragmentDefinitionNode> = {}
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition
    }
    return {
      OperationDefinition(node) {
        const depth = selectionDepth(node.selectionSet, fragments, new Set())
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Kueri GraphQL terlalu dalam (${depth} tingkat, batas ${maxDepth}).`, { nodes: [node as ASTNode] }),
          )
        }
      },
    }
  }

/** Bounds the number of top-level operations and aliases in one document (batching abuse). */
export const aliasLimit =
  (maxFields = 50): ValidationRule =>
  (context: ValidationContext) => ({
    OperationDefinition(node) {
      if (node.selectionSet.selections.length > maxFields) {
        context.reportError(new GraphQLError(`Kueri GraphQL memuat terlalu banyak bidang (batas ${maxFields}).`, { nodes: [node] }))
      }
    },
  })
