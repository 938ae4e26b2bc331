import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/PageShell'
import { PolicyDates } from '@/components/PolicyDates'
import { PolicyDocument } from '@/components/PolicyDocument'
import { PreviewNotice } from '@/components/PreviewNotice'
import { getPolicyBySlug } from '@/content/policies'
import { isPreview } from '@/content/preview'
import { getPublishedSlugs } from '@/content/published'
import { notFoundPage } from '@/site/fixedPages'
import { paths } from '@/site/paths'

type Props = { params: Promise<{ slug: string }> }

// Policies published after the build are rendered on first request, then cached.
export const dynamicParams = true

export async function generateStaticParams() {
  return (await getPublishedSlugs('policies')).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const policy = await getPolicyBySlug((await params).slug, await isPreview())
  return policy ? { title: policy.title, description: policy.summary } : notFoundPage
}

export default async function PolicyPage({ params }: Props) {
  const draft = await isPreview()
  const policy = await getPolicyBySlug((await params).slug, draft)
  if (!policy) notFound()

  return (
    <PageShell
      breadcrumbs={[
        { label: 'Home', href: paths.home() },
        { label: 'Policies', href: paths.policies() },
      ]}
      notice={draft ? <PreviewNotice path={paths.policy(policy.slug)} /> : undefined}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{policy.title}</h1>
          <PolicyDates policy={policy} />
          <p className="nhsuk-body-l">{policy.summary}</p>
          <PolicyDocument title={policy.title} document={policy.document} />
        </div>
      </div>
    </PageShell>
  )
}
