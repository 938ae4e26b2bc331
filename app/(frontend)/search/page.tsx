import type { Metadata } from 'next'

import { PageShell } from '@/components/PageShell'
import { SearchForm } from '@/components/SearchForm'
import { SearchResultsList } from '@/components/SearchResultsList'
import type { SearchParams } from '@/content/resourceFilters'
import { normaliseSearchQuery, searchContent } from '@/content/search'
import { paths } from '@/site/paths'

type Props = { searchParams: Promise<SearchParams> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = normaliseSearchQuery((await searchParams).q)
  return {
    title: query ? `Search results for ${query}` : 'Search',
    description: 'Search the Professional Support Unit’s services, resources and policies.',
    robots: { index: false },
  }
}

/** Site search over titles and summaries; an empty query shows the form only. */
export default async function SearchPage({ searchParams }: Props) {
  const query = normaliseSearchQuery((await searchParams).q)
  const results = query ? await searchContent(query) : null
  return (
    <PageShell breadcrumbs={[{ label: 'Home', href: paths.home() }]}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Search</h1>
          <SearchForm query={query} />
          {results && <SearchResultsList results={results} />}
        </div>
      </div>
    </PageShell>
  )
}
