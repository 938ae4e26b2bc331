import { z } from 'zod'

import { AUDIENCES, RESOURCE_TYPES, TOPICS } from '@collections/fields/options'

export type ResourceFilters = {
  types: string[]
  topics: string[]
  audiences: string[]
  page: number
}

/** A page's query string as Next hands it over: a value may repeat or be missing. */
export type SearchParams = Record<string, string | string[] | undefined>

const allowed = (options: { value: string }[]) => new Set(options.map((option) => option.value))
const TYPE_VALUES = allowed(RESOURCE_TYPES)
const TOPIC_VALUES = allowed(TOPICS)
const AUDIENCE_VALUES = allowed(AUDIENCES)

// Far beyond any real library; stops absurd offsets reaching the database.
const pageSchema = z.coerce.number().int().min(1).max(1000).catch(1)

const asArray = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/** Known values only, each once: an unknown value is ignored rather than refused. */
const pick = (value: string | string[] | undefined, known: Set<string>): string[] =>
  [...new Set(asArray(value))].filter((item) => known.has(item))

/** The library's filters from the query string; anything invalid falls back to "no filter". */
export function parseResourceFilters(params: SearchParams): ResourceFilters {
  return {
    types: pick(params.type, TYPE_VALUES),
    topics: pick(params.topic, TOPIC_VALUES),
    audiences: pick(params.audience, AUDIENCE_VALUES),
    page: pageSchema.parse(asArray(params.page)[0] ?? 1),
  }
}

/** The query string for the filters on a given page, so pagination links keep the filters. */
export function resourceFiltersQuery(filters: ResourceFilters, page = filters.page): string {
  const query = new URLSearchParams()
  filters.types.forEach((value) => query.append('type', value))
  filters.topics.forEach((value) => query.append('topic', value))
  filters.audiences.forEach((value) => query.append('audience', value))
  if (page > 1) query.set('page', String(page))
  const text = query.toString()
  return text ? `?${text}` : ''
}

export const hasFilters = (filters: ResourceFilters): boolean =>
  filters.types.length + filters.topics.length + filters.audiences.length > 0
