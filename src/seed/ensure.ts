import type { CollectionSlug, Payload, Where } from 'payload'

/** Seeds never refresh the page cache: they run at start-up, before anyone has been served. */
export const SEED_CONTEXT = { disableRevalidate: true, seeding: true }

/**
 * Creates the document unless one matching `where` exists; returns its id either way. This is
 * what makes the seed idempotent: a restart finds every item and adds nothing twice.
 */
export async function ensureDoc(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown> | (() => Promise<Record<string, unknown>>),
): Promise<string | number> {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, pagination: false })
  if (found.docs[0]) return found.docs[0].id
  // A function is called only when the document is missing, so its side effects (uploads) run once.
  const values = typeof data === 'function' ? await data() : data
  const created = await payload.create({
    collection,
    data: values as never,
    depth: 0,
    draft: false,
    context: SEED_CONTEXT,
  })
  return created.id
}
