import { cache } from 'react'

import type { Service } from '@/payload-types'
import { payloadClient, readMode } from './client'
import { parseSlug } from './slug'

export type ServiceLink = Pick<Service, 'id' | 'title' | 'slug' | 'summary' | 'group' | 'navOrder'>

const GROUP_ORDER: Service['group'][] = ['tab', 'specialist', 'workforce-scheme']

const byGroupThenOrder = (a: ServiceLink, b: ServiceLink): number =>
  GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || (a.navOrder ?? 100) - (b.navOrder ?? 100)

/** Published services for the header and home page: main tabs, then specialist, then schemes. */
export const getNavigationServices = cache(async (): Promise<ServiceLink[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'services',
    depth: 0,
    sort: 'navOrder',
    pagination: false,
    select: { title: true, slug: true, summary: true, group: true, navOrder: true },
    ...readMode(false),
  })
  return docs
    .map(({ id, title, slug, summary, group, navOrder }) => ({ id, title, slug, summary, group, navOrder }))
    .sort(byGroupThenOrder)
})

/** One service with its related resources, or null for an unknown or malformed slug. */
export const getServiceBySlug = cache(async (slug: string, draft: boolean): Promise<Service | null> => {
  const valid = parseSlug(slug)
  if (!valid) return null
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'services',
    where: { slug: { equals: valid } },
    depth: 1,
    limit: 1,
    ...readMode(draft),
  })
  return docs[0] ?? null
})

/** Published services of one group with their full content, in navigation order. */
export const getServicesInGroup = cache(async (group: Service['group']): Promise<Service[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'services',
    where: { group: { equals: group } },
    depth: 0,
    sort: 'navOrder',
    pagination: false,
    ...readMode(false),
  })
  return docs
})
