/**
 * How deep relationships may be populated, for every caller. Services, forms and resources
 * point at each other, so an unlimited `depth` multiplies one answer without end.
 */
export const MAX_DEPTH = 2
/** The most documents one REST or GraphQL page may hold: the admin's largest list page. */
export const MAX_PAGE_SIZE = 100
/** The highest page number asked of the database; beyond it the answer is an empty page. */
export const MAX_PAGE = 100_000
/** How deeply a GraphQL query may nest its selections. */
export const MAX_GRAPHQL_DEPTH = 6
/** Payload's own cost estimate of a GraphQL query (fields count 1, relationships more). */
export const MAX_GRAPHQL_COMPLEXITY = 500
