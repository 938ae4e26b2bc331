import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql'

/** Why a GraphQL document is refused before Payload sees it, or null when its shape is fine. */
export type ShapeProblem = string | null

/**
 * How deeply the document nests selections, following fragment spreads; `Infinity` when
 * fragments spread each other in a cycle (Payload's complexity count would recurse forever).
 */
export function selectionDepth(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const depthOf = (selectionSet: SelectionSetNode | undefined, path: ReadonlySet<string>): number => {
    let deepest = 0
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.selectionSet) deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, path))
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, path))
      } else {
        const name = selection.name.value
        if (path.has(name)) return Infinity
        deepest = Math.max(deepest, depthOf(fragments.get(name)?.selectionSet, new Set([...path, name])))
      }
    }
    return deepest
  }
  let deepest = 0
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) deepest = Math.max(deepest, depthOf(definition.selectionSet, new Set()))
  }
  return deepest
}

/**
 * Checks a query's text: one that nests deeper than `maxDepth` or has cyclic fragments is
 * refused. Text that does not parse is left for Payload, which answers with the syntax error.
 */
export function graphqlShapeProblem(query: unknown, maxDepth: number): ShapeProblem {
  if (typeof query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 20_000 })
  } catch {
    return null
  }
  const depth = selectionDepth(document)
  if (depth === Infinity) return 'Fragments must not spread each other in a cycle.'
  if (depth > maxDepth) return `The query nests ${depth} levels deep; at most ${maxDepth} are allowed.`
  return null
}
