import type { PayloadRequest, TypedUser } from 'payload'

import { isStaffUser } from '@/access'
import type { AuditLog } from '@/payload-types'

/** Where the submissions' beforeOperation hook leaves the current operation for the audit. */
export const AUDIT_OPERATION_KEY = 'submissionOperation'
const AUDITED_KEY = 'auditedSubmissions'

export const AUDIT_OPERATIONS = ['list', 'read', 'update', 'delete'] as const
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number]

/**
 * Acts about many referrals or a person rather than one referral: a report export, a report
 * seen without small-number suppression, a subject-access search or download, an erasure, a
 * query that filters, sorts or counts on answers or notes. Their `details` say what was asked
 * and how many records it touched, never personal data.
 */
export const STAFF_ACTIONS = ['export', 'unsuppressed-report', 'subject-access', 'erasure', 'sensitive-query'] as const
export type StaffAction = (typeof STAFF_ACTIONS)[number]

function auditOperation(req: PayloadRequest, findMany: boolean): AuditOperation {
  const operation = req.context[AUDIT_OPERATION_KEY]
  if (operation === 'update' || operation === 'delete') return operation
  return findMany ? 'list' : 'read'
}

/**
 * Writes one audit entry when a member of staff sees a referral: who, which, when and how.
 * Public and system reads (the submit service, email jobs) have no user and are not staff
 * reads. A referral seen twice in one request is written once, to keep reads cheap.
 */
export async function recordSubmissionRead(req: PayloadRequest, doc: { id?: unknown; reference?: unknown }, findMany: boolean): Promise<void> {
  const user = req.user
  if (!user || !isStaffUser(user) || doc.id === undefined) return
  const seen = (req.context[AUDITED_KEY] ??= new Set<string>()) as Set<string>
  const key = String(doc.id)
  if (seen.has(key)) return
  seen.add(key)
  await writeAuditEntry(req, user, doc, { operation: auditOperation(req, findMany) })
}

/** The referral an audit entry is about. */
export type AuditSubject = { id?: unknown; reference?: unknown }

/** Who acted and when: every entry names the member of staff by id and, should the account go, by email. */
const actor = (user: TypedUser, at = new Date().toISOString()) => ({
  user: user.id as number,
  userEmail: 'email' in user ? String(user.email) : '',
  at,
})

/**
 * One audit-log entry: which member of staff did what to which referral, and when (now unless
 * given); `from` and `to` for a change.
 */
export async function writeAuditEntry(
  req: PayloadRequest,
  user: TypedUser,
  subject: AuditSubject,
  entry: { operation: AuditLog['operation']; from?: string; to?: string; at?: string },
): Promise<void> {
  await req.payload.create({
    collection: 'audit-log',
    req,
    depth: 0,
    data: {
      ...actor(user, entry.at),
      // A deleted referral can no longer be linked to; its reference still names it.
      submission: entry.operation === 'delete' ? undefined : (subject.id as number),
      reference: typeof subject.reference === 'string' ? subject.reference : '',
      ...entry,
    },
  })
}

/**
 * One audit-log entry for a staff action about many referrals or a person (an export, an
 * unsuppressed report, a subject-access search, an erasure, a query on answers or notes):
 * who, when, and `details` (the filters asked and how many records it touched, never
 * personal data such as the email address searched for).
 */
export async function writeStaffAction(
  req: PayloadRequest,
  user: TypedUser,
  action: StaffAction,
  details: Record<string, string | number | boolean | null>,
): Promise<void> {
  await req.payload.create({
    collection: 'audit-log',
    req,
    depth: 0,
    data: { ...actor(user), operation: action, details },
  })
}
