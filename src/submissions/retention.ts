import type { Payload } from 'payload'

/**
 * Deletes closed referrals whose retention date ("Keep until", set from the form's retention
 * period when they arrived) has passed, a batch on each scheduled run. A referral still open is
 * kept until a case worker closes it: its retention runs on, but nobody loses a live case.
 * Their audit-log entries stay, as the record of who read them. Returns how many went.
 */
export async function deleteReferralsPastRetention(payload: Payload, { now = new Date(), limit = 100 } = {}): Promise<number> {
  const { docs } = await payload.find({
    collection: 'submissions',
    where: { and: [{ retainUntil: { less_than: now.toISOString() } }, { status: { equals: 'closed' } }] },
    limit,
    depth: 0,
    pagination: false,
    select: { reference: true },
  })
  if (docs.length === 0) return 0
  const result = await payload.delete({ collection: 'submissions', where: { id: { in: docs.map((doc) => doc.id) } } })
  // A bulk delete reports failures instead of throwing; the task must fail so an admin sees it.
  if (result.errors.length > 0) throw new Error(`Could not delete ${result.errors.length} referral(s) past retention: ${result.errors[0].message}`)
  payload.logger.info({ msg: `Deleted ${docs.length} closed referral(s) past their retention date`, references: docs.map((doc) => doc.reference) })
  return docs.length
}
