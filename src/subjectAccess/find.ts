import type { Payload } from 'payload'

import { applicantEmailOf } from '@/casework/matchApplicantEmail'
import type { FormSession, PayloadJob } from '@/payload-types'

/** Rows read per query while scanning. */
const BATCH = 100

type Id = string | number

/** Every document of a query, a batch at a time, as the system (no staff read is audited). */
async function scan<T>(load: (page: number) => Promise<{ docs: T[]; hasNextPage: boolean }>): Promise<T[]> {
  const all: T[] = []
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await load(page)
    all.push(...docs)
    if (!hasNextPage) return all
  }
}

const sameAddress = (value: unknown, email: string) => typeof value === 'string' && value.trim().toLowerCase() === email

/**
 * The ids of the referrals about this person: their plain `applicantEmail` copy is the
 * address (any case), or, for a referral stored before that copy was kept, its `email` answer.
 * Runs as the system: the candidates of the second query are other people's referrals, which
 * no member of staff sees.
 */
export async function findReferralIds(payload: Payload, email: string): Promise<Id[]> {
  // `like` ignores case on both adapters; it matches substrings too, so the exact address is checked here.
  const byCopy = await scan((page) =>
    payload.find({ collection: 'submissions', where: { applicantEmail: { like: email } }, select: { applicantEmail: true }, depth: 0, limit: BATCH, page }),
  )
  const withoutCopy = await scan((page) =>
    payload.find({
      collection: 'submissions',
      where: { or: [{ applicantEmail: { exists: false } }, { applicantEmail: { equals: null } }, { applicantEmail: { equals: '' } }] },
      select: { applicantEmail: true, answers: true },
      depth: 0,
      limit: BATCH,
      page,
    }),
  )
  return [...byCopy, ...withoutCopy].filter((doc) => sameAddress(applicantEmailOf(doc), email)).map((doc) => doc.id)
}

/** True when any answer (or value typed on a page with errors) of a form session is this address. */
function sessionHolds(session: Pick<FormSession, 'answers' | 'flash'>, email: string): boolean {
  const values = (record: unknown) => (record && typeof record === 'object' && !Array.isArray(record) ? Object.values(record) : [])
  const flash = session.flash && typeof session.flash === 'object' ? (session.flash as { values?: unknown }).values : undefined
  return [...values(session.answers), ...values(flash)].some((value) => sameAddress(value, email))
}

/**
 * Forms in progress whose answers hold this address. Sessions are few (they expire after two
 * idle hours) and their answers are not searchable fields, so each is read and checked.
 */
export async function findFormSessions(payload: Payload, email: string): Promise<FormSession[]> {
  const sessions = await scan((page) => payload.find({ collection: 'form-sessions', depth: 0, limit: BATCH, page, sort: 'createdAt' }))
  return sessions.filter((session) => sessionHolds(session, email))
}

/** The referral emails still queued, running or failed (sent jobs are deleted) for these referrals. */
export async function findEmailJobs(payload: Payload, referralIds: Id[]): Promise<PayloadJob[]> {
  if (referralIds.length === 0) return []
  const wanted = new Set(referralIds.map(String))
  const jobs = await scan((page) =>
    payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendEmail' } }, depth: 0, limit: BATCH, page, sort: 'createdAt' }),
  )
  return jobs.filter((job) => {
    const input = job.input && typeof job.input === 'object' && !Array.isArray(job.input) ? job.input : {}
    return wanted.has(String((input as { submissionId?: unknown }).submissionId))
  })
}
