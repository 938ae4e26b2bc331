import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { publishChecks } from '@/forms'
import { toFormDefinition } from '../toFormDefinition'

/**
 * Publishing runs the engine's publish checks and is refused, with every problem named, when
 * any fails; drafts save freely. A successful publish takes the next version number.
 */
export const runPublishChecks: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (data._status !== 'published') return data
  const definition = toFormDefinition({ ...originalDoc, ...data })
  const issues = publishChecks(definition)
  if (issues.length > 0) {
    // Each message is shown beside the page it names in the admin, and is the error's label, so
    // the admin's "fields are invalid" toast lists the reasons rather than field paths.
    const pathOf = (pageId?: string) => {
      const index = definition.pages.findIndex((page) => page.id === pageId)
      return index >= 0 ? `pages.${index}.pageId` : 'pages'
    }
    const errors = issues.map((issue) => ({ path: pathOf(issue.pageId), message: issue.message, label: issue.message }))
    throw new ValidationError({ collection: 'forms', errors }, req.t)
  }
  const previous = typeof originalDoc?.version === 'number' ? originalDoc.version : 0
  return { ...data, version: previous + 1 }
}
