import { AUDIENCES, RESOURCE_TYPES, TOPICS } from '@collections/fields/options'
import type { ResourceFilters } from '@/content/resourceFilters'
import { paths } from '@/site/paths'
import { CheckboxGroup } from './CheckboxGroup'

/** The library's filters as a plain GET form: works the same with or without JavaScript. */
export function ResourceFilterForm({ filters }: { filters: ResourceFilters }) {
  return (
    <form method="get" action={paths.resources()} aria-labelledby="filters-heading">
      <h2 className="nhsuk-heading-m" id="filters-heading">
        Filter resources
      </h2>
      <CheckboxGroup name="type" legend="Type" options={RESOURCE_TYPES} checked={filters.types} />
      <CheckboxGroup name="topic" legend="Topic" options={TOPICS} checked={filters.topics} />
      <CheckboxGroup name="audience" legend="Audience" options={AUDIENCES} checked={filters.audiences} />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit">
        Apply filters
      </button>
      <p>
        <a href={paths.resources()}>Clear filters</a>
      </p>
    </form>
  )
}
