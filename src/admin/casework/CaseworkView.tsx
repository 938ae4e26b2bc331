import { DefaultTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { seesInAdmin } from '@/access/navigation'
import { loadCasework } from './loadCasework'
import { CASEWORK_PATH } from './paths'
import { pageFrom, QUEUES, queueFrom } from './queueDefinitions'
import { QueueTable } from './QueueTable'
import { TakeNextButton } from './TakeNextButton.client'
import styles from './casework.module.css'

/**
 * The case worker's home: queue links with counts, one queue's referrals (urgent first) and
 * "Take next". Payload's custom views are public, so the role is checked here, on the server.
 */
export async function CaseworkView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { user, payload } = req
  const adminRoute = payload.config.routes.admin
  // Copies: React 19 refuses the frozen arrays of initPageResult (as Payload's own root view notes).
  const entities = { collections: [...visibleEntities.collections], globals: [...visibleEntities.globals] }
  const templateProps = { i18n: req.i18n, locale, params, payload, permissions, req, searchParams, user: user ?? undefined, visibleEntities: entities, viewType: 'casework' }
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${CASEWORK_PATH}`)}`)
  if (!seesInAdmin(user, 'casework')) {
    return (
      <DefaultTemplate {...templateProps}>
        <main className="gutter--left gutter--right">
          <h1>Not authorised</h1>
          <p>Case work is for case workers and administrators.</p>
        </main>
      </DefaultTemplate>
    )
  }
  const queue = queueFrom(searchParams?.queue)
  const data = await loadCasework(req, user, queue.key, pageFrom(searchParams?.page), new Date())
  const base = `${adminRoute}${CASEWORK_PATH}`
  const link = (key: string, page = 1) => `${base}?queue=${key}${page > 1 ? `&page=${page}` : ''}`
  const editUrlPrefix = `${adminRoute}/collections/submissions`
  return (
    <DefaultTemplate {...templateProps}>
      <main className="gutter--left gutter--right">
        <h1>Case work</h1>
        <TakeNextButton apiUrl={payload.config.routes.api} editUrlPrefix={editUrlPrefix} />
        {searchParams?.taken === 'none' ? <p role="status">There are no unallocated referrals to take.</p> : null}
        <nav aria-label="Queues">
          <ul className={styles.queues}>
            {QUEUES.map(({ key, label }) => (
              <li key={key}>
                <a href={link(key)} aria-current={key === queue.key ? 'page' : undefined} className={key === queue.key ? styles.current : undefined}>
                  {label} ({data.counts[key]})
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <QueueTable caption={`${queue.label}: ${data.totalDocs} ${data.totalDocs === 1 ? 'referral' : 'referrals'}`} rows={data.rows} editUrl={(id) => `${editUrlPrefix}/${id}`} />
        {data.totalPages > 1 ? (
          <nav aria-label="Pages">
            <ul className={styles.pagination}>
              {data.page > 1 ? <li><a href={link(queue.key, data.page - 1)}>Previous page</a></li> : null}
              <li>Page {data.page} of {data.totalPages}</li>
              {data.page < data.totalPages ? <li><a href={link(queue.key, data.page + 1)}>Next page</a></li> : null}
            </ul>
          </nav>
        ) : null}
      </main>
    </DefaultTemplate>
  )
}
