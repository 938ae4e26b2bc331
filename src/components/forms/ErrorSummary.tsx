import type { MouseEvent, Ref } from 'react'

export type SummaryItem = { href: string; message: string }

type ErrorSummaryProps = {
  items: SummaryItem[]
  ref?: Ref<HTMLDivElement>
  onLinkClick?: (event: MouseEvent<HTMLAnchorElement>, href: string) => void
}

/**
 * NHS error summary, first in the main column. `tabIndex=-1` lets scripts move focus to it;
 * without scripts the "Error:" page title tells screen-reader users first.
 */
export function ErrorSummary({ items, ref, onLinkClick }: ErrorSummaryProps) {
  if (items.length === 0) return null
  return (
    <div className="nhsuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading" id="error-summary-title">
          There is a problem
        </h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {items.map((item) => (
              <li key={item.href + item.message}>
                <a href={item.href} onClick={onLinkClick ? (event) => onLinkClick(event, item.href) : undefined}>
                  {item.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}
