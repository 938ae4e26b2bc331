export type Crumb = { label: string; href: string }

/** NHS breadcrumb, with the back link NHS pages show on small screens instead of the trail. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const parent = items[items.length - 1]
  return (
    <nav className="nhsuk-breadcrumb" aria-label="Breadcrumb">
      <ol className="nhsuk-breadcrumb__list">
        {items.map((item) => (
          <li className="nhsuk-breadcrumb__list-item" key={item.href}>
            <a className="nhsuk-breadcrumb__link" href={item.href}>
              {item.label}
            </a>
          </li>
        ))}
      </ol>
      {parent && (
        <a className="nhsuk-back-link" href={parent.href}>
          <span className="nhsuk-u-visually-hidden">Back to </span>
          {parent.label}
        </a>
      )}
    </nav>
  )
}
