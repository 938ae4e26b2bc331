import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { submitReferral } from '@/submissions/submit'
import { referralFormData } from './referralForm'

export const REPORT_FORM = 'reports-referral'

/** Payload's clock (and only its Date) set to an instant; it then runs on from there. */
export function setClock(iso: string): void {
  jest.useFakeTimers({
    advanceTimers: true,
    doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
  })
  jest.setSystemTime(new Date(iso))
}

const serviceId = async (payload: Payload, slug: string) => (await payload.find({ collection: 'services', where: { slug: { equals: slug } }, depth: 0 })).docs[0].id

/**
 * The test referral form (careers → Careers Unit, else Individual Support Team; `safe: no`
 * makes it urgent) with one more page asking the staff group and region as the eligibility
 * facts name them, so reports can count them.
 */
export async function publishReportForm(payload: Payload) {
  const careers = await serviceId(payload, 'careers-unit')
  const individual = await serviceId(payload, 'individual-support-team')
  const data = referralFormData(REPORT_FORM, careers, individual)
  const radios = (key: string, values: string[]) => ({ blockType: 'radios', key, label: key, required: true, options: values.map((value) => ({ label: value, value })) })
  data.pages.push({
    pageId: 'facts',
    title: 'About your work',
    kind: 'questions',
    questions: [radios('staffGroup', ['doctor', 'dentist', 'other']), radios('region', ['london', 'kss', 'other'])] as never,
  })
  await payload.create({ collection: 'forms', data: { ...data, _status: 'published' } as never })
  return { careers, individual }
}

export type ReportReferral = { topic: 'careers' | 'wellbeing'; urgent?: boolean; staffGroup: string; region: string }

/** Stores a referral through the public submission service at the clock's time; returns its id. */
export async function receive(payload: Payload, at: string, { topic, urgent = false, staffGroup, region }: ReportReferral) {
  setClock(at)
  const answers = { firstName: 'Amira', email: 'amira@example.org', topic, safe: urgent ? 'no' : 'yes', staffGroup, region, ...(topic === 'wellbeing' ? { details: 'Private' } : {}) }
  const result = await submitReferral(payload, { slug: REPORT_FORM, body: { answers }, now: new Date(at), sendEmailsNow: false })
  if (result.status !== 201) throw new Error(`expected 201, got ${JSON.stringify(result)}`)
  const { docs } = await payload.find({ collection: 'submissions', where: { reference: { equals: result.reference } }, depth: 0 })
  return docs[0].id
}

/** Moves a referral on through the Local API (every hook runs) at the clock's time. */
export async function move(payload: Payload, at: string, id: string | number, data: Record<string, unknown>) {
  setClock(at)
  await payload.update({ collection: 'submissions', id, data, depth: 0 })
}
