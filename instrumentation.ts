/**
 * Next.js start-up hook: refuse to serve with an environment that cannot run the service,
 * record each request's TCP peer for the rate limits, then start Payload with its jobs queue (referral emails, scheduled publishing), which runs on a
 * timer in the server process. Payload starts its timer only when asked to, so without this the
 * queue would wait for the first visit to the admin.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { exitOnInvalidEnv } = await import('./src/config/env')
  exitOnInvalidEnv()
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { recordPeerAddresses } = await import('./src/rateLimit/peerAddress')
  recordPeerAddresses()
  const { payloadClient } = await import('./src/content/client')
  // Not awaited: with the database down the server still starts, and /api/health says so.
  payloadClient().catch((error: unknown) => {
    console.error('Payload could not start; the jobs queue starts with the first request that reaches the database', error)
  })
}
