import type { ServiceLink } from '@/content/services'
import { paths } from '@/site/paths'
import { isSafeHref } from '@/site/safeHref'
import { NhsLogo, SearchIcon } from './Icons'
import styles from './SiteHeader.module.css'
import { SiteNavigation, type NavLink } from './SiteNavigation'

type SiteHeaderProps = {
  serviceName: string
  services: ServiceLink[]
  extraLinks: NavLink[]
}

/**
 * NHS header without nhsuk's JavaScript: logo, search, urgent help, then the services,
 * Resources and Policies, the links that do not fit collapsed under "More" (which opens with
 * scripts off).
 */
export function SiteHeader({ serviceName, services, extraLinks }: SiteHeaderProps) {
  const all: NavLink[] = [
    ...services.map((service) => ({ label: service.title, href: paths.service(service.slug) })),
    { label: 'Resources', href: paths.resources() },
    { label: 'Policies', href: paths.policies() },
    // Links saved before the link check existed are left out rather than trusted.
    ...extraLinks.filter((link) => isSafeHref(link.href)),
  ]
  // An editor's extra link to a page already listed is shown once.
  const links = all.filter((link, index) => all.findIndex((other) => other.href === link.href) === index)
  return (
    <header className="nhsuk-header" role="banner">
      <div className={`nhsuk-header__container nhsuk-width-container ${styles.container}`}>
        <div className={`nhsuk-header__service ${styles.service}`}>
          <a className="nhsuk-header__service-logo" href={paths.home()} aria-label={`NHS ${serviceName} homepage`}>
            <NhsLogo />
            <span className="nhsuk-header__service-name">{serviceName}</span>
          </a>
        </div>
        <search className={`nhsuk-header__search ${styles.search}`}>
          <form className="nhsuk-header__search-form" id="search" action={paths.search()} method="get" noValidate>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-u-visually-hidden" htmlFor="search-field">
                Search this site
              </label>
              <div className="nhsuk-input-wrapper">
                <input
                  className="nhsuk-input"
                  id="search-field"
                  name="q"
                  type="search"
                  autoComplete="off"
                  placeholder="Search"
                  maxLength={100}
                />
                <button className="nhsuk-button nhsuk-button--icon nhsuk-button--small" type="submit" aria-label="Search">
                  <SearchIcon />
                </button>
              </div>
            </div>
          </form>
        </search>
        <a className={`nhsuk-button nhsuk-button--warning nhsuk-button--small ${styles.urgentHelp}`} href={paths.urgentHelp()}>
          Urgent help
        </a>
      </div>
      <SiteNavigation links={links} />
    </header>
  )
}
