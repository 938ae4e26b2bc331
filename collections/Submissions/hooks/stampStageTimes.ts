import type { CollectionBeforeChangeHook } from 'payload'

import { STAGE_REACHED_AT, type Stage } from '@/casework/stages'

type StageTimeField = (typeof STAGE_REACHED_AT)[keyof typeof STAGE_REACHED_AT]

/**
 * The time each stage was reached comes from the server's clock when the referral reaches
 * it, never from the request (even a Local API call that overrides access). Re-opening a
 * closed referral clears its closing time.
 */
export const stampStageTimes: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || !originalDoc) return data
  const stamped: Record<string, unknown> = { ...data }
  for (const field of Object.values(STAGE_REACHED_AT) as StageTimeField[]) stamped[field] = originalDoc[field] ?? null
  const from = originalDoc.status as Stage
  const to = (data.status ?? from) as Stage
  if (to !== from && to !== 'new') stamped[STAGE_REACHED_AT[to]] = new Date().toISOString()
  if (from === 'closed' && to !== 'closed') stamped[STAGE_REACHED_AT.closed] = null
  return stamped
}
