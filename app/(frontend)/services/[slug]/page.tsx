import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PreviewNotice } from '@/components/PreviewNotice'
import { ServiceArticle } from '@/components/ServiceArticle'
import { getApplicationFor } from '@/content/applicationForms'
import { isPreview } from '@/content/preview'
import { getPublishedSlugs } from '@/content/published'
import { getResourcesForService } from '@/content/resources'
import { getServiceBySlug } from '@/content/services'
import { getSiteSettings } from '@/content/settings'
import { getSupportLines } from '@/content/supportLines'
import type { Resource } from '@/payload-types'
import { notFoundPage } from '@/site/fixedPages'
import { paths } from '@/site/paths'

type Props = { params: Promise<{ slug: string }> }

// Services published after the build are rendered on first request, then cached.
export const dynamicParams = true

export async function generateStaticParams() {
  return (await getPublishedSlugs('services')).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = await getServiceBySlug((await params).slug, await isPreview())
  return service ? { title: service.title, description: service.summary } : notFoundPage
}

/** Resources the editor linked from the service, then those that name the service, once each. */
function relatedResources(linked: (number | Resource)[] | null | undefined, naming: Resource[]): Resource[] {
  const all = [...(linked ?? []).filter((item): item is Resource => typeof item === 'object'), ...naming]
  return all.filter((item, index) => all.findIndex((other) => other.id === item.id) === index)
}

export default async function ServicePage({ params }: Props) {
  const { slug } = await params
  const draft = await isPreview()
  const service = await getServiceBySlug(slug, draft)
  if (!service) notFound()
  const [settings, lines, naming, application] = await Promise.all([
    getSiteSettings(),
    getSupportLines(),
    getResourcesForService(service.id),
    getApplicationFor(service.applicationForm),
  ])
  const resources = relatedResources(service.relatedResources, naming)

  return (
    <ServiceArticle
      service={service}
      resources={resources}
      urgentHelp={settings.urgentHelp}
      lines={lines}
      application={application}
      notice={draft ? <PreviewNotice path={paths.service(service.slug)} /> : undefined}
    />
  )
}
