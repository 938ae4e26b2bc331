import { AUDIENCES, RESOURCE_TYPES, TOPICS } from '@collections/fields/options'
import type { Resource } from '@/payload-types'
import type { ResourceFilters } from './resourceFilters'

export type FacetKey = 'types' | 'topics' | 'audiences'

/** A filter choice with the number of resources it would show. */
export type FacetOption = { label: string; value: string; count: number }

export type ResourceFacets = Record<FacetKey, FacetOption[]>

/** What the filters look at in a resource. */
export type ResourceTags = Pick<Resource, 'type' | 'topics' | 'audiences'>

const OPTIONS: Record<FacetKey, { label: string; value: string }[]> = {
  types: RESOURCE_TYPES,
  topics: TOPICS,
  audiences: AUDIENCES,
}

const valuesOf = (resource: ResourceTags, key: FacetKey): string[] =>
  key === 'types' ? [resource.type] : (resource[key] ?? [])

/** Whether a resource passes every filter but `except` (a filter's own choices widen, not narrow). */
const passesOthers = (resource: ResourceTags, filters: ResourceFilters, except: FacetKey): boolean =>
  (Object.keys(OPTIONS) as FacetKey[]).every(
    (key) => key === except || !filters[key].length || valuesOf(resource, key).some((value) => filters[key].includes(value)),
  )

/**
 * The filter choices worth offering: each with how many resources ticking it would show, given
 * the other filters already chosen. A choice that would show none is left out (unless ticked,
 * so it can be unticked), so no choice leads only to "No resources match".
 */
export function resourceFacets(resources: ResourceTags[], filters: ResourceFilters): ResourceFacets {
  const facet = (key: FacetKey): FacetOption[] => {
    const pool = resources.filter((resource) => passesOthers(resource, filters, key))
    return OPTIONS[key]
      .map(({ label, value }) => ({ label, value, count: pool.filter((resource) => valuesOf(resource, key).includes(value)).length }))
      .filter((option) => option.count > 0 || filters[key].includes(option.value))
  }
  return { types: facet('types'), topics: facet('topics'), audiences: facet('audiences') }
}
