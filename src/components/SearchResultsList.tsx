import type { SearchKind, SearchResults } from '@/content/search'
import { paths } from '@/site/paths'

const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  help: { one: 'Urgent help', many: 'Urgent help' },
  application: { one: 'Application form', many: 'Apply for support' },
  service: { one: 'Service', many: 'Services' },
  resource: { one: 'Resource', many: 'Resources' },
  policy: { one: 'Policy', many: 'Policies' },
}

/** Results grouped by kind, each labelled so a reader knows what a link leads to. */
export function SearchResultsList({ results }: { results: SearchResults }) {
  if (results.total === 0) {
    return (
      <>
        <div role="status">
          <h2>No results found for &lsquo;{results.query}&rsquo;</h2>
        </div>
        <p>You could:</p>
        <ul className="nhsuk-list nhsuk-list--bullet">
          <li>check the spelling of your search</li>
          <li>use fewer or different words, such as &lsquo;coaching&rsquo; or &lsquo;wellbeing&rsquo;</li>
          <li>
            browse <a href={paths.home()}>PSU services</a>, <a href={paths.resources()}>resources</a> or{' '}
            <a href={paths.policies()}>policies</a>
          </li>
          <li>
            go to <a href={paths.urgentHelp()}>urgent help</a> if you need support now
          </li>
        </ul>
      </>
    )
  }
  return (
    <>
      <p role="status">
        {results.total} {results.total === 1 ? 'result' : 'results'} for &lsquo;{results.query}&rsquo;
      </p>
      {results.groups.map((group) => (
        <section key={group.kind} aria-labelledby={`results-${group.kind}`}>
          <h2 id={`results-${group.kind}`}>{KIND_LABELS[group.kind].many}</h2>
          <ul className="nhsuk-list nhsuk-list--border">
            {group.hits.map((hit) => (
              <li key={hit.href}>
                <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
                  <a href={hit.href}>{hit.title}</a>
                </h3>
                <p className="nhsuk-u-margin-bottom-2">
                  <strong className="nhsuk-tag nhsuk-tag--grey">{KIND_LABELS[group.kind].one}</strong>
                </p>
                <p className="nhsuk-u-margin-bottom-0">{hit.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
