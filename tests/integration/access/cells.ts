/**
 * The vocabulary of the access table. Each cell is what one caller gets back from one operation
 * on one collection or global: the HTTP status and whether the document came back. GraphQL is
 * held to the same cell (its error's status code, or data).
 */
export const CALLERS = ['anonymous', 'editor', 'caseworker', 'otherCaseworker', 'manager', 'admin'] as const
export type Caller = (typeof CALLERS)[number]

/** 200 (201 for create) with the document. */
export const OK = 'ok'
/** 200 with a list that does not hold the document (access filtered it out). */
export const NONE = '200 none'
/** 403 "You are not allowed…", nothing about the document. */
export const DENIED = '403'
/** 404: no such document as far as this caller may know, or no such API. */
export const NOT_FOUND = '404'
/** 400: the request cannot be run (nothing read or changed). */
export const BAD_REQUEST = '400'
/** 401: sign in first. */
export const UNAUTHORIZED = '401'
/** Not a case for this caller (e.g. "their own account" for someone not signed in). */
export const NA = 'n/a'
export type Cell = typeof OK | typeof NONE | typeof DENIED | typeof NOT_FOUND | typeof BAD_REQUEST | typeof UNAUTHORIZED | typeof NA

/** One cell per caller, in the order of CALLERS. */
export type Row = readonly [Cell, Cell, Cell, Cell, Cell, Cell]
/** `versions`: the document's saved versions (drafts and history), for collections that keep them. */
export const COLLECTION_OPERATIONS = ['create', 'find', 'findByID', 'update', 'delete', 'versions'] as const
export type CollectionOperation = (typeof COLLECTION_OPERATIONS)[number]
export const GLOBAL_OPERATIONS = ['read', 'update'] as const
export type GlobalOperation = (typeof GLOBAL_OPERATIONS)[number]

/**
 * A target is a slug, or a slug and a case in brackets (`services (draft)`, `users (self)`):
 * the document the row is about. `graphql: false` records that the API has no GraphQL for it.
 */
export type CollectionRows = Partial<Record<CollectionOperation, Row>> & {
  graphql?: false
  graphqlCreate?: false
  /** Where GraphQL differs from REST, its own rows. */
  graphqlRows?: Partial<Record<CollectionOperation, Row>>
}
export type GlobalRows = Record<GlobalOperation, Row>

/** The slug a target is about. */
export const slugOf = (target: string): string => target.split(' (')[0]

