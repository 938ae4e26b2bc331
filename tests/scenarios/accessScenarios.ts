import { beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'

import { userWithRole } from '../helpers/payload'

/** Least-privilege access rules, as one table; run on each database adapter. */
export function accessScenarios(start: () => Promise<Payload>): void {
  let payload: Payload
  // Booting Payload (schema, seed) takes longer than a test's default 5 s on a busy machine.
  beforeAll(async () => {
    payload = await start()
  }, 120_000)

  type Who = 'public' | 'admin' | 'editor' | 'caseworker' | 'manager'
  type Operation = 'read' | 'create' | 'update' | 'delete'

  const actor = async (who: Who) => (who === 'public' ? undefined : userWithRole(payload, who))

  /** Try an operation as `who` with access enforced; true when it is allowed. */
  async function attempt(who: Who, collection: CollectionSlug, operation: Operation): Promise<boolean> {
    const user = await actor(who)
    const options = { collection, user, overrideAccess: false } as const
    const existing = await payload.find({ collection, limit: 1, depth: 0 })
    const id = existing.docs[0]?.id
    try {
      if (operation === 'read') {
        await payload.find({ ...options, limit: 1, depth: 0 })
      } else if (operation === 'create') {
        const data = collection === 'users'
          ? { email: `made-by-${who}-${Date.now()}@psu.local`, password: 'a-long-password', roles: ['editor'] }
          : { name: `Line made by ${who}`, phone: '0800 000 000' }
        await payload.create({ ...options, data: data as never })
      } else if (operation === 'update') {
        await payload.update({ ...options, id: id as number, data: (collection === 'users' ? { name: 'Changed' } : { order: 99 }) as never })
      } else {
        const made = await payload.create({ collection, data: (collection === 'users'
          ? { email: `to-delete-${who}-${Date.now()}@psu.local`, password: 'a-long-password', roles: ['editor'] }
          : { name: 'To delete' }) as never })
        await payload.delete({ ...options, id: made.id })
      }
      return true
    } catch (error) {
      if ((error as { status?: number }).status === 403) return false
      throw error
    }
  }

  describe('access: role × collection × operation', () => {
    const table: [Who, CollectionSlug, Operation, boolean][] = [
      ['public', 'support-lines', 'create', false],
      ['public', 'support-lines', 'update', false],
      ['public', 'support-lines', 'delete', false],
      ['editor', 'support-lines', 'create', true],
      ['editor', 'support-lines', 'update', true],
      ['editor', 'support-lines', 'delete', true],
      ['caseworker', 'support-lines', 'create', false],
      ['caseworker', 'support-lines', 'update', false],
      ['caseworker', 'support-lines', 'delete', false],
      ['manager', 'support-lines', 'update', false],
      ['admin', 'support-lines', 'update', true],
      ['public', 'users', 'create', false],
      ['editor', 'users', 'create', false],
      ['editor', 'users', 'delete', false],
      ['caseworker', 'users', 'create', false],
      ['manager', 'users', 'create', false],
      ['admin', 'users', 'create', true],
      ['admin', 'users', 'delete', true],
      // Forms hold staff email templates, routing and risk triggers: the public site reads them on the server.
      ['public', 'forms', 'read', false],
      ['public', 'form-versions', 'read', false],
      ['editor', 'forms', 'read', true],
      ['caseworker', 'forms', 'read', true],
      ['manager', 'form-versions', 'read', true],
      ['public', 'support-lines', 'read', true],
    ]

    it.each(table)('%s %s %s → allowed: %s', async (who, collection, operation, allowed) => {
      expect(await attempt(who, collection, operation)).toBe(allowed)
    })
  })

  describe('access: drafts and content', () => {
    it('the public cannot read a draft; staff can', async () => {
      const draft = await payload.create({
        collection: 'services',
        data: { title: 'Draft only service', summary: 'Not yet published.', _status: 'draft' },
        draft: true,
      })
      const asPublic = await payload.find({ collection: 'services', where: { id: { equals: draft.id } }, overrideAccess: false })
      expect(asPublic.docs).toHaveLength(0)
      const editor = await userWithRole(payload, 'editor')
      const asEditor = await payload.find({ collection: 'services', where: { id: { equals: draft.id } }, overrideAccess: false, user: editor, draft: true })
      expect(asEditor.docs).toHaveLength(1)
    })

    it.each(['services', 'resources', 'policies'] as const)('a caseworker cannot edit %s', async (collection) => {
      const caseworker = await userWithRole(payload, 'caseworker')
      const { docs } = await payload.find({ collection, limit: 1 })
      await expect(
        payload.update({ collection, id: docs[0].id, data: { title: 'Changed by caseworker' }, user: caseworker, overrideAccess: false }),
      ).rejects.toMatchObject({ status: 403 })
    })

    it('only an admin can change a user’s roles', async () => {
      const editor = await userWithRole(payload, 'editor')
      const updated = await payload.update({
        collection: 'users', id: editor.id, data: { roles: ['admin'] }, user: editor, overrideAccess: false,
      })
      expect(updated.roles).toEqual(['editor'])
    })
  })
}
