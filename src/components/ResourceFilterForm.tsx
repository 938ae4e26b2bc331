import type { FacetOption, ResourceFacets } from '@/content/resourceFacets'
import type { ResourceFilters } from '@/content/resourceFilters'
import { paths } from '@/site/paths'
import { CheckboxGroup } from './CheckboxGroup'

const withCounts = (options: FacetOption[]) =>
  options.map(({ label, value, count }) => ({ label: `${label} (${count})`, value }))

type ResourceFilterFormProps = { filters: ResourceFilters; facets: ResourceFacets }

/**
 * The library's filters as a plain GET form (the same with or without JavaScript). Only choices
 * that would show something are offered, each with its count; an empty group is left out.
 */
export function ResourceFilterForm({ filters, facets }: ResourceFilterFormProps) {
  const groups = [
    { name: 'type', legend: 'Type', options: facets.types, checked: filters.types },
    { name: 'topic', legend: 'Topic', options: facets.topics, checked: filters.topics },
    { name: 'audience', legend: 'Audience', options: facets.audiences, checked: filters.audiences },
  ].filter((group) => group.options.length > 0)
  return (
    <form method="get" action={paths.resources()} aria-labelledby="filters-heading">
      <h2 className="nhsuk-heading-m" id="filters-heading">
        Filter resources
      </h2>
      {groups.map((group) => (
        <CheckboxGroup
          key={group.name}
          name={group.name}
          legend={group.legend}
          options={withCounts(group.options)}
          checked={group.checked}
        />
      ))}
      <button className="nhsuk-button nhsuk-button--secondary" type="submit">
        Apply filters
      </button>
      <p>
        <a href={paths.resources()}>Clear filters</a>
      </p>
    </form>
  )
}
