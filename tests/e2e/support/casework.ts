import { eligibleDoctorAnswers } from '../../unit/seed/content/forms/formAnswers'
import { login, type Credentials } from './adminApi'

export const CASEWORKER_CAREERS: Credentials = { email: 'careers.caseworker@psu.test', password: 'Careers-e2e-password-1', name: 'Cara Careers' }
export const CASEWORKER_COACHING: Credentials = { email: 'coaching.caseworker@psu.test', password: 'Coaching-e2e-password-1', name: 'Colin Coaching' }

async function json<T>(response: Response, what: string): Promise<T> {
  const text = await response.text()
  if (!response.ok) throw new Error(`${what} → ${response.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text) as T
}

/** The id of the seeded service with this slug. */
export async function serviceId(baseUrl: string, token: string, slug: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/services?where[slug][equals]=${slug}&depth=0`, { headers: { Authorization: `JWT ${token}` } })
  const body = await json<{ docs: Array<{ id: number }> }>(response, `service ${slug}`)
  if (!body.docs[0]) throw new Error(`no service ${slug}`)
  return body.docs[0].id
}

/** A case worker of one service, created by the administrator (only admins set `services`). Returns their id. */
export async function createCaseworker(baseUrl: string, adminToken: string, who: Credentials, service: number): Promise<number> {
  const response = await fetch(`${baseUrl}/api/users`, {
    method: 'POST',
    headers: { Authorization: `JWT ${adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...who, roles: ['caseworker'], services: [service] }),
  })
  const body = await json<{ doc: { id: number } }>(response, `create ${who.email}`)
  await login(baseUrl, who)
  return body.doc.id
}

/** A trainee's PSU application through the public API; returns its reference. */
export async function applyFor(baseUrl: string, firstName: string, service: string, urgent: boolean, client: string): Promise<string> {
  const answers = { ...eligibleDoctorAnswers, firstName, servicesOfInterest: [service], harmThoughts: urgent ? 'yes' : 'no' }
  const response = await fetch(`${baseUrl}/api/forms/psu-application/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
    body: JSON.stringify({ answers }),
  })
  return (await json<{ reference: string }>(response, 'apply')).reference
}

export type ReferralView = { id: number; status: string; outcome?: string | null; assignee?: number | null; notes?: Array<{ text: string; author?: number | null; at?: string | null }> }

/** The referral with this reference, as the administrator reads it. */
export async function referralByReference(baseUrl: string, adminToken: string, reference: string): Promise<ReferralView> {
  const response = await fetch(`${baseUrl}/api/submissions?where[reference][equals]=${reference}&depth=0`, { headers: { Authorization: `JWT ${adminToken}` } })
  const body = await json<{ docs: ReferralView[] }>(response, `referral ${reference}`)
  if (!body.docs[0]) throw new Error(`no referral ${reference}`)
  return body.docs[0]
}
