import { paths } from '@/site/paths'

/** NHS footer: the pages a worried reader looks for last, and the PSU's email address. */
export function SiteFooter({ contactEmail }: { contactEmail: string }) {
  const links = [
    { label: 'Urgent help', href: paths.urgentHelp() },
    { label: 'Who can access the PSU', href: paths.whoCanAccess() },
    { label: 'Resources', href: paths.resources() },
    { label: 'Policies', href: paths.policies() },
    { label: 'Search', href: paths.search() },
    { label: 'Check your referral', href: paths.referralStatus() },
    { label: `Email the PSU: ${contactEmail}`, href: `mailto:${contactEmail}` },
  ]
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list">
            {links.map((link) => (
              <li className="nhsuk-footer__list-item" key={link.href}>
                <a className="nhsuk-footer__list-item-link" href={link.href}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </footer>
  )
}
