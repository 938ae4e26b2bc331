/**
 * The security headers of every response (site, admin and API), set once in next.config.mjs.
 * Plain JavaScript because next.config.mjs loads it before anything is compiled.
 *
 * Scripts: only this origin. `'unsafe-inline'` stays because Next's App Router writes each
 * page's React Server Components payload as inline `self.__next_f.push(…)` scripts whose text
 * differs per page and per revalidation: no fixed list of hashes can cover them, and a
 * per-request nonce would make every prerendered page dynamic. No other origin may serve script,
 * plugins are off, and <base>, form targets and framing are limited to this origin.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  // React and Payload's admin set style attributes; nhsuk-frontend's fonts come from the NHS.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data: https://assets.nhs.uk",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "media-src 'self'",
  "worker-src 'self' blob:",
  // The admin's live preview shows the site in an iframe of /admin: same origin only.
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/** @typedef {{ key: string, value: string }} Header */

/**
 * @param {{ production: boolean }} options HSTS only for production builds: a development
 *   server on http://localhost must not teach the browser to insist on https.
 * @returns {Header[]}
 */
export function securityHeaders({ production }) {
  /** @type {Header[]} */
  const headers = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    // Visitors may be in crisis: the pages they read are not told to other sites.
    { key: 'Referrer-Policy', value: 'same-origin' },
    {
      key: 'Permissions-Policy',
      value: 'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
  if (production) headers.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' })
  return headers
}
