import { ActionLink } from '@/components/ActionLink'
import { EligibilityList } from '@/components/EligibilityList'
import { TextWithEmail } from '@/components/TextWithEmail'
import type { ApplicationLink } from '@/content/applicationForms'
import type { ContactRouting, EligibilityCriterion, SiteSetting } from '@/payload-types'
import { paths } from '@/site/paths'

type WhoCanAccessProps = { section: SiteSetting['whoCanAccess']; routes: EligibilityCriterion[] }

/** "Who can access the PSU?": the settings' lead-in, then each way in as the rules explain it. */
export function WhoCanAccessSection({ section, routes }: WhoCanAccessProps) {
  return (
    <section aria-labelledby="who-can-access-heading">
      <h2 id="who-can-access-heading">{section.heading}</h2>
      {section.text && <p>{section.text}</p>}
      <EligibilityList rules={routes} />
      <p>
        <a href={paths.whoCanAccess()}>Who can access the PSU: full details</a>
      </p>
      <ActionLink href={paths.eligibility()}>Check if you can use the PSU</ActionLink>
    </section>
  )
}

type HowToAccessProps = { section: SiteSetting['howToAccess']; application: ApplicationLink | null }

/** "How to access the PSU support?": self-referral in the settings' words, then the application. */
export function HowToAccessSection({ section, application }: HowToAccessProps) {
  return (
    <section aria-labelledby="how-to-access-heading">
      <h2 id="how-to-access-heading">{section.heading}</h2>
      {section.text && <p>{section.text}</p>}
      {application && <ActionLink href={application.href}>Apply for support</ActionLink>}
    </section>
  )
}

type QuestionsProps = {
  section: SiteSetting['questions']
  email: string
  routes: NonNullable<ContactRouting['routes']>
}

/** "Questions and queries?": the PSU's email, then where to go first for other matters. */
export function QuestionsSection({ section, email, routes }: QuestionsProps) {
  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading">{section.heading}</h2>
      <p>
        <TextWithEmail text={section.text ?? 'Email the PSU at'} email={email} />
      </p>
      {routes.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {routes.map((route) => (
            <li key={route.id ?? route.topic}>{route.advice}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
