import type { Payload } from 'payload'

import { submitReferral } from '@/submissions/submit'
import { publishReferralForm, validAnswers } from './referralForm'
import type { restClient } from './rest'

const PASSWORD = 'a-long-staff-password'
export const CASEWORK_FORM = 'casework-referral'

export type StaffMember = { id: string | number; email: string; token: string }
export type Staff = Record<'admin' | 'careers' | 'careers2' | 'individual' | 'editor' | 'manager', StaffMember>

/**
 * The case-work cast on a fresh database: the fixture form (routing careers and wellbeing to
 * two services), an admin, two case workers of the Careers Unit, one of the Individual
 * Support Team, an editor and a manager, each signed in through the REST API when `api` is given.
 * A second cast on the same database takes another `team` name (the form is published once).
 */
export async function caseworkFixture(payload: Payload, api?: ReturnType<typeof restClient>, team = 'casework') {
  const { careers, individual } = await formOnce(payload)
  const account = async (name: string, roles: string[], services: Array<string | number> = []): Promise<StaffMember> => {
    const email = `${name}@${team}.test`
    const user = await payload.create({ collection: 'users', data: { email, password: PASSWORD, roles, services } as never })
    return { id: user.id, email, token: api ? (await api.login(email, PASSWORD)).token : '' }
  }
  const staff: Staff = {
    admin: await account('admin', ['admin']),
    careers: await account('careers', ['caseworker'], [careers]),
    careers2: await account('careers2', ['caseworker'], [careers]),
    individual: await account('individual', ['caseworker'], [individual]),
    editor: await account('editor', ['editor']),
    manager: await account('manager', ['manager']),
  }
  return { careers, individual, staff }
}

async function formOnce(payload: Payload) {
  const existing = await payload.find({ collection: 'forms', where: { slug: { equals: CASEWORK_FORM } }, depth: 0, limit: 1 })
  if (existing.docs.length === 0) return publishReferralForm(payload, CASEWORK_FORM)
  const services = await payload.find({ collection: 'services', depth: 0, limit: 100 })
  const id = (slug: string) => services.docs.find((service) => service.slug === slug)?.id ?? ''
  return { formId: existing.docs[0].id, careers: id('careers-unit'), individual: id('individual-support-team') }
}

/** A new referral from the fixture form: to the Careers Unit, or (wellbeing) the Individual Support Team. */
export async function newReferral(payload: Payload, topic: 'careers' | 'wellbeing' = 'careers') {
  const result = await submitReferral(payload, { slug: CASEWORK_FORM, body: { answers: validAnswers(topic === 'wellbeing' ? { topic, details: 'Private health details' } : { topic }) }, sendEmailsNow: false })
  if (result.status !== 201) throw new Error(JSON.stringify(result))
  const { docs } = await payload.find({ collection: 'submissions', where: { reference: { equals: result.reference } }, depth: 0 })
  return docs[0]
}

/** Puts a referral into a state directly in the database, past every hook (test set-up only). */
export const setRaw = (payload: Payload, id: string | number, data: Record<string, unknown>) =>
  payload.db.updateOne({ collection: 'submissions', id, data })

/** The field messages of a refused REST write, by field path. */
export function fieldErrors(json: Record<string, unknown>): Record<string, string> {
  const errors = (json.errors ?? []) as Array<{ data?: { errors?: Array<{ path: string; message: string }> } }>
  return Object.fromEntries(errors.flatMap((error) => error.data?.errors ?? []).map(({ path, message }) => [path, message]))
}

/** The audit entries of case changes for one referral, in the order written. */
export async function caseAuditOf(payload: Payload, submission: string | number) {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { and: [{ submission: { equals: submission } }, { operation: { in: ['stage', 'assignee', 'service', 'priority'] } }] },
    sort: 'id',
    depth: 0,
    limit: 100,
  })
  return docs.map(({ operation, from, to, user }) => ({ operation, from, to, user }))
}
