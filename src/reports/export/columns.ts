import { addDays, londonDay, weekday, type IsoDay } from '@/casework/londonTime'
import { OUTCOME_LABELS, PRIORITY_LABELS, STAGE_LABELS, type Outcome, type Priority, type Stage } from '@/casework/stages'
import { factQuestions } from '@/eligibility/facts'

/** One referral's statistics row as the export reads it (src/reports/export/statisticsPages.ts). */
export type ExportStatistic = {
  id: string | number
  referral: string | number
  service?: string | number | null
  formSlug?: string | null
  staffGroup?: string | null
  region?: string | null
  priority: string
  stage: string
  outcome?: string | null
  receivedDay: string
  firstContactDueAt?: string | null
  firstContactAt?: string | null
  workingDaysToFirstContact?: number | null
  contactedWithinDeadline?: boolean | null
}

/** What only an admin's identified export adds, read from the referral itself. */
export type ExportIdentity = { reference: string; applicantName?: string | null; applicantEmail?: string | null; submittedAt: string }

/** Names for the ids and slugs the statistics hold: the services' and forms' titles. */
export type ExportNames = { services: ReadonlyMap<string, string>; forms: ReadonlyMap<string, string> }

export type ExportCell = string | number

/** The de-identified columns every export has: no name, contact detail, free text or reference. */
export const DEIDENTIFIED_COLUMNS = [
  'Service',
  'Form',
  'Staff group',
  'Region',
  'Week received (Monday)',
  'Priority',
  'Stage',
  'Outcome',
  'Working days to first contact',
  'Contacted within deadline',
] as const

/** Put before the de-identified columns when an admin asks for an identified export. */
export const IDENTIFIED_COLUMNS = ['Reference', 'Applicant name', 'Applicant email', 'Submitted at'] as const

export const exportColumns = (identified: boolean): string[] => [...(identified ? IDENTIFIED_COLUMNS : []), ...DEIDENTIFIED_COLUMNS]

const factLabels = (key: 'staffGroup' | 'region'): Record<string, string> =>
  Object.fromEntries((factQuestions[key].options ?? []).map((option) => [option.value, option.label]))
const STAFF_GROUP_LABELS = factLabels('staffGroup')
const REGION_LABELS = factLabels('region')
const NOT_STATED = 'Not stated'

const labelOf = (labels: Record<string, string>, value: string | null | undefined, empty = NOT_STATED): string =>
  value ? (labels[value] ?? value) : empty

/** The Monday of the week a UK day falls in. */
export function weekBeginning(day: IsoDay): IsoDay {
  return addDays(day, -((weekday(day) + 6) % 7))
}

/**
 * Whether first contact met its deadline: known once contacted; a referral not yet contacted
 * whose deadline has passed has already missed it; otherwise not yet known (empty).
 */
export function withinDeadline(row: ExportStatistic, now: Date): 'Yes' | 'No' | '' {
  if (row.firstContactAt) return row.contactedWithinDeadline ? 'Yes' : 'No'
  if (row.firstContactDueAt && new Date(row.firstContactDueAt).getTime() < now.getTime()) return 'No'
  return ''
}

/** One CSV record, in the order of `exportColumns(identity !== undefined)`. */
export function exportRecord(row: ExportStatistic, names: ExportNames, now: Date, identity?: ExportIdentity): ExportCell[] {
  const days = row.workingDaysToFirstContact
  const deidentified: ExportCell[] = [
    row.service == null ? 'No service' : (names.services.get(String(row.service)) ?? String(row.service)),
    row.formSlug ? (names.forms.get(row.formSlug) ?? row.formSlug) : '',
    labelOf(STAFF_GROUP_LABELS, row.staffGroup),
    labelOf(REGION_LABELS, row.region),
    weekBeginning(row.receivedDay),
    PRIORITY_LABELS[row.priority as Priority] ?? row.priority,
    STAGE_LABELS[row.stage as Stage] ?? row.stage,
    row.outcome ? (OUTCOME_LABELS[row.outcome as Outcome] ?? row.outcome) : '',
    typeof days === 'number' && Number.isFinite(days) ? days : '',
    withinDeadline(row, now),
  ]
  if (!identity) return deidentified
  return [identity.reference, identity.applicantName ?? '', identity.applicantEmail ?? '', identity.submittedAt, ...deidentified]
}

/** The download's name: which days it covers and when it was made. */
export function exportFilename(from: IsoDay, to: IsoDay, now: Date, identified: boolean): string {
  return `psu-referrals${identified ? '-identified' : ''}-${from}-to-${to}-downloaded-${londonDay(now)}.csv`
}
