import type { PayloadRequest, TypedUser } from 'payload'

import { writeStaffAction } from '@/submissions/audit'
import { emailHash } from './emailHash'
import type { SubjectAccessReport } from './types'

/** How the records were asked for: a search in the admin view, or a download. */
export type SubjectAccessFormat = 'search' | 'json' | 'html'

/**
 * Audits a subject-access search or download as 'subject-access': who, when, how, a keyed hash
 * of the address (never the address) and how many records of each kind were found.
 */
export async function auditSubjectAccess(req: PayloadRequest, user: TypedUser, report: SubjectAccessReport, format: SubjectAccessFormat): Promise<void> {
  await writeStaffAction(req, user, 'subject-access', { emailHash: emailHash(report.email), format, ...report.counts })
}
