import type { CollectionAfterChangeHook } from 'payload'

import { syncReferralStats } from '@/reports/referralStats'

/** The referral's de-identified statistics record follows it, in the same transaction. */
export const keepReferralStats: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  await syncReferralStats(req, doc, previousDoc, operation)
  return doc
}
