import type { SanitizedConfig } from 'payload'

import { UNSUPPORTED_OPERATORS } from './whereShape'

type Context = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, context: Context) => Promise<Response>

const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })

/**
 * A query-string key using an operator no field here supports. Payload's own collections
 * (preferences, locked documents) have no `where` check of their own, so the route checks.
 */
const UNSUPPORTED_OPERATOR = new RegExp(`^where(\\[[^\\]]*\\])*\\[(${UNSUPPORTED_OPERATORS.join('|')})\\]`)

/** The first unsupported `where` operator in the query string, if any. */
function unsupportedOperator(url: string): string | undefined {
  for (const key of new URL(url).searchParams.keys()) {
    const match = UNSUPPORTED_OPERATOR.exec(key)
    if (match) return match[2]
  }
  return undefined
}

/**
 * Payload's REST route with three gaps closed: `/{collection}/versions…` of a collection that
 * keeps no versions answers 404 (Payload would query a table that does not exist); a `where`
 * using an operator the database adapter lacks answers 400 (Payload would fail with a 500); and
 * a collection with no REST endpoints (Payload answers 501 Not Implemented) answers 404.
 */
export function guardRest(config: Promise<SanitizedConfig>, handler: Handler): Handler {
  return async (request, context) => {
    const [slug, second] = (await context.params).slug ?? []
    const collection = (await config).collections.find((each) => each.slug === slug)
    if (collection && second === 'versions' && !collection.versions) return notFound()
    const operator = unsupportedOperator(request.url)
    if (operator) return Response.json({ errors: [{ message: `The where operator "${operator}" is not supported.` }] }, { status: 400 })
    const response = await handler(request, context)
    return response.status === 501 ? notFound() : response
  }
}
