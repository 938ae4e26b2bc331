import type { Field } from 'payload'

/**
 * The referral's answers, eligibility, emails and stage history, readable, on its edit page
 * (a server component; the raw `answers` JSON stays in the data but out of sight).
 */
export const referralSummaryField: Field = {
  name: 'referralSummary',
  label: 'Referral',
  type: 'ui',
  admin: { components: { Field: '/src/admin/referral/ReferralSummary#ReferralSummary' }, disableListColumn: true },
}
