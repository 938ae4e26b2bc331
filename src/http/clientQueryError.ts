import type { AfterErrorHook } from 'payload'

/** Where the SQL adapter turns a `where` into SQL. */
const QUERY_BUILDER = /@payloadcms[\\/]drizzle[\\/](dist|src)[\\/]queries[\\/]/
const MESSAGE = 'The query could not be run: check the where, sort, select, page and limit parameters.'

/**
 * Whether the query built from the request failed: the database refused it (a value of the wrong
 * kind), or the SQL adapter could not build it ("Not supported", e.g. `like` on a relationship).
 * Both happen before any data changes.
 */
function isQueryError(error: Error): boolean {
  if (error.name === 'DrizzleQueryError' || error.message.startsWith('Failed query:')) return true
  if (error.message === 'Not supported') return true
  return error instanceof TypeError && QUERY_BUILDER.test(error.stack ?? '')
}

/**
 * A REST or GraphQL request whose filters or id the database cannot run (a date compared
 * with an object, a number beyond range, an operator the column type lacks) is the caller's
 * mistake: it answers 400 with a plain message instead of 500. The error is still logged.
 */
export const clientQueryError: AfterErrorHook = ({ error, req, graphqlResult }) => {
  // GraphQL hands over its own error, wrapping the one the resolver threw.
  const thrown = 'originalError' in error && error.originalError instanceof Error ? error.originalError : error
  if (req.payloadAPI === 'local' || !isQueryError(thrown)) return
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message: MESSAGE, extensions: { ...graphqlResult.extensions, statusCode: 400 } } }
  return { status: 400, response: { errors: [{ message: MESSAGE }] } }
}
