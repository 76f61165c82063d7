import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

/** Deepest selection a GraphQL query may nest (a list, its documents, two relations, their fields). */
export const GRAPHQL_MAX_DEPTH = 8
/** Payload's cost estimate allowed per query: each relationship counts 10, other fields 1. */
export const GRAPHQL_MAX_COMPLEXITY = 500

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen))
    } else {
      const name = selection.name.value
      // A fragment that spreads itself is reported by GraphQL's own rules; here it just stops.
      if (seen.has(name)) continue
      deepest = Math.max(deepest, depthOf(fragments.get(name)?.selectionSet, fragments, new Set([...seen, name])))
    }
  }
  return deepest
}

/** Refuses queries nested deeper than GRAPHQL_MAX_DEPTH before they run. */
export const limitQueryDepth: ValidationRule = (context: ValidationContext) => {
  const fragments = new Map(
    context
      .getDocument()
      .definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  )
  return {
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, fragments, new Set())
      if (depth > GRAPHQL_MAX_DEPTH) {
        context.reportError(new GraphQLError(`Query depth ${depth} exceeds the limit of ${GRAPHQL_MAX_DEPTH}.`, { nodes: [operation] }))
      }
    },
  }
}
