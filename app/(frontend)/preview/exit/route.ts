import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { env } from '@/config/env'
import { sitePath } from '@/http/sitePath'

/** Ends a draft preview and returns to the published page, only ever on this site. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  redirect(sitePath(new URL(request.url).searchParams.get('path'), env().serverUrl))
}
