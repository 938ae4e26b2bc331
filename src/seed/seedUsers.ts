import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import { ensureDoc } from './ensure'

const SEED_ROLES: Role[] = ['admin', 'editor', 'caseworker', 'manager']

/** Development case workers' services: two teams, so each sees only its own queues. */
const CASEWORKER_SERVICES: Record<string, string[]> = {
  'caseworker@psu.local': ['careers-unit', 'individual-support-team'],
  'caseworker2@psu.local': ['coaching-service', 'communication-skills'],
}

async function serviceIds(payload: Payload, slugs: string[]) {
  const { docs } = await payload.find({ collection: 'services', where: { slug: { in: slugs } }, depth: 0, limit: slugs.length, pagination: false })
  return docs.map((doc) => doc.id)
}

/**
 * One account per role for development (`admin@psu.local` …), and a second case worker of other
 * services (`caseworker2@psu.local`). Never called in production.
 */
export async function seedUsers(payload: Payload, password: string): Promise<void> {
  for (const role of SEED_ROLES) {
    const email = `${role}@psu.local`
    const services = CASEWORKER_SERVICES[email] ? await serviceIds(payload, CASEWORKER_SERVICES[email]) : undefined
    await ensureDoc(payload, 'users', { email: { equals: email } }, { email, password, name: `Dev ${role}`, roles: [role], services })
  }
  const email = 'caseworker2@psu.local'
  const services = await serviceIds(payload, CASEWORKER_SERVICES[email])
  await ensureDoc(payload, 'users', { email: { equals: email } }, { email, password, name: 'Dev caseworker 2', roles: ['caseworker'], services })
}
