import type { ApiAnswer } from './apiRoutes'

/** No API answer may be larger than this, whatever the query string. */
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024
/** Nor take longer than this through the handler (generous: the test machine is shared). */
export const MAX_RESPONSE_MS = 10_000

type GraphqlError = { message?: string; extensions?: { statusCode?: number } }

/**
 * Whether the answer hides a server error: a 5xx status, or a GraphQL error whose own status
 * is 5xx (GraphQL answers 200 with the errors inside).
 */
export function serverErrorIn(answer: ApiAnswer): boolean {
  if (answer.status >= 500) return true
  if (!answer.text.startsWith('{')) return false
  try {
    const body = JSON.parse(answer.text) as { errors?: GraphqlError[] }
    return (body.errors ?? []).some((error) => (error.extensions?.statusCode ?? 0) >= 500 || error.message === 'Something went wrong.')
  } catch {
    return false
  }
}
