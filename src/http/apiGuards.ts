import { APIError, isValidID, NotFound, type CollectionBeforeOperationHook, type CollectionConfig, type CollectionSlug, type PayloadRequest } from 'payload'

import { MAX_PAGE, MAX_PAGE_SIZE } from './apiLimits'
import { whereProblem } from './whereShape'

/** Hook operations whose arguments carry a page (`read` covers find, findByID and versions). */
const PAGED = new Set(['read', 'readDistinct'])
/** Hook operations that may name one document by id. */
const BY_ID = new Set(['read', 'update', 'delete', 'restoreVersion'])

type OperationArgs = { id?: unknown; limit?: unknown; page?: unknown; pagination?: unknown; where?: unknown }

/** A whole number from 1 to `max`; a missing value stays missing, anything else becomes `fallback`. */
function bounded(value: unknown, max: number, fallback: number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const number = Number(value)
  if (!Number.isFinite(number) || number < 1) return fallback
  return Math.min(Math.floor(number), max)
}

/** Whether an id has the shape the database stores (numbers on SQLite, ObjectIds on MongoDB). */
function wellFormedId(id: unknown, slug: string, req: PayloadRequest): boolean {
  if (id === undefined) return true
  if (typeof id !== 'string' && typeof id !== 'number') return false
  const customType = req.payload.collections[slug as CollectionSlug]?.customIDType
  const type = customType ?? req.payload.db.defaultIDType
  if (type === 'number') return String(id).trim() !== '' && Number.isFinite(Number(id))
  if (req.payload.db.name === 'mongoose' && !customType) return isValidID(String(id), 'ObjectID')
  return isValidID(id, 'text')
}

/**
 * Bounds what the REST and GraphQL APIs do for any caller, signed in or not: `limit` is capped,
 * `pagination=false` (every document at once) is ignored, `page` stays in range, an id the
 * database could not hold answers 404, and a `where` of the wrong shape answers 400, instead of
 * each failing in the query. Server code (the Local
 * API) is trusted and keeps what it asks for.
 */
export const boundApiOperation: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const given = args as OperationArgs
  if (BY_ID.has(operation) && !wellFormedId(given.id, collection.slug, req)) throw new NotFound(req.t)
  const problem = whereProblem(given.where)
  if (problem) throw new APIError(`The query cannot be run: ${problem}.`, 400, undefined, true)
  if (!PAGED.has(operation)) return args
  return { ...args, limit: bounded(given.limit, MAX_PAGE_SIZE, MAX_PAGE_SIZE), page: bounded(given.page, MAX_PAGE, 1), pagination: true }
}

/** The collection with the API bounds checked before its own `beforeOperation` hooks. */
export function withApiGuards(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return { ...collection, hooks: { ...hooks, beforeOperation: [boundApiOperation, ...(hooks.beforeOperation ?? [])] } }
}
