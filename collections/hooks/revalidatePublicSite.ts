import { revalidatePath } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { isInsideNextServer } from '@/config/env'

/**
 * Content appears on many pages (service titles in every page's navigation, support lines in
 * urgent help), so a published change refreshes the whole cached site at once. Pages are
 * rebuilt on their next request. Seeds and scripts pass `context.disableRevalidate`.
 */
function refreshSite(context: Record<string, unknown>): void {
  if (context.disableRevalidate || !isInsideNextServer()) return
  revalidatePath('/', 'layout')
}

const touchesPublished = (doc: { _status?: unknown } | undefined): boolean =>
  doc !== undefined && (doc._status === undefined || doc._status === 'published')

export const revalidateAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  if (touchesPublished(doc) || touchesPublished(previousDoc)) refreshSite(req.context)
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  refreshSite(req.context)
  return doc
}

export const revalidateGlobalAfterChange: GlobalAfterChangeHook = ({ doc, req }) => {
  refreshSite(req.context)
  return doc
}

/** The hooks every public content collection carries. */
export const revalidatePublicSiteHooks = {
  afterChange: [revalidateAfterChange],
  afterDelete: [revalidateAfterDelete],
}
