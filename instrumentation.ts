/** Next.js start-up hook: refuse to serve with an environment that cannot run the service. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { exitOnInvalidEnv } = await import('./src/config/env')
  exitOnInvalidEnv()
}
