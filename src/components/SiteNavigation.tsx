import styles from './SiteNavigation.module.css'

export type NavLink = { label: string; href: string }

/**
 * Characters of link text that fit in the navigation bar beside "More", by screen size. Below
 * the tablet width every link is in the "More" menu, so the bar is one line on any phone.
 */
const ROW_BUDGET = { tablet: 60, desktop: 105 } as const

/** Counts how many links, in order, fit in a budget of characters (with room for the gaps). */
function fitting(links: NavLink[], budget: number): number {
  let used = 0
  let count = 0
  for (const link of links) {
    used += link.label.length + 5
    if (used > budget) break
    count += 1
  }
  return count
}

/**
 * The header navigation as nhs.uk lays it out: the first links in a bar, the rest under "More".
 * nhs.uk measures the bar with JavaScript; here the split is worked out on the server and "More"
 * is a `<details>` element, so it opens with scripts off. The links that the bar shows at a
 * screen size are hidden from the menu at that size (and the reverse), so each is listed once.
 */
export function SiteNavigation({ links }: { links: NavLink[] }) {
  const tablet = fitting(links, ROW_BUDGET.tablet)
  const desktop = fitting(links, ROW_BUDGET.desktop)
  const rowClass = (index: number) => (index < tablet ? styles.fromTablet : styles.fromDesktop)
  const menuClass = (index: number) => (index < tablet ? styles.belowTablet : index < desktop ? styles.belowDesktop : '')
  return (
    <nav className="nhsuk-header__navigation" aria-label="Menu">
      <div className="nhsuk-header__navigation-container nhsuk-width-container">
        <ul className={`nhsuk-header__navigation-list ${styles.list}`}>
          {links.slice(0, desktop).map((link, index) => (
            <li className={`nhsuk-header__navigation-item ${rowClass(index)}`} key={link.href}>
              <a className="nhsuk-header__navigation-link" href={link.href}>
                {link.label}
              </a>
            </li>
          ))}
          {links.length > 0 && (
            <li className={`nhsuk-header__menu ${desktop >= links.length ? styles.belowDesktop : ''}`}>
              <details className={styles.more}>
                <summary className={`nhsuk-header__menu-toggle nhsuk-header__navigation-link ${styles.toggle}`}>
                  <span className="nhsuk-u-visually-hidden">Browse </span>More
                </summary>
                <ul className={`nhsuk-header__menu-list ${styles.menuList}`}>
                  {links.map((link, index) => (
                    <li className={`nhsuk-header__navigation-item ${menuClass(index)}`} key={link.href}>
                      <a className="nhsuk-header__navigation-link" href={link.href}>
                        {link.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          )}
        </ul>
      </div>
    </nav>
  )
}
