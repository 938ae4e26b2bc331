import type { SanitizedConfig } from 'payload'

import { isAdmin } from './isAdmin'
import { nobody } from './nobody'

/**
 * Payload adds some collections and globals of its own while it builds the config, after
 * plugins run, with "any signed-in user" access. The jobs schedule's stats global is one:
 * a member of staff could read it, or move its last-run times so the housekeeping (retention
 * purges included) waits. The queue writes it through the database adapter, past access, so
 * admins may read it and no API caller may change it.
 */
export async function withPayloadInternalsAccess(config: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const built = await config
  for (const global of built.globals) {
    if (global.slug === 'payload-jobs-stats') global.access = { ...global.access, read: isAdmin, update: nobody, readVersions: nobody }
  }
  return built
}
