import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { isStaffUser } from '@/access'
import { payloadClient } from '@/content/client'
import { slugSchema } from '@/content/slug'
import { contentPath } from '@/site/paths'

const previewQuery = z.object({
  collection: z.enum(['services', 'resources', 'policies']),
  slug: slugSchema,
})

const plain = (message: string, status: number) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

/**
 * Starts a draft preview for a signed-in staff member: checks the admin session from the
 * request's cookies, turns on Next's draft mode and sends them to the document's page.
 */
export async function GET(request: Request): Promise<Response> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return plain('Sign in to the PSU admin to preview drafts.', 401)
  if (!isStaffUser(user)) return plain('Your account cannot preview drafts.', 403)

  const params = Object.fromEntries(new URL(request.url).searchParams)
  const query = previewQuery.safeParse(params)
  if (!query.success) return plain('The preview link is not valid: it needs a content collection and a slug.', 400)

  ;(await draftMode()).enable()
  redirect(contentPath(query.data.collection, query.data.slug))
}
