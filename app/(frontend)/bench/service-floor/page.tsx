import { notFound } from 'next/navigation'

import { ServiceArticle } from '@/components/ServiceArticle'
import { env } from '@/config/env'
import type { Service, SupportLine } from '@/payload-types'
import { seedServices } from '@/seed/content/services'
import { seedSiteSettings } from '@/seed/content/siteSettings'
import { seedSupportLines } from '@/seed/content/supportLines'

/**
 * Benchmark floor: the Coaching Service page's HTML rendered from constants, no CMS query for
 * its content. `npm run bench` compares the CMS-backed page with this. Built only for benches.
 */
export const dynamic = 'force-static'

const stamp = { updatedAt: '', createdAt: '' }
const seed = seedServices.find((service) => service.slug === 'coaching-service')

export const metadata = { title: seed?.title, description: seed?.summary }

export default function ServiceFloorPage() {
  if (!env().benchRoutes) notFound()
  if (!seed) notFound()
  const service = { ...seed, id: 0, ...stamp } as unknown as Service
  const lines = seedSupportLines.map((line, index) => ({ ...line, id: index + 1, ...stamp }) as SupportLine)
  return <ServiceArticle service={service} resources={[]} urgentHelp={seedSiteSettings.urgentHelp} lines={lines} />
}
