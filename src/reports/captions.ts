import { dayLabel } from './periods'
import type { ReportInput } from './reportInput'

/** What a table counts, for its caption. Pure. */
const serviceWords = (input: ReportInput) => (input.filters.service && input.services[0] ? ` to ${input.services[0].title}` : '')

/** "Referrals received from 1 Dec 2025 to 30 Nov 2026 (to the Careers Unit)". */
export const reportCaption = (input: ReportInput): string =>
  `Referrals received${serviceWords(input)} from ${dayLabel(input.filters.from)} to ${dayLabel(input.filters.to)} (UK days)`

/** The open caseload is now: filtered by service, not by dates. */
export const caseloadCaption = (input: ReportInput): string => `Referrals open now${serviceWords(input)}, whenever they were received (the dates chosen do not apply)`
