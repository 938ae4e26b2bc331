import { cache } from 'react'

import type { SupportLine } from '@/payload-types'
import { payloadClient } from './client'

/** Urgent and crisis contacts in the order editors set. */
export const getSupportLines = cache(async (): Promise<SupportLine[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'support-lines',
    depth: 0,
    sort: 'order',
    pagination: false,
    overrideAccess: false,
  })
  return docs
})
