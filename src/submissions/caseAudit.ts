import type { PayloadRequest } from 'payload'

import { relationId } from '@/casework/allocation'
import { writeAuditEntry } from './audit'

/** The case changes written to the audit log, and the referral field each one follows. */
export const CASE_CHANGES = { stage: 'status', assignee: 'assignee', service: 'routedService', priority: 'priority' } as const
export type CaseChange = keyof typeof CASE_CHANGES

type Referral = Record<string, unknown> & { id?: unknown; reference?: unknown }

const valueOf = (value: unknown): string => relationId(value) ?? ''

/** Which audited fields differ between two versions of a referral, with the old and new values. */
export function caseChanges(before: Referral, after: Referral): Array<{ change: CaseChange; from: string; to: string }> {
  return (Object.entries(CASE_CHANGES) as Array<[CaseChange, string]>)
    .map(([change, field]) => ({ change, from: valueOf(before[field]), to: valueOf(after[field]) }))
    .filter(({ from, to }) => from !== to)
}

/**
 * Writes one audit entry per change of stage, assignee, service or priority: who, when,
 * which referral, from → to (ids for people and services). Changes made by the system (no
 * signed-in user) are not a member of staff's act and are not written.
 */
export async function recordCaseChanges(req: PayloadRequest, before: Referral, after: Referral): Promise<void> {
  const user = req.user
  if (!user) return
  const at = new Date().toISOString()
  const subject = { id: after.id ?? before.id, reference: after.reference }
  for (const { change, from, to } of caseChanges(before, after)) {
    await writeAuditEntry(req, user, subject, { operation: change, from, to, at })
  }
}
