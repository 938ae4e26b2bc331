import { DefaultTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { seesInAdmin } from '@/access/navigation'
import { isAdminUser } from '@/access/roles'
import { writeStaffAction } from '@/submissions/audit'
import { ErrorSummary } from './ErrorSummary'
import { FilterForm } from './FilterForm'
import { REPORTS_PATH } from './paths'
import { ReportBody } from './ReportBody'
import { askedFilters, asksUnsuppressed, loadReport, readFilters, serviceOptions } from './reportSource'
import styles from './reports.module.css'

/**
 * The managers' reports: filters as GET parameters, then each figure as a chart and a table.
 * Payload's custom views are public, so the role is checked here, on the server; the numbers
 * arrive suppressed unless an admin asked otherwise (and that is audited).
 */
export async function ReportsView({ initPageResult, params, searchParams = {} }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { user, payload } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${REPORTS_PATH}`)}`)
  if (!seesInAdmin(user, 'reports')) redirect(`${adminRoute}${payload.config.admin.routes.unauthorized}`)
  // Copies: React 19 refuses the frozen arrays of initPageResult (as Payload's own root view notes).
  const entities = { collections: [...visibleEntities.collections], globals: [...visibleEntities.globals] }
  const templateProps = { i18n: req.i18n, locale, params, payload, permissions, req, searchParams, user, visibleEntities: entities, viewType: 'reports' }

  const now = new Date()
  const services = await serviceOptions(req)
  const { filters, errors } = readFilters(searchParams, now, services)
  const unsuppressed = asksUnsuppressed(searchParams) && isAdminUser(user)
  const report = errors.length === 0 ? await loadReport(payload, filters, { now, suppress: !unsuppressed }) : undefined
  if (report && !report.suppressed) {
    await writeStaffAction(req, user, 'unsuppressed-report', { from: filters.from, to: filters.to, service: filters.service ?? null, group: filters.group })
  }
  return (
    <DefaultTemplate {...templateProps}>
      <main className={`gutter--left gutter--right ${styles.view}`}>
        <ErrorSummary errors={errors} />
        <h1>Reports</h1>
        <FilterForm
          action={`${adminRoute}${REPORTS_PATH}`}
          asked={askedFilters(searchParams)}
          filters={filters}
          errors={errors}
          services={services}
          mayUnsuppress={isAdminUser(user)}
          unsuppressed={unsuppressed}
        />
        {report ? (
          <ReportBody report={report} apiRoute={payload.config.routes.api} serviceTitle={services.find((service) => service.slug === filters.service)?.title} />
        ) : (
          <p>Correct the filters to see the report.</p>
        )}
      </main>
    </DefaultTemplate>
  )
}
