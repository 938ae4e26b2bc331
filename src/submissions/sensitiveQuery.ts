/**
 * Referral fields holding free-text health details. A query that filters, sorts or counts on
 * them reads them one bit at a time (does any referral answer "yes"? how many?), so it is a
 * read of those fields: allowed only to whoever may read them, and audited.
 */
export const SENSITIVE_QUERY_FIELDS = ['answers', 'notes'] as const
export type SensitiveQueryField = (typeof SENSITIVE_QUERY_FIELDS)[number]

/** What a find, count or bulk change asks of the database. */
export type QueryParts = { where?: unknown; sort?: unknown; field?: unknown }

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/**
 * The top-level field a query path starts with: `answers.harmThoughts` → `answers`, and as
 * GraphQL writes nested paths, `notes__text` → `notes`.
 */
const rootOf = (path: string): string => path.trim().replace(/^-/, '').split(/\.|__/)[0]

function wherePaths(where: unknown, into: Set<string>): void {
  if (!isObject(where)) return
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      for (const branch of Array.isArray(condition) ? condition : isObject(condition) ? Object.values(condition) : []) wherePaths(branch, into)
    } else {
      into.add(rootOf(key))
    }
  }
}

function sortPaths(sort: unknown, into: Set<string>): void {
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  for (const item of list) if (typeof item === 'string') into.add(rootOf(item))
}

/**
 * The sensitive fields a query filters (`where`, with and/or at any depth), sorts or takes
 * distinct values (`field`) on, in a stable order; empty when it touches none.
 */
export function sensitiveQueryFields({ where, sort, field }: QueryParts): SensitiveQueryField[] {
  const paths = new Set<string>()
  wherePaths(where, paths)
  sortPaths(sort, paths)
  if (typeof field === 'string') paths.add(rootOf(field))
  return SENSITIVE_QUERY_FIELDS.filter((name) => paths.has(name))
}
