import type { PayloadRequest } from 'payload'

/** True while the database has no account yet: the next one made is the administrator. */
export async function isFirstUser(req: PayloadRequest): Promise<boolean> {
  const existing = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return existing.totalDocs === 0
}
