import type { ServerProps } from 'payload'

import { readsReports } from '@/access/readsReports'
import { formatCell, SUPPRESSED_NOTE } from './formatCell'
import { REPORTS_PATH } from './paths'
import { loadHeadlines } from './reportSource'
import styles from './reports.module.css'

/**
 * The admin home's four headline numbers for managers and admins, each linking to the reports.
 * A dashboard component has no access setting of its own, so it checks the role itself.
 */
export async function HeadlineNumbers({ user, payload }: ServerProps) {
  if (!readsReports(user)) return null
  const headlines = await loadHeadlines(payload, { now: new Date() })
  const href = `${payload.config.routes.admin}${REPORTS_PATH}`
  const days = headlines.medianDaysToFirstContact
  const items = [
    { label: 'Referrals received this week', value: formatCell(headlines.receivedThisWeek, 'count') },
    { label: 'Open referrals', value: formatCell(headlines.open, 'count') },
    { label: 'Overdue for first contact', value: formatCell(headlines.overdue, 'count') },
    { label: 'Median working days to first contact (last 12 months)', value: days === null ? 'None contacted yet' : formatCell(days, 'days') },
  ]
  const anySuppressed = [headlines.receivedThisWeek, headlines.open, headlines.overdue, days].includes('*')
  return (
    <section aria-labelledby="headline-numbers">
      <h2 id="headline-numbers">Referrals at a glance</h2>
      <ul className={styles.headlines}>
        {items.map((item) => (
          <li key={item.label}>
            <a href={href}>
              <span className={styles.headlineLabel}>{item.label}</span>
              <span className={styles.headlineNumber}>{item.value}</span>
            </a>
          </li>
        ))}
      </ul>
      {anySuppressed ? <p className={styles.note}>{SUPPRESSED_NOTE}.</p> : null}
      <p>
        <a href={href}>See all reports</a>
      </p>
    </section>
  )
}
