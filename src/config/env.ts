import { z } from 'zod'

import { dataKey, DEV_DATA_ENCRYPTION_KEY, previousKeys, missingDataKeyProblem } from './dataKeys'

export { DEV_DATA_ENCRYPTION_KEY }

/** The development secret: usable anywhere but production, where it is refused. */
export const DEV_PAYLOAD_SECRET = 'psu-dev-secret-not-for-production'
export const DEV_SEED_PASSWORD = 'psu-dev-password'

const databaseUri = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value))
  .refine((value) => value === undefined || /^(mongodb(\+srv)?:\/\/|file:)/.test(value), {
    message:
      'DATABASE_URI must start with mongodb:// or mongodb+srv:// (MongoDB) or file: (a SQLite file); leave it unset for SQLite under ./data/',
  })

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URI: databaseUri,
  PAYLOAD_SECRET: z.string().min(1).default(DEV_PAYLOAD_SECRET),
  SMTP_URL: z.string().trim().optional().transform((value) => value || undefined),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SERVER_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || /^https?:\/\/[^/]+/i.test(value), {
      message: 'SERVER_URL must be the http(s) address of the site, e.g. https://psu.example.nhs.uk',
    }),
  SEED_PASSWORD: z.string().min(8).default(DEV_SEED_PASSWORD),
  MAIL_FROM: z.string().default('PSU <psu.lase@hee.nhs.uk>'),
  PSU_DUTY_EMAIL: z.string().email().default('psu.lase@hee.nhs.uk'),
  /** `npm run bench` sets this to build and serve the benchmark baselines; never set in service. */
  PSU_BENCH: z.enum(['0', '1']).default('0'),
  /** How many reverse proxies in front of the app append to `X-Forwarded-For`; 0 = clients connect directly. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Referral submissions allowed per client: `points/seconds`. */
  RATE_LIMIT_SUBMISSIONS: z
    .string()
    .trim()
    .default('10/600')
    .refine((value) => /^[1-9]\d{0,5}\/[1-9]\d{0,6}$/.test(value), {
      message: 'RATE_LIMIT_SUBMISSIONS must be points/seconds, e.g. 10/600',
    })
    .transform((value) => {
      const [points, seconds] = value.split('/').map(Number)
      return { points, durationSeconds: seconds }
    }),
  /** Encrypts answers and case notes at rest (src/crypto); required in production. */
  DATA_ENCRYPTION_KEY: dataKey,
  DATA_ENCRYPTION_PREVIOUS_KEYS: previousKeys,
})

export type Env = z.infer<typeof envSchema> & {
  serverUrl: string
  isProduction: boolean
  benchRoutes: boolean
  /** The key new values are encrypted with, and the older keys still accepted for reading. */
  dataKeys: { current: string; previous: string[] }
}

/** Thrown when the environment cannot run the service; the message names the variable. */
export class EnvError extends Error {}

/**
 * Reads and checks the environment once. The only place that reads `process.env`.
 * Production refuses the development secret so a forgotten variable cannot ship.
 */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new EnvError(`Invalid environment. ${problems.join('; ')}`)
  }
  const env = parsed.data
  const isProduction = env.NODE_ENV === 'production'
  if (isProduction && !isBuildPhase(source)) refuseDevelopmentDefaults(env)
  const serverUrl = new URL(env.SERVER_URL ?? `http://localhost:${env.PORT}`).origin
  const dataKeys = { current: env.DATA_ENCRYPTION_KEY ?? DEV_DATA_ENCRYPTION_KEY, previous: env.DATA_ENCRYPTION_PREVIOUS_KEYS }
  return { ...env, isProduction, benchRoutes: env.PSU_BENCH === '1', serverUrl, dataKeys }
}

/** Production must name its own secret and public address: the defaults would ship open. */
function refuseDevelopmentDefaults(env: z.infer<typeof envSchema>): void {
  if (env.PAYLOAD_SECRET === DEV_PAYLOAD_SECRET) {
    throw new EnvError(
      'PAYLOAD_SECRET is not set: production refuses the development default. Set PAYLOAD_SECRET to a long random string (e.g. `openssl rand -hex 32`).',
    )
  }
  if (!env.SERVER_URL) {
    throw new EnvError(
      'SERVER_URL is not set: production needs the public address of the site (e.g. https://psu.example.nhs.uk) for its CSRF and CORS allow-list, secure cookies and links in emails.',
    )
  }
  const keyProblem = missingDataKeyProblem(env.DATA_ENCRYPTION_KEY)
  if (keyProblem) throw new EnvError(keyProblem)
}

/** `next build` runs with NODE_ENV=production but serves no one; secrets are checked at start. */
function isBuildPhase(source: Record<string, string | undefined>): boolean {
  return source.NEXT_PHASE === 'phase-production-build'
}

let cached: Env | undefined

/** The process's environment, read once. */
export function env(): Env {
  cached ??= readEnv()
  return cached
}

/** True inside a Next.js server, where cache revalidation is possible; false in scripts and tests. */
export const isInsideNextServer = (): boolean => Boolean(process.env.NEXT_RUNTIME)

/**
 * Called once when the server starts: an environment that cannot run the service stops it
 * with a message naming the variable, instead of failing on the first request.
 */
export function exitOnInvalidEnv(): void {
  try {
    env()
  } catch (error) {
    if (!(error instanceof EnvError)) throw error
    console.error(`\n${error.message}\n`)
    process.exit(1)
  }
}
