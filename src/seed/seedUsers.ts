import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import { ensureDoc } from './ensure'

const SEED_ROLES: Role[] = ['admin', 'editor', 'caseworker', 'manager']

/** One account per role for development (`admin@psu.local` …). Never called in production. */
export async function seedUsers(payload: Payload, password: string): Promise<void> {
  for (const role of SEED_ROLES) {
    const email = `${role}@psu.local`
    await ensureDoc(payload, 'users', { email: { equals: email } }, { email, password, name: `Dev ${role}`, roles: [role] })
  }
}
