import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Plugin } from 'payload'

import { collections, globals } from './collections'
import { databaseAdapter } from './src/config/database'
import { emailAdapter } from './src/config/email'
import { env } from './src/config/env'
import { jobsCollectionOverrides } from './src/jobs/jobsCollection'
import { housekeepingTasks, JOBS_PER_RUN } from './src/jobs/housekeeping'
import { takeQueueTurn } from './src/jobs/queueTurn'
import { recoverStaleJobs } from './src/jobs/recoverStaleJobs'
import { sendEmail } from './src/jobs/sendEmail'
import { withPayloadInternalsAccess } from './src/access/payloadInternals'
import { isAdminUser } from './src/access/roles'
import { withApiGuards } from './src/http/apiGuards'
import { clientQueryError } from './src/http/clientQueryError'
import { MAX_DEPTH, MAX_GRAPHQL_COMPLEXITY } from './src/http/apiLimits'
import { seedOnInit } from './src/seed'
import { CASEWORK_PATH } from './src/admin/casework/paths'
import { adminMeta } from './src/admin/branding/meta'
import { REPORTS_PATH } from './src/admin/reports/paths'
import { reportSummaryCsv } from './src/endpoints/reportSummaryCsv'
import { referralsCsvEndpoint } from './src/reports/export/referralsCsvEndpoint'
import { SUBJECT_ACCESS_PATH } from './src/admin/subjectAccess/paths'
import { eraseEndpoint, subjectAccessEndpoint } from './src/subjectAccess/endpoints'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = env()
// Benchmark builds only: Payload's form builder, to compare submission endpoints.
// Imported only when used (it is a devDependency, absent from production installs), inside an
// async plugin rather than with a top-level await in this module.
const benchPlugins: Plugin[] = settings.benchRoutes
  ? [async (config) => (await import('./bench/formBuilder')).formBuilderForBench()(config)]
  : []

// Payload's own globals get least-privilege access once built (src/access/payloadInternals.ts).
export default withPayloadInternalsAccess(buildConfig({
  serverURL: settings.SERVER_URL,
  secret: settings.PAYLOAD_SECRET,
  // A signed-in browser may call the API only from the site itself (cookies + foreign Origin are ignored).
  csrf: [settings.serverUrl],
  cors: [settings.serverUrl],
  maxDepth: MAX_DEPTH,
  defaultDepth: MAX_DEPTH,
  db: databaseAdapter(settings),
  email: emailAdapter(settings),
  editor: lexicalEditor(),
  collections: collections.map(withApiGuards),
  globals,
  // Reports' CSVs (managers, admins); subject access and erasure (admins). Each checks the role itself.
  endpoints: [referralsCsvEndpoint, reportSummaryCsv, subjectAccessEndpoint, eraseEndpoint],
  plugins: benchPlugins,
  admin: {
    user: 'users',
    // Gravatar would send a hash of each staff email to a third party, and fails on a closed network.
    avatar: 'default',
    meta: adminMeta,
    importMap: { baseDir: dirname },
    components: {
      // The case worker's queues, the managers' reports and subject access; each view checks the
      // role itself (custom views are public), as do the nav links and the headline numbers.
      views: {
        casework: { Component: '/src/admin/casework/CaseworkView#CaseworkView', path: CASEWORK_PATH, exact: true, meta: { title: 'Case work' } },
        reports: { Component: '/src/admin/reports/ReportsView#ReportsView', path: REPORTS_PATH, exact: true, meta: { title: 'Reports' } },
        subjectAccess: { Component: '/src/admin/subjectAccess/SubjectAccessView#SubjectAccessView', path: SUBJECT_ACCESS_PATH, exact: true, meta: { title: 'Subject access' } },
        // The home: headline numbers for managers and admins, then the cards of what each role can use.
        dashboard: { Component: '/src/admin/dashboard/Dashboard#Dashboard' },
      },
      afterNavLinks: [
        '/src/admin/casework/CaseworkNavLink#CaseworkNavLink',
        '/src/admin/reports/ReportsNavLink#ReportsNavLink',
        '/src/admin/subjectAccess/SubjectAccessNavLink#SubjectAccessNavLink',
      ],
      graphics: { Logo: '/src/admin/branding/Logo#Logo', Icon: '/src/admin/branding/Icon#Icon' },
    },
    livePreview: {
      breakpoints: [
        { label: 'Mobile', name: 'mobile', width: 375, height: 667 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
      ],
    },
  },
  jobs: {
    // Every 10 s one server (whichever takes the turn) schedules the housekeeping tasks that are
    // due, then runs the queue: emails, scheduled publishing, housekeeping (up to 10 emails a
    // second, far above the PSU's referral rate). Tests run the queue themselves, so no timer
    // keeps the test process alive.
    autoRun:
      settings.NODE_ENV === 'test' ? [] : [{ cron: '*/10 * * * * *', queue: 'default', limit: JOBS_PER_RUN, disableScheduling: true }],
    shouldAutoRun: takeQueueTurn,
    tasks: [sendEmail, ...housekeepingTasks],
    jobsCollectionOverrides,
    access: {
      run: ({ req }) => isAdminUser(req.user),
      queue: ({ req }) => isAdminUser(req.user),
      cancel: ({ req }) => isAdminUser(req.user),
    },
  },
  // Types regenerate on dev start; tests and production use the committed file.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: settings.NODE_ENV === 'development' },
  // Nesting depth and fragment cycles are checked by the route (src/http/guardGraphql.ts).
  graphQL: { maxComplexity: MAX_GRAPHQL_COMPLEXITY, disableIntrospectionInProduction: true, disablePlaygroundInProduction: true },
  hooks: { afterError: [clientQueryError] },
  telemetry: false,
  onInit: async (payload) => {
    await seedOnInit(payload)
    await recoverStaleJobs(payload)
  },
}))
