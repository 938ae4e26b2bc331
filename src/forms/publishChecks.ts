import { graphChecks } from './publish/graph'
import { referenceChecks } from './publish/references'
import { structureChecks } from './publish/structure'
import type { FormDefinition, PublishIssue } from './types'

/**
 * Everything that must be fixed before a form can be published, each in plain English naming
 * the page and question: duplicate ids and keys, broken options and patterns, conditions on
 * questions that are missing or not yet answered, branches to missing pages, unreachable
 * pages, loops, dead ends and exit pages without content. An empty list means publishable.
 */
export function publishChecks(def: FormDefinition): PublishIssue[] {
  return [...structureChecks(def), ...referenceChecks(def), ...graphChecks(def)]
}
