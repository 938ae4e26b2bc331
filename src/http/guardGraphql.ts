import { MAX_GRAPHQL_DEPTH } from './apiLimits'
import { graphqlShapeProblem } from './graphqlShape'

type Handler = (request: Request) => Promise<Response>

/** The `query` of a JSON GraphQL request body, if it has one. */
async function queryOf(request: Request): Promise<unknown> {
  if (!request.headers.get('content-type')?.includes('application/json')) return undefined
  try {
    const body: unknown = await request.clone().json()
    return typeof body === 'object' && body !== null && 'query' in body ? body.query : undefined
  } catch {
    return undefined
  }
}

/**
 * Payload's GraphQL route with the query's shape checked first: too deep, or fragments in a
 * cycle, answers 400 with a GraphQL error. Payload then applies its complexity limit.
 */
export function guardGraphql(handler: Handler): Handler {
  return async (request) => {
    const problem = graphqlShapeProblem(await queryOf(request), MAX_GRAPHQL_DEPTH)
    if (!problem) return handler(request)
    return Response.json({ errors: [{ message: problem, extensions: { statusCode: 400 } }] }, { status: 400 })
  }
}
