import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Only a path on this site: an absolute or protocol-relative address would be an open redirect. */
const sitePath = (value: string | null): string => (value && /^\/(?![/\\])/.test(value) ? value : '/')

/** Ends a draft preview and returns to the published page. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  redirect(sitePath(new URL(request.url).searchParams.get('path')))
}
