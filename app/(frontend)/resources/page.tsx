import type { Metadata } from 'next'

import { PageShell } from '@/components/PageShell'
import { Pagination } from '@/components/Pagination'
import { ResourceFilterForm } from '@/components/ResourceFilterForm'
import { ResourceList } from '@/components/ResourceList'
import { resourceFacets } from '@/content/resourceFacets'
import { hasFilters, parseResourceFilters, resourceFiltersQuery, type SearchParams } from '@/content/resourceFilters'
import { getResources, getResourceTags, RESOURCES_PAGE_SIZE } from '@/content/resources'
import { paths } from '@/site/paths'

export const metadata: Metadata = {
  title: 'Resources',
  description:
    'Podcasts, webinars, self-help, e-learning, courses and support sessions for trainees, filtered by type, topic and audience.',
}

type Props = { searchParams: Promise<SearchParams> }

function countText(page: number, shown: number, total: number): string {
  const noun = total === 1 ? 'resource' : 'resources'
  const from = (page - 1) * RESOURCES_PAGE_SIZE + 1
  return `Showing ${from} to ${from + shown - 1} of ${total} ${noun}`
}

/** The resources library: filters in the query string, so every view has its own address. */
export default async function ResourcesPage({ searchParams }: Props) {
  const filters = parseResourceFilters(await searchParams)
  const [result, tags] = await Promise.all([getResources(filters), getResourceTags()])
  const hrefFor = (page: number) => `${paths.resources()}${resourceFiltersQuery(filters, page)}`

  return (
    <PageShell breadcrumbs={[{ label: 'Home', href: paths.home() }]}>
      <h1>Resources</h1>
      <p className="nhsuk-body-l">Podcasts, webinars, self-help, courses and support sessions for trainees.</p>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <ResourceFilterForm filters={filters} facets={resourceFacets(tags, filters)} />
        </div>
        <div className="nhsuk-grid-column-two-thirds">
          <h2 className="nhsuk-heading-m">Results</h2>
          {result.docs.length > 0 ? (
            <>
              <p role="status">{countText(result.page, result.docs.length, result.totalDocs)}</p>
              <ResourceList resources={result.docs} />
              <Pagination page={result.page} totalPages={result.totalPages} hrefFor={hrefFor} />
            </>
          ) : result.totalDocs > 0 ? (
            <p>
              There is no page {result.page}. <a href={hrefFor(1)}>Go to the first page of results</a>
            </p>
          ) : (
            <>
              <p role="status">No resources match {hasFilters(filters) ? 'these filters' : 'yet'}.</p>
              {hasFilters(filters) && (
                <p>
                  Try removing some filters, or <a href={paths.resources()}>clear all filters</a>.
                </p>
              )}
            </>
          )}
        </div>
      </div>
    </PageShell>
  )
}
