import { DefaultTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { isAdminUser } from '@/access/roles'
import { collectSubjectRecords } from '@/subjectAccess/collect'
import { auditSubjectAccess } from '@/subjectAccess/audit'
import { SUBJECT_ACCESS_PATH } from './paths'
import { EraseForm, ErrorSummary, SearchForm } from './SubjectForms'
import { SubjectResults } from './SubjectResults'
import { viewState, type ErasedCounts } from './viewState'
import styles from './subjectAccess.module.css'

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`

function Erased({ counts }: { counts: ErasedCounts }) {
  return (
    <div className={styles.success} role="status" aria-labelledby="erased-title">
      <h2 id="erased-title">Their data has been erased</h2>
      <p>
        Deleted {plural(counts.referrals, 'referral')} (with {plural(counts.notes, 'case note')}), {plural(counts.formSessions, 'form in progress', 'forms in progress')} and{' '}
        {plural(counts.emailJobs, 'email not yet sent', 'emails not yet sent')}. The audit log records the erasure without their details.
      </p>
    </div>
  )
}

/**
 * Subject access and erasure for administrators: find everything held about a person by
 * email address, download it (JSON or a printable page), and erase it with a typed
 * confirmation. Works without JavaScript. Payload's custom views are public, so the role is
 * checked here, on the server; each search is audited as 'subject-access'.
 */
export async function SubjectAccessView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { user, payload } = req
  const adminRoute = payload.config.routes.admin
  const apiUrl = payload.config.routes.api
  const entities = { collections: [...visibleEntities.collections], globals: [...visibleEntities.globals] }
  const templateProps = { i18n: req.i18n, locale, params, payload, permissions, req, searchParams, user: user ?? undefined, visibleEntities: entities, viewType: 'subjectAccess' }
  const base = `${adminRoute}${SUBJECT_ACCESS_PATH}`
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(base)}`)
  if (!isAdminUser(user)) {
    return (
      <DefaultTemplate {...templateProps}>
        <main className="gutter--left gutter--right">
          <h1>Not authorised</h1>
          <p>Subject access is for administrators.</p>
        </main>
      </DefaultTemplate>
    )
  }
  const state = viewState(searchParams)
  const found = state.email ? await collectSubjectRecords(req, user, state.email) : undefined
  if (found) await auditSubjectAccess(req, user, found.report, 'search')
  const held = found && (found.report.counts.referrals > 0 || found.report.counts.formSessions > 0)
  return (
    <DefaultTemplate {...templateProps}>
      <main className={`gutter--left gutter--right ${styles.view}`}>
        <h1>Subject access</h1>
        <p>Find everything held about a person by the email address they gave, send it to them, or erase it at their request.</p>
        <ErrorSummary errors={state.errors} />
        {state.erased ? <Erased counts={state.erased} /> : null}
        <SearchForm action={base} typed={state.typed} errors={state.errors.filter((error) => error.field === 'email')} />
        {found ? <SubjectResults report={found.report} apiUrl={apiUrl} editUrlPrefix={`${adminRoute}/collections/submissions`} /> : null}
        {found && held ? <EraseForm action={`${apiUrl}/subject-access/erase`} email={found.report.email} errors={state.errors.filter((error) => error.field === 'confirmEmail')} /> : null}
      </main>
    </DefaultTemplate>
  )
}
