import { labelOf, RESOURCE_TYPES } from '@collections/fields/options'
import type { Resource } from '@/payload-types'
import { paths } from '@/site/paths'

type ResourceListProps = { resources: Resource[]; headingLevel?: 2 | 3 }

/** Resources as a bordered list: title link, type tag and summary. */
export function ResourceList({ resources, headingLevel = 3 }: ResourceListProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="nhsuk-list nhsuk-list--border">
      {resources.map((resource) => (
        <li key={resource.id}>
          <Heading className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
            <a href={paths.resource(resource.slug)}>{resource.title}</a>
          </Heading>
          <p className="nhsuk-u-margin-bottom-2">
            <strong className="nhsuk-tag nhsuk-tag--blue">{labelOf(RESOURCE_TYPES, resource.type)}</strong>
          </p>
          <p className="nhsuk-u-margin-bottom-0">{resource.summary}</p>
        </li>
      ))}
    </ul>
  )
}
