import { answerRows } from '@/admin/referral/answerRows'
import { OUTCOME_LABELS, PRIORITY_LABELS, STAGE_LABELS, STAGE_REACHED_AT, type Outcome, type Priority, type Stage } from '@/casework/stages'
import type { EmailKind } from '@/email/types'
import type { FormDefinition } from '@/forms/types'
import { isRecord } from '@/forms/values'
import type { AuditLog, FormVersion, PayloadJob, Submission } from '@/payload-types'
import { EMAIL_SENT_FIELDS } from '@/submissions/emailsSent'
import type { SubjectAnswer, SubjectAuditEntry, SubjectEmailJob, SubjectReferral } from './types'

const EMAIL_NAMES: Record<EmailKind, string> = {
  trainee: 'Confirmation to the trainee',
  service: 'Service notification',
  urgent: 'Urgent duty notification',
}

/** What the record needs besides the referral: names looked up once for the whole report. */
export type ReferralContext = {
  version: FormVersion | undefined
  serviceName: (id: unknown) => string
  userName: (id: unknown) => string
  jobs: PayloadJob[]
  audit: AuditLog[]
}

/**
 * The answers by question label from the version answered; any stored answer the route does
 * not show (or every answer, when the version cannot be read) follows under its key, so
 * nothing held is left out.
 */
function answersOf(referral: Submission, version: FormVersion | undefined): SubjectAnswer[] {
  const stored = isRecord(referral.answers) ? referral.answers : {}
  const rows = version ? answerRows(version.definition as unknown as FormDefinition, stored) : []
  const shown = new Set(rows.map((row) => row.key))
  const labelled = rows.filter((row) => row.value).map((row) => ({ page: row.page, question: row.label, answer: row.value, risk: row.risk }))
  const rest = Object.entries(stored)
    .filter(([key]) => !shown.has(key))
    .map(([key, value]) => ({ page: '', question: key, answer: typeof value === 'string' ? value : JSON.stringify(value), risk: false }))
  return [...labelled, ...rest]
}

function jobOf(job: PayloadJob): SubjectEmailJob {
  const input = isRecord(job.input) ? job.input : {}
  const kind = EMAIL_NAMES[input.kind as EmailKind] ?? String(input.kind)
  const error = job.error === undefined || job.error === null ? null : typeof job.error === 'string' ? job.error : JSON.stringify(job.error)
  return { kind, state: job.hasError ? 'failed' : job.processing ? 'running' : 'waiting', tries: job.totalTried ?? 0, queuedAt: job.createdAt, error }
}

const auditOf = (entry: AuditLog): SubjectAuditEntry => ({
  at: entry.at,
  by: entry.userEmail ?? '',
  operation: entry.operation,
  from: entry.from ?? null,
  to: entry.to ?? null,
})

/** One referral as the person may read it: answers, notes, emails, stages and the audit trail. */
export function referralRecord(referral: Submission, context: ReferralContext): SubjectReferral {
  const times = referral as unknown as Record<string, string | null | undefined>
  const stages = (Object.entries(STAGE_REACHED_AT) as Array<[Stage, string]>).filter(([, field]) => times[field])
  return {
    id: String(referral.id),
    reference: referral.reference,
    form: referral.formSlug,
    formVersion: context.version?.version ?? null,
    service: context.serviceName(referral.routedService),
    submittedAt: referral.submittedAt,
    retainUntil: referral.retainUntil ?? null,
    priority: PRIORITY_LABELS[referral.priority as Priority] ?? referral.priority,
    stage: STAGE_LABELS[referral.status as Stage] ?? referral.status,
    outcome: referral.outcome ? (OUTCOME_LABELS[referral.outcome as Outcome] ?? referral.outcome) : null,
    applicantName: referral.applicantName ?? null,
    applicantEmail: referral.applicantEmail ?? null,
    staffGroup: referral.staffGroup ?? null,
    region: referral.region ?? null,
    eligibility: { eligible: referral.eligibility?.eligible ?? null, reason: referral.eligibility?.reason ?? null },
    answers: answersOf(referral, context.version),
    notes: (referral.notes ?? []).map((note) => ({ text: note.text, author: context.userName(note.author), at: note.at ?? null })),
    emails: {
      queuedAt: referral.emailsQueuedAt ?? null,
      sent: (Object.entries(EMAIL_SENT_FIELDS) as Array<[EmailKind, string]>).map(([kind, field]) => ({ email: EMAIL_NAMES[kind], sentAt: times[field] ?? null })),
      jobs: context.jobs.map(jobOf),
    },
    stageHistory: [{ stage: STAGE_LABELS.new, at: referral.submittedAt }, ...stages.map(([stage, field]) => ({ stage: STAGE_LABELS[stage], at: String(times[field]) }))],
    auditEntries: context.audit.map(auditOf),
  }
}
