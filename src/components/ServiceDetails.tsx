import type { Service } from '@/payload-types'
import { telHref } from './format'
import { TextWithEmail } from './TextWithEmail'

/** "Who it is for", "How to access" and "Contact" for a service page, each shown when filled in. */
export function ServiceDetails({ service }: { service: Service }) {
  const { email, phone } = service.contact ?? {}
  return (
    <>
      {service.whoFor && (
        <>
          <h2>Who it is for</h2>
          <p>{service.whoFor}</p>
        </>
      )}
      {service.howToAccess && (
        <>
          <h2>How to access</h2>
          <p>{email ? <TextWithEmail text={service.howToAccess} email={email} /> : service.howToAccess}</p>
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
