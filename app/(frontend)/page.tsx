import { PageShell } from '@/components/PageShell'
import { PolicyList } from '@/components/PolicyList'
import { ServiceCards } from '@/components/ServiceCards'
import { UrgentHelpCard } from '@/components/UrgentHelpCard'
import { HowToAccessSection, QuestionsSection, WhoCanAccessSection } from '@/components/home/AccessSections'
import { CovidSection } from '@/components/home/CovidSection'
import { SpecialistSection, WorkforceSection } from '@/components/home/ServiceSections'
import { getGeneralApplication } from '@/content/applicationForms'
import { getEligibilityRules } from '@/content/eligibility'
import { getPolicies } from '@/content/policies'
import { getResourcesByTopic } from '@/content/resources'
import { getNavigationServices, getServicesInGroup } from '@/content/services'
import { getContactRouting, getSiteSettings } from '@/content/settings'
import { getSupportLines } from '@/content/supportLines'
import { paths } from '@/site/paths'

/** The PSU's front page, section by section as on its current page. */
export default async function HomePage() {
  const [settings, services, specialist, covidOffers, lines, rules, routes, policies, application] = await Promise.all([
    getSiteSettings(),
    getNavigationServices(),
    getServicesInGroup('specialist'),
    getResourcesByTopic('covid-19'),
    getSupportLines(),
    getEligibilityRules(),
    getContactRouting(),
    getPolicies(),
    getGeneralApplication(),
  ])
  const tabs = services.filter((service) => service.group === 'tab')
  const schemes = services.filter((service) => service.group === 'workforce-scheme')
  // The hub is the service the COVID-19 offers belong to; linking it keeps the slug out of code.
  const hubRef = covidOffers[0]?.services?.[0]
  const hubId = typeof hubRef === 'object' ? hubRef.id : hubRef
  const hub = services.find((service) => service.id === hubId)

  return (
    <PageShell>
      <h1>{settings.serviceName}</h1>
      <p className="nhsuk-body-l nhsuk-u-reading-width">{settings.introText}</p>

      <section aria-labelledby="services-heading">
        <h2 id="services-heading">Our services</h2>
        <ServiceCards services={tabs} />
      </section>

      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <CovidSection covid={settings.covid} offers={covidOffers} hubHref={hub ? paths.service(hub.slug) : null} />
          <UrgentHelpCard urgentHelp={settings.urgentHelp} lines={lines} />
          {specialist.map((service) => (
            <SpecialistSection service={service} key={service.id} />
          ))}
          <WorkforceSection workforce={settings.workforce} schemes={schemes} />
          <WhoCanAccessSection section={settings.whoCanAccess} routes={rules.routes} />
          <HowToAccessSection section={settings.howToAccess} application={application} />
          <QuestionsSection section={settings.questions} email={settings.contactEmail} routes={routes} />
          <section aria-labelledby="policies-heading">
            <h2 id="policies-heading">Policies</h2>
            <PolicyList policies={policies} />
          </section>
        </div>
      </div>
    </PageShell>
  )
}
