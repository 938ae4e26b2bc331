import { describe, expect, it } from '@jest/globals'
import { isEntityHidden } from 'payload'

import { seesInAdmin } from '@/access/navigation'
import { ROLES, type Role } from '@/access/roles'
import { collections, globals } from '../../../collections'

const CONTENT = ['services', 'resources', 'policies', 'support-lines', 'eligibility-criteria', 'forms', 'form-versions', 'media', 'site-settings', 'contact-routing']

/** What each role's admin shows: collections, globals and custom views. */
const EXPECTED: Record<Role, string[]> = {
  admin: [...CONTENT, 'submissions', 'users', 'audit-log', 'working-calendar', 'retention', 'casework', 'reports'],
  editor: CONTENT,
  caseworker: ['submissions', 'working-calendar', 'casework'],
  manager: ['reports'],
}

const entities = [...collections, ...globals]
const shownTo = (user: object | null) =>
  entities.filter((entity) => !isEntityHidden({ hidden: entity.admin?.hidden, user: user as never })).map((entity) => entity.slug)
const views = ['casework', 'reports']

describe('each role sees only what it can use in the admin', () => {
  it.each(ROLES)('%s', (role) => {
    const user = { id: 1, roles: [role] }
    const seen = [...shownTo(user), ...views.filter((view) => seesInAdmin(user, view))]
    expect(seen.sort()).toEqual([...EXPECTED[role]].sort())
  })

  it('shows nothing to someone signed out, or with no role', () => {
    expect(shownTo(null)).toEqual([])
    expect(shownTo({ id: 2, roles: [] })).toEqual([])
    expect(views.filter((view) => seesInAdmin(null, view))).toEqual([])
  })

  it('keeps internal records hidden even from admins', () => {
    const admin = { id: 1, roles: ['admin'] }
    for (const slug of ['form-sessions', 'rate-limits', 'referral-stats', 'report-rollups']) expect(shownTo(admin)).not.toContain(slug)
  })
})
