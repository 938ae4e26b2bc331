import type { Caller } from './cells'
import { stored, textChange, type CollectionTarget } from './contentTargets'
import { routedReferral, type World } from './world'

type Data = Record<string, unknown>
const now = () => new Date().toISOString()
const PASSWORD = 'a-long-staff-password'

const account = (world: World): Data => ({ email: `access-${world.next()}@access.test`, password: PASSWORD, roles: ['editor'] })
/** The lock and preferences rows are about someone who is none of the callers. */
const ownerAs = (world: World) => ({ relationTo: 'users', value: world.owner.id })
const ownAccount = async (world: World, caller: Caller) => {
  if (caller === 'anonymous') throw new Error('the anonymous caller has no account')
  return world.accounts[caller].id
}

/** Referrals, accounts and the records only the server writes. */
export const caseTargets: Record<string, CollectionTarget> = {
  submissions: {
    make: routedReferral,
    create: (world) => ({
      reference: `ACCESS${world.next()}`,
      answers: { firstName: 'Made' },
      form: world.formId,
      formVersion: world.formVersionId,
      formSlug: 'casework-referral',
      submittedAt: now(),
      retainUntil: now(),
      priority: 'normal',
      status: 'new',
    }),
    update: () => ({ priority: 'urgent' }),
    applied: (doc) => doc.priority === 'urgent',
    gql: ['Submission', 'Submissions'],
  },
  users: {
    make: (world) => stored(world, 'users', account(world)),
    create: account,
    ...textChange('name'),
    gql: ['User', 'Users'],
  },
  'users (self)': { make: ownAccount, create: account, ...textChange('name'), gql: ['User', 'Users'] },
  'form-sessions': {
    make: (world) => stored(world, 'form-sessions', formSession(world)),
    create: formSession,
    ...textChange('formSlug'),
    gql: ['FormSession', 'FormSessions'],
  },
  'audit-log': {
    make: (world) => stored(world, 'audit-log', auditEntry(world)),
    create: auditEntry,
    ...textChange('reference'),
    gql: ['AuditLog', 'AuditLogs'],
  },
  'rate-limits': {
    make: (world) => stored(world, 'rate-limits', { key: `access-${world.next()}`, points: 1 }),
    create: (world) => ({ key: `access-${world.next()}`, points: 1 }),
    ...textChange('key'),
    gql: ['RateLimit', 'RateLimits'],
  },
  'referral-stats': {
    make: (world) => stored(world, 'referral-stats', referralStat()),
    create: referralStat,
    ...textChange('formSlug'),
    gql: ['ReferralStat', 'ReferralStats'],
  },
  'report-rollups': {
    make: (world) => stored(world, 'report-rollups', rollup(world)),
    create: rollup,
    ...textChange('serviceKey'),
    gql: ['ReportRollup', 'ReportRollups'],
  },
  'payload-kv': {
    make: (world) => stored(world, 'payload-kv', { key: `access-${world.next()}`, data: {} }),
    create: (world) => ({ key: `access-${world.next()}`, data: {} }),
    ...textChange('key'),
    gql: ['PayloadKv', 'PayloadKvs'],
  },
  'payload-jobs': {
    // A queue nothing runs, so the job stays as made.
    make: (world) => stored(world, 'payload-jobs', { taskSlug: 'sendEmail', input: {}, queue: 'access-table' }),
    create: () => ({ taskSlug: 'sendEmail', input: {}, queue: 'access-table' }),
    ...textChange('queue'),
    gql: ['PayloadJob', 'PayloadJobs'],
  },
  'payload-locked-documents': {
    make: (world) => stored(world, 'payload-locked-documents', { document: { relationTo: 'services', value: world.careers }, user: ownerAs(world) }),
    create: (world, caller) => ({
      globalSlug: 'site-settings',
      user: { relationTo: 'users', value: caller === 'anonymous' ? world.accounts.admin.id : world.accounts[caller].id },
    }),
    ...textChange('globalSlug'),
    gql: ['PayloadLockedDocument', 'PayloadLockedDocuments'],
  },
  'payload-preferences': {
    make: async (world) => {
      const owner = await world.payload.findByID({ collection: 'users', id: world.owner.id, depth: 0 })
      return stored(world, 'payload-preferences', { key: `access-${world.next()}`, value: {} }, { user: { ...owner, collection: 'users' } })
    },
    // Payload's REST API names a preference by its key (the caller's own), not by id.
    restPath: async (world, id) => String((await world.payload.findByID({ collection: 'payload-preferences', id, depth: 0 })).key),
    create: (world) => ({ key: `access-${world.next()}`, value: { columns: [] } }),
    ...textChange('key'),
    gql: ['PayloadPreference', 'PayloadPreferences'],
  },
  'payload-migrations': {
    make: (world) => stored(world, 'payload-migrations', { name: `access-${world.next()}`, batch: 1 }),
    create: (world) => ({ name: `access-${world.next()}`, batch: 1 }),
    ...textChange('name'),
    gql: ['', ''],
  },
}

function formSession(world: World): Data {
  return { tokenHash: `access-${world.next()}`, formSlug: 'casework-referral', formVersion: 1, expiresAt: now() }
}
function auditEntry(world: World): Data {
  return { at: now(), user: world.accounts.admin.id, userEmail: 'admin@access.test', operation: 'read', reference: `ACCESS${world.next()}` }
}
function referralStat(): Data {
  return { priority: 'normal', stage: 'new', receivedAt: now(), receivedDay: now().slice(0, 10) }
}
function rollup(world: World): Data {
  return { day: '2026-01-01', serviceKey: `access-${world.next()}`, counts: {}, refreshedAt: now() }
}
