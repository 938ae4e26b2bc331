import { cookies } from 'next/headers'

import { env } from '@/config/env'

import type { Journey } from './types'

/**
 * One name for every journey; each cookie is scoped to its journey's path, so an application
 * and the eligibility checker (or two forms) keep separate sessions.
 */
export const SESSION_COOKIE = 'psu_form_session'

/** The session token the browser holds for this journey, if any. */
export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value
}

/**
 * httpOnly so scripts cannot read it, SameSite=Lax so other sites cannot post with it, Secure
 * in production; no expiry date, so it goes when the browser closes. The server expires it too.
 */
export async function writeSessionToken(journey: Journey, token: string): Promise<void> {
  ;(await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().isProduction,
    path: journey.basePath,
  })
}
