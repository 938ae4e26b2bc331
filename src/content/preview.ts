import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { isStaffUser } from '@/access'
import { payloadClient } from './client'

/**
 * True while a signed-in staff member previews drafts: Next's draft mode is on **and** the
 * request carries a live staff session (a valid Payload login token whose session has not
 * ended). Next's draft-mode cookie is one value for the whole build, so on its own it proves
 * nothing: a copied cookie, or one kept after logging out, gets the published pages.
 * Reading draft mode first keeps pages static for everyone else: Next serves the cached page
 * unless the draft-mode cookie is present. Asked once per request (metadata and page share it).
 */
export const isPreview = cache(async (): Promise<boolean> => {
  if (!(await draftMode()).isEnabled) return false
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return isStaffUser(user)
})
