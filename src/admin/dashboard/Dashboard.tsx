import { CollectionCards } from '@payloadcms/ui/rsc'
import type { AdminViewServerProps } from 'payload'

import { seesCollectionsInAdmin } from '@/access/navigation'
import { HeadlineNumbers } from '@/admin/reports/HeadlineNumbers'

/**
 * The admin home, in place of Payload's modular dashboard (whose layout menu and missing main
 * landmark and heading fail axe): a main landmark and heading, the referral headline numbers
 * for managers and admins (the component checks the role), and the cards of the collections
 * and globals this user's admin shows (none for a manager).
 */
export async function Dashboard({ initPageResult }: AdminViewServerProps) {
  const { req, permissions, locale, cookies } = initPageResult
  const { user, payload } = req
  return (
    <main className="gutter--left gutter--right">
      <h1>Dashboard</h1>
      <HeadlineNumbers user={user} payload={payload} />
      {seesCollectionsInAdmin(user) ? <CollectionCards req={req} user={user} permissions={permissions} locale={locale} cookies={cookies} widgetSlug="collections" /> : null}
    </main>
  )
}
