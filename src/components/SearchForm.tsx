import { SEARCH_MAX_LENGTH } from '@/content/search'
import { paths } from '@/site/paths'
import { SearchIcon } from './Icons'

/** The NHS search input on the search page, prefilled with the current query. */
export function SearchForm({ query }: { query: string }) {
  return (
    <search>
      <form action={paths.search()} method="get" noValidate>
        <div className="nhsuk-form-group nhsuk-search-input">
          <label className="nhsuk-label nhsuk-label--s" htmlFor="search-page-field">
            Search services, resources and policies
          </label>
          <div className="nhsuk-input-wrapper nhsuk-search-input__wrapper">
            <input
              className="nhsuk-input nhsuk-search-input__input"
              id="search-page-field"
              name="q"
              type="search"
              autoComplete="off"
              maxLength={SEARCH_MAX_LENGTH}
              defaultValue={query}
            />
            <button
              className="nhsuk-button nhsuk-button--icon nhsuk-button--small nhsuk-search-input__button"
              type="submit"
              aria-label="Search"
            >
              <SearchIcon />
            </button>
          </div>
        </div>
      </form>
    </search>
  )
}
