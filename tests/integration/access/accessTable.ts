import { BAD_REQUEST, DENIED, NA, NONE, NOT_FOUND, OK, UNAUTHORIZED, type CollectionRows, type GlobalRows } from './cells'

// The spec of who may do what, through REST and GraphQL alike. Derived from nothing: when an
// access rule changes on purpose, change its cell here. Columns, in order:
//   anonymous | editor | case worker of the referral's service | case worker of another service | manager | admin
const Y = OK // 200 (201 for create) with the document
const E = NONE // 200, but the document is not in the list
const N = DENIED // 403
const F = NOT_FOUND // 404
const B = BAD_REQUEST // 400: the request cannot be run
const U = UNAUTHORIZED // 401: sign in first
const _ = NA // not a case for this caller

/** Published content: everyone reads it; editors and admins change it. */
const content = (): CollectionRows => ({
  create: [N, Y, N, N, N, Y],
  find: [Y, Y, Y, Y, Y, Y],
  findByID: [Y, Y, Y, Y, Y, Y],
  update: [N, Y, N, N, N, Y],
  delete: [N, Y, N, N, N, Y],
  // Saved versions hold drafts: staff only.
  versions: [N, Y, Y, Y, Y, Y],
})
/** Public content that keeps no versions. */
const unversioned = (): CollectionRows => {
  const { versions: _none, ...rows } = content()
  return rows
}
/** A draft that was never published: staff only. */
const draft = (): CollectionRows => ({
  find: [E, Y, Y, Y, Y, Y],
  findByID: [F, Y, Y, Y, Y, Y],
  versions: [N, Y, Y, Y, Y, Y],
})
/** Written only by the server: no caller, through any API, admins included. */
const serverOnly = (): CollectionRows => ({
  create: [N, N, N, N, N, N],
  find: [N, N, N, N, N, N],
  findByID: [N, N, N, N, N, N],
  update: [N, N, N, N, N, N],
  delete: [N, N, N, N, N, N],
})

/** Records the server writes and admins read (the audit log, background jobs). */
const adminReadsOnly = (): CollectionRows => ({
  create: [N, N, N, N, N, N],
  find: [N, N, N, N, N, Y],
  findByID: [N, N, N, N, N, Y],
  update: [N, N, N, N, N, N],
  delete: [N, N, N, N, N, N],
})

export const collectionTable: Record<string, CollectionRows> = {
  services: content(),
  'services (draft)': draft(),
  resources: content(),
  'resources (draft)': draft(),
  policies: content(),
  'policies (draft)': draft(),
  'support-lines': unversioned(),
  'eligibility-criteria': unversioned(),
  // Uploads go through multipart REST only: GraphQL has no file input.
  media: { ...unversioned(), graphqlCreate: false },
  // Forms hold email templates, routing and risk triggers: staff read them, editors change them.
  forms: {
    create: [N, Y, N, N, N, Y],
    find: [N, Y, Y, Y, Y, Y],
    findByID: [N, Y, Y, Y, Y, Y],
    update: [N, Y, N, N, N, Y],
    delete: [N, Y, N, N, N, Y],
    versions: [N, Y, Y, Y, Y, Y],
  },
  // Frozen snapshots: staff read them, nobody changes one.
  'form-versions': {
    create: [N, N, N, N, N, N],
    find: [N, Y, Y, Y, Y, Y],
    findByID: [N, Y, Y, Y, Y, Y],
    update: [N, N, N, N, N, N],
    delete: [N, N, N, N, N, N],
  },
  'form-sessions': serverOnly(),
  // A referral routed to the first case worker's service. Only the public form endpoint creates one.
  submissions: {
    create: [N, N, N, N, N, N],
    find: [N, N, Y, E, N, Y],
    findByID: [N, N, Y, F, N, Y],
    update: [N, N, Y, N, N, Y],
    delete: [N, N, N, N, N, Y],
  },
  // Another member of staff's account.
  users: {
    create: [N, N, N, N, N, Y],
    find: [N, E, E, E, E, Y],
    findByID: [N, F, F, F, F, Y],
    update: [N, N, N, N, N, Y],
    delete: [N, N, N, N, N, Y],
  },
  // The caller's own account (its roles and services are admin-only fields).
  'users (self)': {
    find: [_, Y, Y, Y, Y, Y],
    findByID: [_, Y, Y, Y, Y, Y],
    update: [_, Y, Y, Y, Y, Y],
  },
  'audit-log': adminReadsOnly(),
  'rate-limits': serverOnly(),
  'referral-stats': serverOnly(),
  'report-rollups': serverOnly(),
  'payload-kv': serverOnly(),
  // Background jobs (emails carry referral ids): admins read them; only the server queues them.
  'payload-jobs': adminReadsOnly(),
  // "Someone is editing this": another member of staff's lock on a service.
  'payload-locked-documents': {
    create: [N, Y, Y, Y, Y, Y],
    find: [N, Y, Y, Y, Y, Y],
    findByID: [N, Y, Y, Y, Y, Y],
    update: [N, Y, Y, Y, Y, Y],
    delete: [N, Y, Y, Y, Y, Y],
  },
  // Another member of staff's admin preferences (column choices). REST names a preference by
  // its key among the caller's own ("Not Found", value null, even signed out); its delete by
  // key fails on SQLite (Payload), harmlessly.
  'payload-preferences': {
    create: [N, Y, Y, Y, Y, Y],
    find: [N, E, E, E, E, E],
    findByID: [E, E, E, E, E, E],
    update: [N, N, N, N, N, N],
    delete: [U, B, B, B, B, B],
    graphqlRows: { findByID: [N, F, F, F, F, F], delete: [N, N, N, N, N, N] },
  },
  // The migrations Payload has run: no REST endpoints, no GraphQL.
  'payload-migrations': {
    graphql: false,
    create: [F, F, F, F, F, F],
    find: [F, F, F, F, F, F],
    findByID: [F, F, F, F, F, F],
    update: [F, F, F, F, F, F],
    delete: [F, F, F, F, F, F],
  },
}

export const globalTable: Record<string, GlobalRows> = {
  'site-settings': { read: [Y, Y, Y, Y, Y, Y], update: [N, Y, N, N, N, Y] },
  'contact-routing': { read: [Y, Y, Y, Y, Y, Y], update: [N, Y, N, N, N, Y] },
  // Office closure days: staff need them for deadlines; admins set them.
  'working-calendar': { read: [N, Y, Y, Y, Y, Y], update: [N, N, N, N, N, Y] },
  'retention': { read: [N, N, N, N, N, Y], update: [N, N, N, N, N, Y] },
  // When each scheduled task last ran: admins may look; only the queue writes it.
  'payload-jobs-stats': { read: [N, N, N, N, N, Y], update: [N, N, N, N, N, N] },
}
