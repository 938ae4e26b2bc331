/** One answer as the trainee gave it: the question's label (or key, if the form is gone) and the formatted answer. */
export type SubjectAnswer = { page: string; question: string; answer: string; risk: boolean }

export type SubjectNote = { text: string; author: string; at: string | null }

export type SubjectEmailJob = { kind: string; state: 'waiting' | 'running' | 'failed'; tries: number; queuedAt: string; error: string | null }

export type SubjectStage = { stage: string; at: string }

export type SubjectAuditEntry = { at: string; by: string; operation: string; from: string | null; to: string | null }

/** Everything held about one referral of the person. */
export type SubjectReferral = {
  /** The referral's id in this system (links to it in the admin). */
  id: string
  reference: string
  form: string
  formVersion: number | null
  service: string
  submittedAt: string
  retainUntil: string | null
  priority: string
  stage: string
  outcome: string | null
  applicantName: string | null
  applicantEmail: string | null
  staffGroup: string | null
  region: string | null
  eligibility: { eligible: boolean | null; reason: string | null }
  answers: SubjectAnswer[]
  notes: SubjectNote[]
  emails: { queuedAt: string | null; sent: Array<{ email: string; sentAt: string | null }>; jobs: SubjectEmailJob[] }
  stageHistory: SubjectStage[]
  auditEntries: SubjectAuditEntry[]
}

/** A form the person has started and not sent: their answers so far, kept until it expires. */
export type SubjectFormSession = { form: string; startedAt: string; expiresAt: string; answers: Record<string, unknown> }

export type SubjectCounts = { referrals: number; answers: number; notes: number; emailJobs: number; auditEntries: number; formSessions: number }

/** The answer to a subject-access request: `GET /api/subject-access?email=…`. */
export type SubjectAccessReport = {
  email: string
  generatedAt: string
  counts: SubjectCounts
  referrals: SubjectReferral[]
  formSessions: SubjectFormSession[]
}
