import { env } from '@/config/env'

// Next only recognises a robots.ts at the root of app/, outside the site's route group, so the
// file is served by a plain route; it changes only with the server address.
export const dynamic = 'force-static'

/** Public pages may be indexed; the admin, the API, previews and search results may not. */
export function GET(): Response {
  const lines = [
    'User-Agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api/',
    'Disallow: /preview',
    'Disallow: /search',
    '',
    `Sitemap: ${new URL('/sitemap.xml', env().serverUrl).toString()}`,
  ]
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
