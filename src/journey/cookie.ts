import { cookies } from 'next/headers'

import { env } from '@/config/env'

import { APPLY_PATH_PREFIX, ELIGIBILITY_BASE_PATH } from './paths'
import type { Journey } from './types'

/**
 * One name for every journey; each cookie is scoped to its journey's path, so an application
 * and the eligibility checker (or two forms) keep separate sessions.
 */
export const SESSION_COOKIE = 'psu_form_session'

/**
 * The eligibility checker's token again, sent only to application pages, so an application's
 * start page can offer to reuse the checker's answers. It reads nothing by itself.
 */
export const ELIGIBILITY_COOKIE = 'psu_eligibility_session'

/** The session token the browser holds for this journey, if any. */
export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value
}

/**
 * httpOnly so scripts cannot read it, SameSite=Lax so other sites cannot post with it, Secure
 * in production; no expiry date, so it goes when the browser closes. The server expires it too.
 */
export async function writeSessionToken(journey: Journey, token: string): Promise<void> {
  const jar = await cookies()
  const options = { httpOnly: true, sameSite: 'lax', secure: env().isProduction } as const
  jar.set(SESSION_COOKIE, token, { ...options, path: journey.basePath })
  if (journey.basePath === ELIGIBILITY_BASE_PATH) jar.set(ELIGIBILITY_COOKIE, token, { ...options, path: APPLY_PATH_PREFIX })
}

/** The eligibility checker's session token, as application pages receive it. */
export async function readEligibilityToken(): Promise<string | undefined> {
  return (await cookies()).get(ELIGIBILITY_COOKIE)?.value
}
