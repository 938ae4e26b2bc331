import type { Where } from 'payload'
import { cache } from 'react'

import type { Resource } from '@/payload-types'
import { payloadClient, readMode } from './client'
import type { ResourceTags } from './resourceFacets'
import type { ResourceFilters } from './resourceFilters'
import { parseSlug } from './slug'

export const RESOURCES_PAGE_SIZE = 10

export type ResourcePage = {
  docs: Resource[]
  totalDocs: number
  page: number
  totalPages: number
}

/** Values within one filter widen the list (any of them); different filters narrow it. */
function filtersWhere(filters: ResourceFilters): Where {
  const and: Where[] = []
  if (filters.types.length) and.push({ type: { in: filters.types } })
  if (filters.topics.length) and.push({ topics: { in: filters.topics } })
  if (filters.audiences.length) and.push({ audiences: { in: filters.audiences } })
  return and.length ? { and } : {}
}

/** One page of the published library, filtered by type, topic and audience. */
export async function getResources(filters: ResourceFilters): Promise<ResourcePage> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'resources',
    where: filtersWhere(filters),
    depth: 0,
    sort: 'title',
    limit: RESOURCES_PAGE_SIZE,
    page: filters.page,
    ...readMode(false),
  })
  return { docs: result.docs, totalDocs: result.totalDocs, page: filters.page, totalPages: result.totalPages }
}

/** Published resources on one topic, oldest first so they keep the order editors added them in. */
export const getResourcesByTopic = cache(async (topic: string): Promise<Resource[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'resources',
    where: { topics: { in: [topic] } },
    depth: 0,
    sort: 'createdAt',
    limit: 20,
    ...readMode(false),
  })
  return docs
})

/** One resource with its services, or null for an unknown or malformed slug. */
export const getResourceBySlug = cache(async (slug: string, draft: boolean): Promise<Resource | null> => {
  const valid = parseSlug(slug)
  if (!valid) return null
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'resources',
    where: { slug: { equals: valid } },
    depth: 1,
    limit: 1,
    ...readMode(draft),
  })
  return docs[0] ?? null
})

/** Published resources that name the service among their services. */
export const getResourcesForService = cache(async (serviceId: number | string): Promise<Resource[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'resources',
    where: { services: { in: [serviceId] } },
    depth: 0,
    sort: 'title',
    limit: 50,
    ...readMode(false),
  })
  return docs
})

/** Type, topics and audiences of every published resource: the library is tens, not thousands. */
export const getResourceTags = cache(async (): Promise<ResourceTags[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'resources',
    depth: 0,
    pagination: false,
    select: { type: true, topics: true, audiences: true },
    ...readMode(false),
  })
  return docs
})
