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
  data: Record<string, unknown>,
  file?: { data: Buffer; mimetype: string; name: string; size: number },
): Promise<string | number> {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, pagination: false })
  if (found.docs[0]) return found.docs[0].id
  const created = await payload.create({
    collection,
    data: data as never,
    file,
    depth: 0,
    draft: false,
    context: SEED_CONTEXT,
  })
  return created.id
}
