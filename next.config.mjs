import { withPayload } from '@payloadcms/next/withPayload'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'

import { securityHeaders } from './src/http/securityHeaders.mjs'

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  // Says nothing about the software behind the site (withPayload then adds no header either).
  poweredByHeader: false,
  headers: async () => [{ source: '/:path*', headers: securityHeaders({ production: phase !== PHASE_DEVELOPMENT_SERVER }) }],
})

export default (phase) => withPayload(nextConfig(phase), { devBundleServerPackages: false })
