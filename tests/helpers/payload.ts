import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** Payload on this run's own database (see integrationEnv.ts); seeded by onInit. */
export const startPayload = (): Promise<Payload> => getPayload({ config })

/** A signed-in staff member of the given role, as access functions see one. */
export async function userWithRole(payload: Payload, role: string) {
  const found = await payload.find({ collection: 'users', where: { email: { equals: `${role}@psu.local` } }, limit: 1 })
  const user = found.docs[0]
  if (!user) throw new Error(`no seeded ${role} user`)
  return { ...user, collection: 'users' as const }
}
