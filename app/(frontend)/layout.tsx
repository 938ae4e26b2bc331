import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { getNavigationServices } from '@/content/services'
import { getSiteSettings } from '@/content/settings'
import { env } from '@/config/env'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    metadataBase: new URL(env().serverUrl),
    title: { template: `%s – ${settings.serviceName}`, default: settings.serviceName },
    description: settings.introText,
    icons: {
      icon: [
        { url: '/assets/images/favicon.ico', sizes: '48x48' },
        { url: '/assets/images/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
      apple: '/assets/images/nhsuk-icon-180.png',
    },
    manifest: '/assets/manifest.json',
  }
}

export const viewport: Viewport = { themeColor: '#005eb8' }

/**
 * The NHS page template. No nhsuk JavaScript is loaded: every component used here works
 * without it, so the site behaves the same with scripts off.
 */
export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const [settings, services] = await Promise.all([getSiteSettings(), getNavigationServices()])
  const extraLinks = (settings.navigation ?? []).map(({ label, href }) => ({ label, href }))
  return (
    <html lang="en">
      <head>
        {/* Linked, not imported: Next's bundler cannot parse nhsuk-frontend's CSS. */}
        <link rel="stylesheet" href="/nhsuk/nhsuk-frontend.min.css" />
      </head>
      <body>
        <a className="nhsuk-skip-link" href="#maincontent">
          Skip to main content
        </a>
        <SiteHeader serviceName={settings.serviceName} services={services} extraLinks={extraLinks} />
        {children}
        <SiteFooter contactEmail={settings.contactEmail} />
      </body>
    </html>
  )
}
