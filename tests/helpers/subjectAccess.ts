import type { Payload } from 'payload'

import { submitReferral } from '@/submissions/submit'
import { caseworkFixture, CASEWORK_FORM } from './casework'
import { validAnswers } from './referralForm'
import type { restClient } from './rest'

/** The person whose data is asked for, and someone else who must never be touched. */
export const SUBJECT = 'pat.doe@example.org'
export const BYSTANDER = 'sam.other@example.org'

async function referralFor(payload: Payload, answers: Record<string, unknown>) {
  const result = await submitReferral(payload, { slug: CASEWORK_FORM, body: { answers: validAnswers(answers) }, sendEmailsNow: false })
  if (result.status !== 201) throw new Error(JSON.stringify(result))
  const { docs } = await payload.find({ collection: 'submissions', where: { reference: { equals: result.reference } }, depth: 0 })
  return docs[0]
}

/** A de-identified report row for a referral, as the reports keep one. */
/**
 * A subject with two referrals (careers, with a case note written by its case worker; and
 * wellbeing, with a private answer), a form in progress holding their address, a queued email
 * and report rows (kept by the referrals' own hooks); and a bystander with one referral and a form of their own.
 */
export async function subjectFixture(payload: Payload, api: ReturnType<typeof restClient>) {
  const cast = await caseworkFixture(payload, api)
  const careers = await referralFor(payload, { firstName: 'Pat', email: SUBJECT })
  const wellbeing = await referralFor(payload, { firstName: 'Pat', email: SUBJECT, topic: 'wellbeing', details: 'Private <b>health</b> details' })
  const bystander = await referralFor(payload, { firstName: 'Sam', email: BYSTANDER })
  await api.request('PATCH', `submissions/${careers.id}`, { token: cast.staff.careers.token, body: { notes: [{ text: 'Called Pat <about> rota' }] } })
  const expiresAt = new Date(Date.now() + 3_600_000).toISOString()
  const session = (email: string, tokenHash: string) =>
    payload.create({ collection: 'form-sessions', data: { tokenHash, formSlug: CASEWORK_FORM, formVersion: 1, answers: { firstName: 'P', email }, expiresAt } })
  await session('Pat.Doe@Example.org', 'subject-session')
  await session(BYSTANDER, 'bystander-session')
  await payload.jobs.queue({ task: 'sendEmail', input: { submissionId: String(careers.id), kind: 'trainee' } })
  await payload.jobs.queue({ task: 'sendEmail', input: { submissionId: String(bystander.id), kind: 'trainee' } })
  return { ...cast, careers, wellbeing, bystander }
}
