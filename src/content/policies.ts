import { cache } from 'react'

import type { Policy } from '@/payload-types'
import { payloadClient, readMode } from './client'
import { parseSlug } from './slug'

/** Published policies in the order editors set, with their documents. */
export const getPolicies = cache(async (): Promise<Policy[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'policies',
    depth: 0,
    sort: 'order',
    pagination: false,
    ...readMode(false),
  })
  return docs
})

/** One policy with its document populated, or null for an unknown or malformed slug. */
export const getPolicyBySlug = cache(async (slug: string, draft: boolean): Promise<Policy | null> => {
  const valid = parseSlug(slug)
  if (!valid) return null
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'policies',
    where: { slug: { equals: valid } },
    depth: 1,
    limit: 1,
    ...readMode(draft),
  })
  return docs[0] ?? null
})
