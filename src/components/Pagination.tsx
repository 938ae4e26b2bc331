import { ArrowLeftIcon, ArrowRightIcon } from './Icons'

type PaginationProps = {
  page: number
  totalPages: number
  /** The address of a page number; callers keep their filters in it. */
  hrefFor: (page: number) => string
}

/** Page numbers to show: first, last and two either side of the current one; null is a gap. */
export function pageItems(page: number, totalPages: number): (number | null)[] {
  const wanted = [...new Set([1, totalPages, page - 2, page - 1, page, page + 1, page + 2])]
    .filter((n) => n >= 1 && n <= totalPages)
    .sort((a, b) => a - b)
  return wanted.flatMap((n, index) => (index > 0 && n - wanted[index - 1] > 1 ? [null, n] : [n]))
}

/** NHS numbered pagination; links only, so it works without JavaScript. */
export function Pagination({ page, totalPages, hrefFor }: PaginationProps) {
  if (totalPages <= 1) return null
  return (
    <nav className="nhsuk-pagination nhsuk-pagination--numbered" aria-label="Pagination">
      {page > 1 && (
        <a href={hrefFor(page - 1)} className="nhsuk-pagination__previous" rel="prev">
          <ArrowLeftIcon />
          <span className="nhsuk-pagination__title">
            Previous<span className="nhsuk-u-visually-hidden"> page</span>
          </span>
        </a>
      )}
      <ul className="nhsuk-pagination__list">
        {pageItems(page, totalPages).map((item, index) =>
          item === null ? (
            <li className="nhsuk-pagination__item nhsuk-pagination__item--ellipsis" key={`gap-${index}`}>
              &ctdot;
            </li>
          ) : (
            <li className={`nhsuk-pagination__item${item === page ? ' nhsuk-pagination__item--current' : ''}`} key={item}>
              <a
                className="nhsuk-pagination__link"
                href={hrefFor(item)}
                aria-label={`Page ${item}`}
                aria-current={item === page ? 'page' : undefined}
              >
                {item}
              </a>
            </li>
          ),
        )}
      </ul>
      {page < totalPages && (
        <a href={hrefFor(page + 1)} className="nhsuk-pagination__next" rel="next">
          <span className="nhsuk-pagination__title">
            Next<span className="nhsuk-u-visually-hidden"> page</span>
          </span>
          <ArrowRightIcon />
        </a>
      )}
    </nav>
  )
}
