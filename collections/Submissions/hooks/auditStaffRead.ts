import type { CollectionAfterReadHook } from 'payload'

import { recordSubmissionRead } from '@/submissions/audit'

/** Every time staff see a referral, who, which and when is written to the audit log. */
export const auditStaffRead: CollectionAfterReadHook = async ({ doc, findMany, req }) => {
  await recordSubmissionRead(req, doc, Boolean(findMany))
  return doc
}
