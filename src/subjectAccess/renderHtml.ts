import type { SubjectAccessReport, SubjectReferral } from './types'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escape = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (char) => ESCAPES[char])

/** A moment as people in England read it: "3 December 2026, 14:05". */
const when = (iso: string | null | undefined): string =>
  iso ? new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }).format(new Date(iso)) : 'Not yet'

const rows = (pairs: Array<[string, unknown]>) => pairs.map(([label, value]) => `<tr><th scope="row">${escape(label)}</th><td>${escape(value)}</td></tr>`).join('')

const table = (caption: string, head: string[], body: unknown[][], empty: string) =>
  body.length === 0
    ? `<h3>${escape(caption)}</h3><p>${escape(empty)}</p>`
    : `<table><caption>${escape(caption)}</caption><thead><tr>${head.map((cell) => `<th scope="col">${escape(cell)}</th>`).join('')}</tr></thead><tbody>${body
        .map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`

function referralSection(referral: SubjectReferral): string {
  return `<section><h2>Referral ${escape(referral.reference)}</h2>
<table><caption>Summary</caption><tbody>${rows([
    ['Form', `${referral.form}${referral.formVersion ? `, version ${referral.formVersion}` : ''}`],
    ['Service', referral.service],
    ['Submitted', when(referral.submittedAt)],
    ['Name given', referral.applicantName ?? ''],
    ['Email given', referral.applicantEmail ?? ''],
    ['Priority', referral.priority],
    ['Stage', referral.stage],
    ['Outcome', referral.outcome ?? 'None yet'],
    ['Eligible', referral.eligibility.eligible === null ? 'Not checked' : referral.eligibility.eligible ? 'Yes' : 'No'],
    ['Eligibility reason', referral.eligibility.reason ?? ''],
    ['Kept until', when(referral.retainUntil)],
  ])}</tbody></table>
${table('Answers', ['Question', 'Answer'], referral.answers.map((answer) => [answer.question, `${answer.answer}${answer.risk ? ' (risk answer)' : ''}`]), 'No answers.')}
${table('Case notes', ['When', 'Written by', 'Note'], referral.notes.map((note) => [when(note.at), note.author, note.text]), 'No case notes.')}
${table('Emails', ['Email', 'Sent'], referral.emails.sent.map((email) => [email.email, when(email.sentAt)]), 'No emails.')}
${table('Emails waiting or failed', ['Email', 'State', 'Tries', 'Queued'], referral.emails.jobs.map((job) => [job.kind, job.state, job.tries, when(job.queuedAt)]), 'None.')}
${table('Stage history', ['Stage', 'Reached'], referral.stageHistory.map((stage) => [stage.stage, when(stage.at)]), 'None.')}
${table('Who has seen or changed it', ['When', 'Who', 'What', 'From', 'To'], referral.auditEntries.map((entry) => [when(entry.at), entry.by, entry.operation, entry.from ?? '', entry.to ?? '']), 'No entries.')}
</section>`
}

const STYLE = `body{font-family:Arial,sans-serif;color:#212b32;margin:2rem;max-width:60rem;line-height:1.4}
h1{font-size:1.75rem}h2{font-size:1.4rem;margin-top:2rem;border-top:2px solid #212b32;padding-top:1rem}h3{font-size:1.1rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}caption{text-align:left;font-weight:700;font-size:1.1rem;padding:.5rem 0}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid #aeb7bd;padding:.4rem .6rem .4rem 0;overflow-wrap:anywhere;white-space:pre-wrap}
@media print{body{margin:0;max-width:none}section{break-before:page}table{page-break-inside:auto}tr{break-inside:avoid}}`

/**
 * The subject-access report as one printable HTML page: inline styles, no scripts and nothing
 * from another host, so it prints (or saves as PDF) anywhere. Every value is escaped.
 */
export function renderSubjectAccessHtml(report: SubjectAccessReport): string {
  const sessions = report.formSessions.map((session) => [
    session.form,
    when(session.startedAt),
    when(session.expiresAt),
    Object.entries(session.answers)
      .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join('\n'),
  ])
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Subject access report</title><meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body><main>
<h1>Information held about ${escape(report.email)}</h1>
<p>Professional Support Unit. Produced ${escape(when(report.generatedAt))}.</p>
<table><caption>What we hold</caption><tbody>${rows([
    ['Referrals', report.counts.referrals],
    ['Answers', report.counts.answers],
    ['Case notes', report.counts.notes],
    ['Emails waiting or failed', report.counts.emailJobs],
    ['Audit entries', report.counts.auditEntries],
    ['Forms in progress', report.counts.formSessions],
  ])}</tbody></table>
${report.referrals.map(referralSection).join('\n')}
<section><h2>Forms in progress</h2>
${table('Forms started and not sent', ['Form', 'Started', 'Deleted after', 'Answers so far'], sessions, 'None.')}
</section>
</main></body></html>`
}
