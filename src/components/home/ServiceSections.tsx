import { RichTextBody } from '@/components/RichTextBody'
import type { Service, SiteSetting } from '@/payload-types'
import type { ServiceLink } from '@/content/services'
import { paths } from '@/site/paths'

/** A specialist service (Dyslexia Assessments) on the home page: its summary, then its body. */
export function SpecialistSection({ service }: { service: Service }) {
  const id = `${service.slug}-heading`
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{service.title}</h2>
      <p>{service.summary}</p>
      {service.body && <RichTextBody data={service.body} />}
      {service.whoFor && <p>{service.whoFor}</p>}
      <p>
        <a href={paths.service(service.slug)}>More information about {service.title}</a>
      </p>
    </section>
  )
}

type WorkforceSectionProps = { workforce: SiteSetting['workforce']; schemes: ServiceLink[] }

/** "Inducting, Returning and Retaining the Workforce" and the scheme services. */
export function WorkforceSection({ workforce, schemes }: WorkforceSectionProps) {
  return (
    <section aria-labelledby="workforce-heading">
      <h2 id="workforce-heading">{workforce.heading}</h2>
      {workforce.text && <p>{workforce.text}</p>}
      <ul className="nhsuk-list nhsuk-list--bullet">
        {schemes.map((scheme) => (
          <li key={scheme.id}>
            <a href={paths.service(scheme.slug)}>{scheme.title}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
