import { AUDIENCES, labelOf, TOPICS } from '@collections/fields/options'
import type { Resource, Service } from '@/payload-types'
import { paths } from '@/site/paths'

/** Topics, audiences and the services a resource belongs to, as an NHS summary list. */
export function ResourceFacts({ resource }: { resource: Resource }) {
  const services = (resource.services ?? []).filter((item): item is Service => typeof item === 'object')
  const rows = [
    { key: 'Topics', value: (resource.topics ?? []).map((topic) => labelOf(TOPICS, topic)).join(', ') },
    { key: 'For', value: (resource.audiences ?? []).map((audience) => labelOf(AUDIENCES, audience)).join(', ') },
  ].filter((row) => row.value)
  if (!rows.length && !services.length) return null
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.key}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
      {services.length > 0 && (
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Part of</dt>
          <dd className="nhsuk-summary-list__value">
            {services.map((service, index) => (
              <span key={service.id}>
                {index > 0 && ', '}
                <a href={paths.service(service.slug)}>{service.title}</a>
              </span>
            ))}
          </dd>
        </div>
      )}
    </dl>
  )
}
