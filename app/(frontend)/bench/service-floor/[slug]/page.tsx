import { notFound } from 'next/navigation'

import { ServiceArticle } from '@/components/ServiceArticle'
import { env } from '@/config/env'
import { isPreview } from '@/content/preview'
import type { Service, SupportLine } from '@/payload-types'
import { seedServices } from '@/seed/content/services'
import { seedSiteSettings } from '@/seed/content/siteSettings'
import { seedSupportLines } from '@/seed/content/supportLines'
import { GENERAL_APPLICATION_SLUG, paths } from '@/site/paths'

/**
 * Benchmark floor: the Coaching Service page's HTML rendered from constants, no CMS query for
 * its content, on a route of the same shape as the real one (a prerendered `[slug]` that also
 * checks draft mode). `npm run bench` compares the CMS-backed page with this.
 */
export const dynamicParams = true

export const generateStaticParams = () => [{ slug: 'coaching-service' }]

const stamp = { updatedAt: '', createdAt: '' }
const seed = seedServices.find((service) => service.slug === 'coaching-service')

export const metadata = { title: seed?.title, description: seed?.summary }

export default async function ServiceFloorPage({ params }: { params: Promise<{ slug: string }> }) {
  if (!env().benchRoutes || (await isPreview()) || (await params).slug !== seed?.slug) notFound()
  if (!seed) notFound()
  const service = { ...seed, id: 0, ...stamp } as unknown as Service
  const lines = seedSupportLines.map((line, index) => ({ ...line, id: index + 1, ...stamp }) as SupportLine)
  const application = { id: 0, slug: GENERAL_APPLICATION_SLUG, title: '', href: paths.apply(GENERAL_APPLICATION_SLUG) }
  return (
    <ServiceArticle
      service={service}
      resources={[]}
      urgentHelp={seedSiteSettings.urgentHelp}
      lines={lines}
      application={application}
    />
  )
}
