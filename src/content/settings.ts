import { cache } from 'react'

import type { ContactRouting, SiteSetting } from '@/payload-types'
import { payloadClient } from './client'

/** The site's own words: service name, home page sections, urgent-help heading, contact email. */
export const getSiteSettings = cache(async (): Promise<SiteSetting> => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })
})

/** Where to go first for matters the PSU does not handle. */
export const getContactRouting = cache(async (): Promise<NonNullable<ContactRouting['routes']>> => {
  const payload = await payloadClient()
  const routing = await payload.findGlobal({ slug: 'contact-routing', depth: 0, overrideAccess: false })
  return routing.routes ?? []
})
