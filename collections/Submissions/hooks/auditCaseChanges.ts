import type { CollectionAfterChangeHook } from 'payload'

import { recordCaseChanges } from '@/submissions/caseAudit'

/** Every change of stage, assignee, service or priority goes to the audit log: who, when, from → to. */
export const auditCaseChanges: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (operation === 'update') await recordCaseChanges(req, previousDoc, doc)
  return doc
}
