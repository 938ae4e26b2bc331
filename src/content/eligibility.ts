import { cache } from 'react'

import type { EligibilityCriterion } from '@/payload-types'
import { payloadClient } from './client'

export type EligibilityRules = {
  /** Everyone must meet these. */
  required: EligibilityCriterion[]
  /** Meeting any one of these is enough. */
  routes: EligibilityCriterion[]
}

/** "Who can access the PSU?" as the rules editors keep, split by role. */
export const getEligibilityRules = cache(async (): Promise<EligibilityRules> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'eligibility-criteria',
    depth: 0,
    sort: 'order',
    pagination: false,
    overrideAccess: false,
  })
  return {
    required: docs.filter((rule) => rule.role === 'required'),
    routes: docs.filter((rule) => rule.role === 'route'),
  }
})
