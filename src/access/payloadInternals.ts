import type { CollectionBeforeChangeHook, SanitizedConfig } from 'payload'

import { isAdmin } from './isAdmin'
import { nobody } from './nobody'

/**
 * An editing lock written through the API always names its writer: the admin takes a lock over
 * by writing itself in, and nobody can put a lock in someone else's name. (The admin's own
 * locking writes through the database adapter, past this.)
 */
const lockInCallersName: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.payloadAPI === 'local' || !req.user) return data
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
}

/**
 * Payload adds some collections and globals of its own while it builds the config, after
 * plugins run, with "any signed-in user" access. The jobs schedule's stats global is one: a
 * member of staff could read it, or move its last-run times so the housekeeping (retention
 * purges included) waits. The queue writes it through the database adapter, past access, so
 * admins may read it and no API caller may change it. Editing locks stay open to staff (the
 * admin reads, takes over and releases them), in the writer's own name.
 */
export async function withPayloadInternalsAccess(config: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const built = await config
  for (const global of built.globals) {
    if (global.slug === 'payload-jobs-stats') global.access = { ...global.access, read: isAdmin, update: nobody, readVersions: nobody }
  }
  for (const collection of built.collections) {
    if (collection.slug === 'payload-locked-documents') collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), lockInCallersName]
  }
  return built
}
