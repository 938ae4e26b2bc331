import type { UIFieldServerProps } from 'payload'

import { STAGE_LABELS, STAGE_REACHED_AT, type Stage } from '@/casework/stages'
import type { EmailKind } from '@/email/types'
import type { FormDefinition } from '@/forms/types'
import { EMAIL_SENT_FIELDS } from '@/submissions/emailsSent'
import { answerRows } from './answerRows'
import { formatDateTime } from './formatDateTime'
import { SummarySection, type SummaryItem } from './SummaryList'
import styles from './referral.module.css'

const EMAIL_LABELS: Record<EmailKind, string> = {
  trainee: 'Confirmation to the trainee',
  service: 'Service notification',
  urgent: 'Urgent duty notification',
}

type Timestamps = Record<string, string | null | undefined>

/**
 * The referral as a case worker reads it: the trainee's answers with the questions' labels,
 * from the form version they answered; eligibility; the emails sent; the stage history.
 * Read as the signed-in user, so access (and the read audit) apply.
 */
export async function ReferralSummary({ id, req }: UIFieldServerProps) {
  if (id === undefined || !req.user) return null
  const referral = await req.payload.findByID({ collection: 'submissions', id, depth: 0, req, user: req.user, overrideAccess: false, disableErrors: true })
  if (!referral) return null
  const versionId = typeof referral.formVersion === 'object' ? referral.formVersion.id : referral.formVersion
  const version = await req.payload.findByID({ collection: 'form-versions', id: versionId, depth: 0, req, user: req.user, overrideAccess: false, disableErrors: true })
  const rows = version ? answerRows(version.definition as unknown as FormDefinition, referral.answers) : []
  const answers: SummaryItem[] = rows.map((row) => ({
    key: row.key,
    label: row.label,
    value: (
      <>
        {row.value || 'Not answered'}
        {row.risk ? <strong className={styles.risk}>Risk answer</strong> : null}
      </>
    ),
  }))
  const eligibility: SummaryItem[] =
    referral.eligibility?.eligible === null || referral.eligibility?.eligible === undefined
      ? []
      : [
          { key: 'eligible', label: 'Eligible', value: referral.eligibility.eligible ? 'Yes' : 'No' },
          { key: 'reason', label: 'Reason', value: referral.eligibility.reason || 'None given' },
        ]
  const times = referral as unknown as Timestamps
  const emails: SummaryItem[] = (Object.entries(EMAIL_SENT_FIELDS) as Array<[EmailKind, string]>).map(([kind, field]) => ({
    key: kind,
    label: EMAIL_LABELS[kind],
    value: formatDateTime(times[field]) ?? 'Not sent',
  }))
  const history: SummaryItem[] = [
    { key: 'new', label: STAGE_LABELS.new, value: formatDateTime(referral.submittedAt) ?? '' },
    ...(Object.entries(STAGE_REACHED_AT) as Array<[Stage, string]>)
      .filter(([, field]) => times[field])
      .map(([stage, field]) => ({ key: stage, label: STAGE_LABELS[stage], value: formatDateTime(times[field]) ?? '' })),
  ]
  return (
    <div className={styles.summary}>
      <SummarySection
        id="referral-answers"
        title={version ? `Answers (${version.slug}, version ${version.version})` : 'Answers'}
        items={answers}
        empty="The form version this referral answered cannot be read."
      />
      <SummarySection id="referral-eligibility" title="Eligibility" items={eligibility} empty="This form does not check eligibility." />
      <SummarySection id="referral-emails" title="Emails" items={emails} />
      <SummarySection id="referral-history" title="Stage history" items={history} />
    </div>
  )
}
