import type { Config } from 'payload'

type AdminMeta = NonNullable<NonNullable<Config['admin']>['meta']>

/**
 * The admin's page titles, icons and link previews: the PSU's and the NHS logo's (copied from
 * nhsuk-frontend to /assets/ by scripts/copy-nhsuk-assets.mjs), never Payload's, and no image
 * generated or fetched from elsewhere.
 */
export const adminMeta: AdminMeta = {
  titleSuffix: ' – PSU admin',
  description: 'Staff admin of the Professional Support Unit',
  defaultOGImageType: 'off',
  openGraph: { siteName: 'Professional Support Unit', title: 'PSU admin', description: 'Staff admin of the Professional Support Unit' },
  icons: [
    { rel: 'icon', type: 'image/x-icon', sizes: '48x48', url: '/assets/images/favicon.ico' },
    { rel: 'icon', type: 'image/svg+xml', sizes: 'any', url: '/assets/images/favicon.svg' },
    { rel: 'apple-touch-icon', type: 'image/png', sizes: '180x180', url: '/assets/images/nhsuk-icon-180.png' },
  ],
}
