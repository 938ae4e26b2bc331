import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { labelOf, RESOURCE_TYPES } from '@collections/fields/options'
import { ActionLink } from '@/components/ActionLink'
import { hostOf } from '@/components/format'
import { PageShell } from '@/components/PageShell'
import { PreviewNotice } from '@/components/PreviewNotice'
import { ResourceFacts } from '@/components/ResourceFacts'
import { RichTextBody } from '@/components/RichTextBody'
import { isPreview } from '@/content/preview'
import { getPublishedSlugs } from '@/content/published'
import { getResourceBySlug } from '@/content/resources'
import { notFoundPage } from '@/site/fixedPages'
import { paths } from '@/site/paths'

type Props = { params: Promise<{ slug: string }> }

// Resources published after the build are rendered on first request, then cached.
export const dynamicParams = true

export async function generateStaticParams() {
  return (await getPublishedSlugs('resources')).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resource = await getResourceBySlug((await params).slug, await isPreview())
  return resource ? { title: resource.title, description: resource.summary } : notFoundPage
}

export default async function ResourcePage({ params }: Props) {
  const draft = await isPreview()
  const resource = await getResourceBySlug((await params).slug, draft)
  if (!resource) notFound()
  const host = resource.url ? hostOf(resource.url) : null

  return (
    <PageShell
      breadcrumbs={[
        { label: 'Home', href: paths.home() },
        { label: 'Resources', href: paths.resources() },
      ]}
      notice={draft ? <PreviewNotice path={paths.resource(resource.slug)} /> : undefined}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>
            <span className="nhsuk-caption-l">{labelOf(RESOURCE_TYPES, resource.type)}</span>
            {resource.title}
          </h1>
          <p className="nhsuk-body-l">{resource.summary}</p>
          <RichTextBody data={resource.body} />
          {resource.url && host && (
            // Same tab on purpose: new windows disorient screen-reader and magnifier users.
            <ActionLink href={resource.url}>
              Go to {resource.title} on {host}
            </ActionLink>
          )}
          <ResourceFacts resource={resource} />
          <p>
            <a href={paths.resources()}>Browse all resources</a>
          </p>
        </div>
      </div>
    </PageShell>
  )
}
