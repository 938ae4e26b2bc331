import { describe, expect, it } from '@jest/globals'

import { resourceFacets, type ResourceTags } from '@/content/resourceFacets'
import type { ResourceFilters } from '@/content/resourceFilters'

const library: ResourceTags[] = [
  { type: 'podcast', topics: ['wellbeing'], audiences: ['doctors'] },
  { type: 'podcast', topics: ['careers'], audiences: ['dentists'] },
  { type: 'course', topics: ['wellbeing', 'careers'], audiences: ['doctors'] },
  { type: 'webinar', topics: null, audiences: [] },
]

const filters = (partial: Partial<ResourceFilters>): ResourceFilters => ({ types: [], topics: [], audiences: [], page: 1, ...partial })

const shown = (options: { value: string; count: number }[]) => Object.fromEntries(options.map((o) => [o.value, o.count]))

describe('resourceFacets', () => {
  it.each([
    {
      name: 'no filters: only values in use, with counts',
      chosen: filters({}),
      types: { podcast: 2, webinar: 1, course: 1 },
      topics: { wellbeing: 2, careers: 2 },
      audiences: { doctors: 2, dentists: 1 },
    },
    {
      name: 'a topic narrows the other groups, not its own',
      chosen: filters({ topics: ['careers'] }),
      types: { podcast: 1, course: 1 },
      topics: { wellbeing: 2, careers: 2 },
      audiences: { doctors: 1, dentists: 1 },
    },
    {
      name: 'a ticked choice that now shows nothing stays, so it can be unticked',
      chosen: filters({ types: ['webinar'], audiences: ['dentists'] }),
      types: { podcast: 1, webinar: 0 },
      topics: {},
      audiences: { dentists: 0 },
    },
  ])('$name', ({ chosen, types, topics, audiences }) => {
    const facets = resourceFacets(library, chosen)
    expect(shown(facets.types)).toEqual(types)
    expect(shown(facets.topics)).toEqual(topics)
    expect(shown(facets.audiences)).toEqual(audiences)
  })

  it('keeps the order and labels of the admin options', () => {
    const facets = resourceFacets(library, filters({}))
    expect(facets.types.map((option) => option.label)).toEqual(['Podcast', 'Webinar', 'Course'])
  })
})
