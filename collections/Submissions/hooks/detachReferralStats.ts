import type { CollectionAfterDeleteHook } from 'payload'

import { unlinkReferralStats } from '@/reports/referralStats'

/** A deleted referral's statistics record stays, unlinked, so reported totals never change. */
export const detachReferralStats: CollectionAfterDeleteHook = async ({ id, req }) => {
  await unlinkReferralStats(req, id)
}
