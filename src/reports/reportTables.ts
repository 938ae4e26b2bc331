import { emptyCounts, NONE, sumBy } from './cellCounts'
import { caseloadCaption, reportCaption } from './captions'
import { openByAgeTable, openByStageTable } from './caseloadTables'
import { contactRow, contactTable, funnelTable } from './contactTables'
import { categoryTable, factCategories, outcomesTable, receivedTable } from './countTables'
import { periodHeader, periodLabel, periodOf, periodsBetween } from './periods'
import type { ReportInput } from './reportInput'
import { type DraftTable, finishTable, suppressCount } from './suppression'
import type { ReportTableId, ReportView, Shown } from './types'

/** Every figure of the managers' report from its input, suppressed unless told otherwise. Pure. */
export function draftTables(input: ReportInput): Record<ReportTableId, DraftTable> {
  const caption = reportCaption(input)
  const now = caseloadCaption(input)
  const { group } = input.filters
  // Days are summed into (period, service) first: a few hundred sums instead of thousands of cells thrice.
  const coarse = [...sumBy(input.cells, (cell) => `${periodOf(cell.day, group)}|${cell.serviceKey}`)].map(([key, counts]) => {
    const [period, serviceKey] = key.split('|')
    return { period, serviceKey, counts }
  })
  const all = sumBy(coarse, () => 'all').get('all') ?? emptyCounts()
  const byService = sumBy(coarse, (cell) => cell.serviceKey)
  const byPeriod = sumBy(coarse, (cell) => cell.period)
  const services = [...input.services, ...(byService.has(NONE) ? [{ key: NONE, title: 'Not routed to a service' }] : [])]
  const forms = Object.keys(all.form)
    .map((slug) => ({ key: slug, label: input.forms[slug] ?? (slug === NONE ? 'Unknown form' : slug) }))
    .sort((a, b) => a.label.localeCompare(b.label))
  return {
    received: receivedTable(input, caption, byPeriod),
    byService: categoryTable(
      { id: 'byService', title: 'Referrals by service', caption: `${caption}, by the service each is routed to now.`, rowHeader: 'Service' },
      services.map(({ key, title }) => ({ key, label: title })),
      Object.fromEntries([...byService].map(([key, counts]) => [key, counts.total])),
    ),
    byStaffGroup: categoryTable({ id: 'byStaffGroup', title: 'Referrals by staff group', caption: `${caption}, by staff group.`, rowHeader: 'Staff group' }, factCategories('staffGroup'), all.staffGroup),
    byRegion: categoryTable({ id: 'byRegion', title: 'Referrals by region', caption: `${caption}, by where the trainee works or trains.`, rowHeader: 'Region' }, factCategories('region', 'Elsewhere'), all.region),
    byForm: categoryTable({ id: 'byForm', title: 'Referrals by form', caption: `${caption}, by the form used.`, rowHeader: 'Form' }, forms, all.form),
    funnel: funnelTable(caption, all),
    timeToContactByService: contactTable(
      { id: 'timeToContactByService', title: 'Time to first contact by service', rowHeader: 'Service' },
      caption,
      services.map(({ key, title }) => contactRow(key, title, byService.get(key))),
      all,
    ),
    timeToContactOverTime: contactTable(
      { id: 'timeToContactOverTime', title: `Time to first contact per ${group} received`, rowHeader: periodHeader(group) },
      caption,
      periodsBetween(input.filters.from, input.filters.to, group).map((period) => contactRow(period, periodLabel(period, group), byPeriod.get(period))),
      all,
    ),
    outcomes: outcomesTable(caption, all),
    openByStage: openByStageTable(now, input.open),
    openByAge: openByAgeTable(now, input.open, input.today),
  }
}

/** The report as the view, the summary CSV and the bench receive it. */
export function buildReportView(input: ReportInput, { suppress, generatedAt }: { suppress: boolean; generatedAt: Date }): ReportView {
  const drafts = draftTables(input)
  const tables = Object.fromEntries(Object.entries(drafts).map(([id, draft]) => [id, finishTable(draft, suppress)])) as ReportView['tables']
  const overdueNow: Shown = suppress ? suppressCount(input.open.overdue) : input.open.overdue
  return { filters: input.filters, suppressed: suppress, generatedAt: generatedAt.toISOString(), tables, overdueNow }
}
