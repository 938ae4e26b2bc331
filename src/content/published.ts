import { payloadClient } from './client'

export type PublishedPage = { slug: string; updatedAt: string }

type ContentCollection = 'services' | 'resources' | 'policies'

/** Slugs of every published document in a collection: for static params and the sitemap. */
export async function getPublishedSlugs(collection: ContentCollection): Promise<PublishedPage[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    depth: 0,
    pagination: false,
    select: { slug: true, updatedAt: true },
    draft: false,
    overrideAccess: false,
  })
  return docs.map(({ slug, updatedAt }) => ({ slug, updatedAt }))
}
