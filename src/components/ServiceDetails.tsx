import type { ApplicationLink } from '@/content/applicationForms'
import type { Service } from '@/payload-types'
import { ActionLink } from './ActionLink'
import { telHref } from './format'
import { TextWithEmail } from './TextWithEmail'

type ServiceDetailsProps = { service: Service; application: ApplicationLink | null }

/**
 * "Who it is for", "How to access" (with the way to apply, leading to the service's form) and
 * "Contact" for a service page, each shown when there is something to say.
 */
export function ServiceDetails({ service, application }: ServiceDetailsProps) {
  const { email, phone } = service.contact ?? {}
  return (
    <>
      {service.whoFor && (
        <>
          <h2>Who it is for</h2>
          <p>{service.whoFor}</p>
        </>
      )}
      {(service.howToAccess || application) && (
        <>
          <h2>How to access</h2>
          {service.howToAccess && (
            <p>{email ? <TextWithEmail text={service.howToAccess} email={email} /> : service.howToAccess}</p>
          )}
          {application && <ActionLink href={application.href}>Apply for support</ActionLink>}
        </>
      )}
      {(email || phone) && (
        <>
          <h2>Contact</h2>
          <ul className="nhsuk-list">
            {email && (
              <li>
                Email: <a href={`mailto:${email}`}>{email}</a>
              </li>
            )}
            {phone && (
              <li>
                Phone: <a href={telHref(phone)}>{phone}</a>
              </li>
            )}
          </ul>
        </>
      )}
    </>
  )
}
