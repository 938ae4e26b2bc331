import type { MetadataRoute } from 'next'

import { env } from '@/config/env'
import { getPublishedSlugs } from '@/content/published'
import { paths } from '@/site/paths'

/** Every public page: the fixed pages, then each published service, resource and policy. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = env().serverUrl
  const fixed = [paths.home(), paths.urgentHelp(), paths.whoCanAccess(), paths.resources(), paths.policies()]
  const [services, resources, policies] = await Promise.all([
    getPublishedSlugs('services'),
    getPublishedSlugs('resources'),
    getPublishedSlugs('policies'),
  ])
  const documents = [
    ...services.map((page) => ({ path: paths.service(page.slug), updatedAt: page.updatedAt })),
    ...resources.map((page) => ({ path: paths.resource(page.slug), updatedAt: page.updatedAt })),
    ...policies.map((page) => ({ path: paths.policy(page.slug), updatedAt: page.updatedAt })),
  ]
  return [
    ...fixed.map((path) => ({ url: new URL(path, base).toString() })),
    ...documents.map(({ path, updatedAt }) => ({ url: new URL(path, base).toString(), lastModified: updatedAt })),
  ]
}
