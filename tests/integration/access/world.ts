import config from '@payload-config'
import type { Payload } from 'payload'

import { caseworkFixture, newReferral } from '../../helpers/casework'
import { restClient } from '../../helpers/rest'
import { CALLERS, type Caller } from './cells'

export type Id = string | number
export type Account = { id: Id; email: string; token: string }

/** The people the access table is about, on a fresh database, and the documents rows point at. */
export type World = {
  payload: Payload
  /** Everyone but the anonymous caller. */
  accounts: Record<Exclude<Caller, 'anonymous'>, Account>
  /** A member of staff who is none of the callers: holds the lock and preferences rows are about. */
  owner: Account
  careers: Id
  mediaId: Id
  formId: Id
  formVersionId: Id
  /** A counter for unique names and keys. */
  next: () => number
}

/** The case-work cast (see tests/helpers/casework.ts), each signed in through the REST API. */
export async function makeWorld(payload: Payload): Promise<World> {
  const { careers, staff } = await caseworkFixture(payload, restClient(config), 'access')
  const media = await payload.find({ collection: 'media', limit: 1, depth: 0 })
  const version = await payload.find({ collection: 'form-versions', limit: 1, depth: 0 })
  const owner = await payload.create({ collection: 'users', data: { email: 'owner@access.test', password: 'a-long-staff-password', roles: ['editor'] } as never })
  let counter = 0
  return {
    payload,
    accounts: { editor: staff.editor, caseworker: staff.careers, otherCaseworker: staff.individual, manager: staff.manager, admin: staff.admin },
    owner: { id: owner.id, email: 'owner@access.test', token: '' },
    careers,
    mediaId: media.docs[0].id,
    formId: typeof version.docs[0].form === 'object' ? version.docs[0].form.id : version.docs[0].form,
    formVersionId: version.docs[0].id,
    next: () => (counter += 1),
  }
}

/** The `Authorization` header a caller sends (none when not signed in). */
export function headersOf(world: World, caller: Caller): Record<string, string> {
  return caller === 'anonymous' ? {} : { authorization: `JWT ${world.accounts[caller].token}` }
}

/** A referral from the public form, routed to the Careers Unit (the first case worker's service). */
export const routedReferral = async (world: World) => (await newReferral(world.payload, 'careers')).id

export { CALLERS }
