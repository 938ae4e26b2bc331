import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * The shared Payload instance; `getPayload` memoises it, so every query can ask for it. With
 * `cron`, the first call also starts the jobs queue's timer (once per process).
 */
export const payloadClient = (): Promise<Payload> => getPayload({ config, cron: true })

/**
 * How a content read is made. The public sees published documents through the collections'
 * access rules (no user, so published only); a staff preview sees the latest draft.
 */
export const readMode = (draft: boolean) =>
  draft ? ({ draft: true, overrideAccess: true } as const) : ({ draft: false, overrideAccess: false } as const)
