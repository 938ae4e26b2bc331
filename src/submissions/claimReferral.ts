import type { Payload, Where } from 'payload'

/** Referrals nobody holds (a field never set, or cleared). */
export const UNALLOCATED: Where = { or: [{ assignee: { exists: false } }, { assignee: { equals: null } }] }

/**
 * Gives a referral to a user only if nobody holds it yet, as one conditional write
 * (`UPDATE … WHERE id = ? AND assignee IS NULL` on SQLite, `findOneAndUpdate` on MongoDB), so
 * of two people claiming it at once exactly one wins. True when this call won.
 */
export async function claimReferral(payload: Payload, id: string | number, userId: string | number): Promise<boolean> {
  const claimed = await payload.db.updateOne({
    collection: 'submissions',
    where: { and: [{ id: { equals: id } }, UNALLOCATED] },
    data: { assignee: userId, updatedAt: new Date().toISOString() },
    // The SQLite adapter applies the `where` in the UPDATE itself only when asked to be atomic;
    // MongoDB's findOneAndUpdate always does.
    options: payload.db.name === 'mongoose' ? {} : { atomic: true },
  })
  return claimed !== null
}
