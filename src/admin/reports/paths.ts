import type { ReportFilters } from '@/reports/types'

/** Where the reports view lives under the admin route. */
export const REPORTS_PATH = '/reports'
/** Under the API route: the dashboard's tables as CSV (suppressed); one row per referral is the export's. */
export const SUMMARY_CSV_PATH = '/reports/summary.csv'
export { REFERRALS_CSV_PATH } from '@/reports/export/referralsCsvEndpoint'

/**
 * The filters as a query string (`from`, `to`, `service`, `group`), so the view, its links and
 * its downloads share one address; `suppression=off` only when asked.
 */
export function filterQuery(filters: ReportFilters, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ from: filters.from, to: filters.to })
  if (filters.service) query.set('service', filters.service)
  query.set('group', filters.group)
  for (const [key, value] of Object.entries(extra)) query.set(key, value)
  return query.toString()
}
