import type { ServiceLink } from '@/content/services'
import { paths } from '@/site/paths'
import { isSafeHref } from '@/site/safeHref'
import { NhsLogo, SearchIcon } from './Icons'
import styles from './SiteHeader.module.css'

type NavLink = { label: string; href: string }

type SiteHeaderProps = {
  serviceName: string
  services: ServiceLink[]
  extraLinks: NavLink[]
}

/**
 * NHS header without nhsuk's JavaScript: the navigation list wraps instead of collapsing
 * into a "More" menu, so every service stays one click away with scripts off.
 */
export function SiteHeader({ serviceName, services, extraLinks }: SiteHeaderProps) {
  const links: NavLink[] = [
    ...services.map((service) => ({ label: service.title, href: paths.service(service.slug) })),
    // Links saved before the link check existed are left out rather than trusted.
    ...extraLinks.filter((link) => isSafeHref(link.href)),
  ]
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <a className="nhsuk-header__service-logo" href={paths.home()} aria-label={`NHS ${serviceName} homepage`}>
            <NhsLogo />
            <span className="nhsuk-header__service-name">{serviceName}</span>
          </a>
        </div>
        <search className="nhsuk-header__search">
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
      {links.length > 0 && (
        <nav className="nhsuk-header__navigation" aria-label="Services">
          <div className="nhsuk-header__navigation-container nhsuk-width-container">
            <ul className="nhsuk-header__navigation-list">
              {links.map((link) => (
                <li className="nhsuk-header__navigation-item" key={link.href}>
                  <a className="nhsuk-header__navigation-link" href={link.href}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      )}
    </header>
  )
}
