import type { ReactNode } from 'react'

import { ArrowRightCircleIcon } from './Icons'

/** NHS action link: the one next step on a page, e.g. "Check if you can use the PSU". */
export function ActionLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="nhsuk-action-link" href={href}>
      <ArrowRightCircleIcon />
      <span className="nhsuk-action-link__text">{children}</span>
    </a>
  )
}
