/**
 * Checks the shape of a `where` from the REST or GraphQL API before Payload turns it into SQL:
 * the SQL adapter throws (a 500) on values of the wrong kind instead of refusing them.
 * Returns the first problem as `where[…]: reason`, or null when the shape is fine.
 */
const STRING_OPERATORS = new Set(['like', 'not_like', 'contains'])
const LIST_OPERATORS = new Set(['in', 'not_in'])
const SCALAR_OPERATORS = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'exists'])
/** Operators no field of this site supports (no point fields; the SQL adapter lacks `all`). */
export const UNSUPPORTED_OPERATORS = ['all', 'near', 'within', 'intersects']
const UNSUPPORTED = new Set(UNSUPPORTED_OPERATORS)
const MAX_NESTING = 20

type Scalar = string | number | boolean | null
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
/** A single value; `{ relationTo, value }` is how a polymorphic relationship is compared. */
const isScalar = (value: unknown): value is Scalar =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value) || (isObject(value) && 'relationTo' in value && 'value' in value)

function operatorProblem(operator: string, value: unknown): string | null {
  if (UNSUPPORTED.has(operator)) return `the operator "${operator}" is not supported`
  if (STRING_OPERATORS.has(operator)) return typeof value === 'string' ? null : 'needs text'
  if (LIST_OPERATORS.has(operator)) {
    const items = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : [value]
    return items.every(isScalar) ? null : 'needs a list of values'
  }
  if (SCALAR_OPERATORS.has(operator)) return isScalar(value) ? null : 'needs a single value'
  return `the operator "${operator}" is unknown`
}

/** The first problem in a `where`, as `where[…]: reason`, or null. */
export function whereProblem(where: unknown, path = 'where', nesting = 0): string | null {
  if (where === undefined || where === null) return null
  if (nesting > MAX_NESTING) return `${path}: and/or nest more than ${MAX_NESTING} levels`
  if (!isObject(where)) return `${path}: needs field conditions`
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const branches = Array.isArray(condition) ? condition : isObject(condition) ? Object.values(condition) : [condition]
      for (const [index, branch] of branches.entries()) {
        const problem = whereProblem(branch, `${path}[${key}][${index}]`, nesting + 1)
        if (problem) return problem
      }
      continue
    }
    if (!isObject(condition)) return `${path}[${key}]: needs an operator, e.g. ${path}[${key}][equals]=…`
    for (const [operator, value] of Object.entries(condition)) {
      const problem = operatorProblem(operator, value)
      if (problem) return `${path}[${key}][${operator}]: ${problem}`
    }
  }
  return null
}
