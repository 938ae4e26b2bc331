import type { PayloadRequest, TypedUser } from 'payload'

import { isRecord } from '@/forms/values'
import type { AuditLog, FormSession, PayloadJob, Submission } from '@/payload-types'
import { findEmailJobs, findFormSessions, findReferralIds } from './find'
import { referralRecord } from './referralRecord'
import type { SubjectAccessReport, SubjectFormSession } from './types'

type Id = string | number
type Relation = Id | { id: Id } | null | undefined
const idOf = (value: Relation) => String(value && typeof value === 'object' ? value.id : value)

/** Names of the documents a report points at, looked up once. */
async function names(req: PayloadRequest, collection: 'services' | 'users', ids: Id[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const select = collection === 'services' ? { title: true } : { name: true, email: true }
  const { docs } = await req.payload.find({ collection, where: { id: { in: ids } }, select, depth: 0, limit: ids.length, pagination: false, req })
  return new Map(docs.map((doc) => [String(doc.id), 'title' in doc ? String(doc.title) : String(doc.name || doc.email)]))
}

const sessionRecord = (session: FormSession): SubjectFormSession => ({
  form: session.formSlug,
  startedAt: session.createdAt,
  expiresAt: session.expiresAt,
  answers: isRecord(session.answers) ? session.answers : {},
})

/** Rows per query: a request from the API is capped at 100 documents a page (src/http/apiGuards.ts). */
const CHUNK = 100

/** The referrals, read as the administrator: access applies and each read is audited. */
async function readReferrals(req: PayloadRequest, user: TypedUser, ids: Id[]): Promise<Submission[]> {
  const referrals: Submission[] = []
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK)
    const { docs } = await req.payload.find({ collection: 'submissions', where: { id: { in: chunk } }, depth: 0, limit: chunk.length, req, user, overrideAccess: false })
    referrals.push(...docs)
  }
  return referrals.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
}

const present = <T>(value: T | undefined | null): value is T => value !== undefined && value !== null

/** The report and the documents found, which an erasure then deletes. */
export type SubjectRecords = { report: SubjectAccessReport; referralIds: Id[]; sessions: FormSession[]; jobs: PayloadJob[] }

/**
 * Everything held about the person with this email address. The referrals are read as the
 * signed-in administrator (so each read is in the audit log like any other); form sessions,
 * email jobs and audit entries, which no API exposes, as the system.
 */
export async function collectSubjectRecords(req: PayloadRequest, user: TypedUser, email: string, now = new Date()): Promise<SubjectRecords> {
  const { payload } = req
  const referralIds = await findReferralIds(payload, email)
  const [sessions, jobs] = await Promise.all([findFormSessions(payload, email), findEmailJobs(payload, referralIds)])
  const referrals = await readReferrals(req, user, referralIds)
  const versionIds = [...new Set(referrals.map((referral) => idOf(referral.formVersion)))]
  const versions = versionIds.length === 0 ? [] : (await payload.find({ collection: 'form-versions', where: { id: { in: versionIds } }, depth: 0, limit: versionIds.length, pagination: false })).docs
  const audit: AuditLog[] =
    referrals.length === 0
      ? []
      : (await payload.find({ collection: 'audit-log', where: { submission: { in: referralIds } }, sort: 'at', depth: 0, pagination: false })).docs
  const services = await names(req, 'services', [...new Set(referrals.map((referral) => referral.routedService).filter(present).map(idOf))])
  const authors = await names(req, 'users', [...new Set(referrals.flatMap((referral) => referral.notes ?? []).map((note) => note.author).filter(present).map(idOf))])
  const records = referrals.map((referral) =>
    referralRecord(referral, {
      version: versions.find((version) => String(version.id) === idOf(referral.formVersion)),
      serviceName: (id) => services.get(idOf(id as Relation)) ?? 'Not routed',
      userName: (id) => (present(id) ? authors.get(idOf(id as Relation)) ?? 'A removed account' : 'Unknown'),
      jobs: jobs.filter((job) => isRecord(job.input) && String(job.input.submissionId) === String(referral.id)),
      audit: audit.filter((entry) => idOf(entry.submission as Relation) === String(referral.id)),
    }),
  )
  const report: SubjectAccessReport = {
    email,
    generatedAt: now.toISOString(),
    counts: {
      referrals: records.length,
      answers: records.reduce((sum, record) => sum + record.answers.length, 0),
      notes: records.reduce((sum, record) => sum + record.notes.length, 0),
      emailJobs: jobs.length,
      auditEntries: audit.length,
      formSessions: sessions.length,
    },
    referrals: records,
    formSessions: sessions.map(sessionRecord),
  }
  return { report, referralIds, sessions, jobs }
}
