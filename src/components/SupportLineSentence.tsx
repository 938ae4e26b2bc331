import type { ReactNode } from 'react'

import type { SupportLine } from '@/payload-types'
import { isSafeHref } from '@/site/safeHref'
import { smsHref, telHref } from './format'

const withHours = (hours: string | null | undefined): string => (hours ? ` (${hours})` : '')

/** Each way to reach a line, worded as the PSU page words it: "Call …", "Text '…' to …", "visit …". */
export function supportLineParts(line: SupportLine): ReactNode[] {
  const parts: ReactNode[] = []
  if (line.phone) {
    parts.push(
      <span key="call">
        Call <a href={telHref(line.phone)}>{line.phone}</a>
        {withHours(line.phoneHours)}
      </span>,
    )
  }
  if (line.textNumber && line.textCode) {
    parts.push(
      <span key="text">
        Text &apos;{line.textCode}&apos; to <a href={smsHref(line.textNumber, line.textCode)}>{line.textNumber}</a>
        {withHours(line.textHours)}
      </span>,
    )
  }
  // A link saved before the link check existed is left out rather than trusted.
  if (line.link && isSafeHref(line.link)) {
    parts.push(
      <span key="visit">
        {parts.length ? 'visit' : 'Visit'} <a href={line.link}>{line.linkLabel || line.name}</a>
      </span>,
    )
  }
  return parts
}

/**
 * One line as a sentence: "The NHS Frontline service for all NHS staff: Call 0300 131 7000
 * (between 7am-11pm) or Text 'FRONTLINE' to 85258 (24hrs/day)".
 */
export function SupportLineSentence({ line }: { line: SupportLine }) {
  const parts = supportLineParts(line)
  return (
    <>
      {line.name}
      {line.whoFor ? ` for ${line.whoFor}` : ''}
      {parts.length > 0 && ': '}
      {parts.map((part, index) => (
        <span key={index}>
          {index > 0 && ' or '}
          {part}
        </span>
      ))}
    </>
  )
}
