import type { Resource, SiteSetting } from '@/payload-types'
import { paths } from '@/site/paths'

type CovidSectionProps = { covid: SiteSetting['covid']; offers: Resource[]; hubHref: string | null }

/** "PSU support during COVID-19 pandemic" and the hub's four offers, each linking to its page. */
export function CovidSection({ covid, offers, hubHref }: CovidSectionProps) {
  return (
    <section aria-labelledby="covid-heading">
      <h2 id="covid-heading">{covid.heading}</h2>
      {covid.text && <p>{covid.text}</p>}
      <ul className="nhsuk-list nhsuk-list--bullet">
        {offers.map((offer) => (
          <li key={offer.id}>
            <a href={paths.resource(offer.slug)}>{offer.title}</a>: {offer.summary}
          </li>
        ))}
      </ul>
      {hubHref && (
        <p>
          <a href={hubHref}>Go to the COVID-19 Wellbeing Hub</a>
        </p>
      )}
    </section>
  )
}
