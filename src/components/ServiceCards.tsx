import type { ServiceLink } from '@/content/services'
import { paths } from '@/site/paths'

/** Clickable NHS cards, one per service, each leading to the service's page. */
export function ServiceCards({ services, headingLevel = 3 }: { services: ServiceLink[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="nhsuk-grid-row nhsuk-card-group">
      {services.map((service) => (
        <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={service.id}>
          <div className="nhsuk-card nhsuk-card--clickable">
            <div className="nhsuk-card__content">
              <Heading className="nhsuk-card__heading nhsuk-heading-m">
                <a className="nhsuk-card__link" href={paths.service(service.slug)}>
                  {service.title}
                </a>
              </Heading>
              <p className="nhsuk-card__description">{service.summary}</p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  )
}
